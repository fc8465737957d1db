import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import helmet from 'helmet';
import { ctx } from './context.js';
import { httpDuration } from './lib/metrics.js';
import { errorHandler, notFound } from './middleware/errorHandler.js';
import { requestContext } from './middleware/requestContext.js';
import { authRouter } from './routes/auth/index.js';
import { companiesRouter } from './routes/companies/index.js';
import { healthRouter } from './routes/health.js';
import { metricsHandler } from './routes/metrics.js';
import { openApiRouter } from './routes/openapi/index.js';
import { usersRouter } from './routes/users/index.js';
import { teamRouter } from './routes/team/index.js';
import { whatsappsRouter } from './routes/whatsapps/index.js';
import { contactsRouter } from './routes/contacts/index.js';
import { tagsRouter } from './routes/tags/index.js';
import { closeReasonsRouter } from './routes/closeReasons/index.js';
import { queuesRouter } from './routes/queues/index.js';
import { quickRepliesRouter } from './routes/quickReplies/index.js';
import { settingsRouter } from './routes/settings/index.js';
import { mediaRouter } from './routes/media/index.js';
import { messagesRouter } from './routes/messages/index.js';
import { messagesSendRouter } from './routes/messagesSend/index.js';
import { ticketsRouter } from './routes/tickets/index.js';
import { queueOptionsRouter } from './routes/queueOptions/index.js';
import { dashboardRouter } from './routes/dashboard/index.js';
import { alertsRouter } from './routes/alerts/index.js';
import { aiAgentsRouter } from './routes/aiAgents/index.js';
import { aiUsageRouter } from './routes/aiUsage/index.js';
import { scheduledMessagesRouter } from './routes/scheduledMessages/index.js';
import { campaignsRouter } from './routes/campaigns/index.js';
import { exportsRouter } from './routes/exports/index.js';
import { contactListsRouter } from './routes/contactLists/index.js';
import { pipelinesRouter } from './routes/pipelines/index.js';
import { dealsRouter } from './routes/deals/index.js';
import { tasksRouter } from './routes/tasks/index.js';
import { internalChatsRouter } from './routes/internalChats/index.js';
import { apiTokensRouter } from './routes/apiTokens/index.js';
import { webhooksRouter } from './routes/webhooks/index.js';

function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function createApp(): Express {
  const { config } = ctx();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(config.trustProxy));
  app.set('query parser', 'simple'); // no nested objects from ?a[b]=c: queries are flat, zod checks them

  app.use(requestContext);
  app.use((req, res, next) => {
    const end = httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      end({ route: route ? `${req.baseUrl}${route}` : 'unmatched', status: String(res.statusCode) });
    });
    next();
  });
  app.use(helmet());
  if (config.frontendUrls.length > 0) app.use(cors({ origin: config.frontendUrls, credentials: true }));
  app.use(express.json({ limit: config.bodyLimit, strict: true }));
  app.use(cookieParser());

  app.get('/metrics', metricsHandler);
  app.use('/api/health', healthRouter);
  app.use('/api', openApiRouter); // GET /api/openapi.json and the /api/docs page: public, they describe the API
  app.use('/api/auth', authRouter);
  app.use('/api/users', usersRouter);
  app.use('/api/team', teamRouter);
  app.use('/api/companies', companiesRouter);
  app.use('/api/whatsapps', whatsappsRouter);
  app.use('/api/contacts', contactsRouter);
  app.use('/api/tags', tagsRouter);
  app.use('/api/close-reasons', closeReasonsRouter);
  app.use('/api/queues', queuesRouter);
  app.use('/api/quick-replies', quickRepliesRouter);
  app.use('/api/settings', settingsRouter);
  app.use('/api/messages/send', messagesSendRouter()); // before the messages router: its POST /:ticketId would take "send"
  app.use('/api/messages', mediaRouter); // /:messageId/media — before the messages router (no double auth)
  app.use('/api/messages', messagesRouter());
  app.use('/api/tickets', ticketsRouter);
  app.use('/api/queue-options', queueOptionsRouter);
  app.use('/api/dashboard', dashboardRouter);
  app.use('/api/alerts', alertsRouter);
  app.use('/api/ai-agents', aiAgentsRouter);
  app.use('/api/ai-usage', aiUsageRouter);
  app.use('/api/scheduled-messages', scheduledMessagesRouter);
  app.use('/api/campaigns', campaignsRouter());
  app.use('/api/contact-lists', contactListsRouter);
  app.use('/api/pipelines', pipelinesRouter);
  app.use('/api/deals', dealsRouter);
  app.use('/api/tasks', tasksRouter);
  app.use('/api/internal-chats', internalChatsRouter);
  app.use('/api/exports', exportsRouter);
  app.use('/api/api-tokens', apiTokensRouter);
  app.use('/api/webhooks', webhooksRouter);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
