import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config/index.js';
import { setContext } from './context.js';
import { createApp } from './app.js';
import { createSequelize } from './database/connection.js';
import { migrateWithLock } from './database/migrator.js';
import { seedFirstCompany } from './database/seed.js';
import { domainEvents } from './events/bus.js';
import { logger } from './lib/logger.js';
import { closeRedis, connectRedis } from './lib/redis.js';
import { createRealtimeServer, type RealtimeServer } from './realtime/io.js';
import { subscribeRealtime } from './realtime/subscriber.js';
import { subscribeDistribution } from './services/tickets/distribution/subscribeDistribution.js';
import { expireMenus, subscribeChatbot } from './services/chatbot/subscribeChatbot.js';
import { subscribeAiStep } from './services/ai/subscribeAiStep.js';
import { subscribeOptOut } from './services/campaigns/subscribeOptOut.js';
import { subscribeTranscription } from './services/ai/subscribeTranscription.js';
import { startScheduledAlarms } from './services/scheduledMessages/scheduledAlarms.js';
import { startTaskAlarms } from './services/tasks/taskAlarms.js';
import { startCampaignEngine } from './services/campaigns/campaignEngine.js';
import { startWebhookEngine } from './services/webhooks/webhookEngine.js';
import { subscribeWebhooks } from './services/webhooks/subscribeWebhooks.js';
import { WhatsappSessions } from './whatsapp/WhatsappSessions.js';
import { InboundPipeline } from './whatsapp/inbound/InboundPipeline.js';
import { OutboundSender } from './whatsapp/outbound/OutboundSender.js';
import { applyAck } from './whatsapp/outbound/applyAck.js';
import { relayContactPresence } from './services/presence/relayContactPresence.js';
import { closeAllQueues } from './queues/createQueue.js';

export interface RunningAtende {
  httpServer: HttpServer;
  io: RealtimeServer;
  port: number;
  url: string;
  /** Stops accepting work, closes sockets, then the database and Redis. Idempotent. */
  close(): Promise<void>;
}

/** Boots one Atende backend process: database (migrated, seeded), Redis, HTTP, Socket.io. */
export async function startAtende(config: Config): Promise<RunningAtende> {
  const sequelize = createSequelize(config);
  const redis = await connectRedis(config.redisUrl, 'main');
  const pub = await connectRedis(config.redisUrl, 'socket-pub');
  const sub = pub.duplicate();
  sub.on('error', (err: Error) => logger.error('redis connection error', { client: 'socket-sub', err: err.message }));
  await sub.connect();
  const whatsappSessions = new WhatsappSessions({
    inbound: new InboundPipeline(),
    onAck: (whatsappId, wid, status) => applyAck(whatsappId, wid, status),
    onPresence: (at, update, sock) => relayContactPresence(at, update, sock),
  });
  const outbound = new OutboundSender({ waitForConnectionMs: 60_000 });
  setContext({ config, sequelize, redis, whatsappSessions, outbound });

  await migrateWithLock(seedFirstCompany);

  const httpServer = createServer(createApp());
  const io = createRealtimeServer(httpServer, pub, sub);
  const unsubscribeRealtime = subscribeRealtime(io);
  const unsubscribeDistribution = subscribeDistribution();
  const unsubscribeChatbot = subscribeChatbot();
  const unsubscribeAiStep = subscribeAiStep();
  const unsubscribeOptOut = subscribeOptOut();
  const unsubscribeTranscription = subscribeTranscription();
  // From the start, like the sockets: messages restored with the sessions are stored as deliveries too (rung
  // by the engine's boot sweep below).
  const unsubscribeWebhooks = subscribeWebhooks();
  const menuSweeper = setInterval(() => void expireMenus().catch(() => undefined), 60_000);
  menuSweeper.unref();

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info(`Atende backend listening on ${url}`, { env: config.env });
  // Said at every boot, so an operator finds it in the log before an admin meets ERR_AI_SECRET_KEY_MISSING.
  if (!config.ai.secretKey) logger.warn('AI_SECRET_KEY is not set: AI agents cannot store API keys (install.sh adds it to .env; or openssl rand -hex 32)');
  await whatsappSessions.restoreAll();
  await outbound.sweepUnsent();
  outbound.startSweeping();
  // After the sessions and the outbound sweep: a scheduled message due while the process was down goes out now.
  const stopScheduledAlarms = startScheduledAlarms();
  // Tasks' reminders: one that fell due while the process was down rings now (claimed once, taskAlarms.ts).
  const stopTaskAlarms = startTaskAlarms();
  // Likewise: a campaign's recipients left pending by a crash or a stop go out from here, at the connection's pace.
  const stopCampaignEngine = startCampaignEngine();
  // Webhooks: deliveries left pending by a crash (or due while the process was down) go out from the boot sweep.
  const stopWebhookEngine = startWebhookEngine();

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      outbound.close();
      stopScheduledAlarms();
      stopTaskAlarms();
      await stopCampaignEngine();
      await stopWebhookEngine();
      await closeAllQueues();
      await whatsappSessions.closeAll();
      unsubscribeRealtime();
      unsubscribeDistribution();
      unsubscribeChatbot();
      unsubscribeAiStep();
      unsubscribeOptOut();
      unsubscribeTranscription();
      unsubscribeWebhooks();
      clearInterval(menuSweeper);
      // io.close() also closes the HTTP server; it resolves once both stop accepting connections.
      await io.close();
      httpServer.closeAllConnections();
      await sequelize.close();
      await Promise.allSettled([closeRedis(redis), closeRedis(pub), closeRedis(sub)]);
      domainEvents.clear();
      setContext(undefined);
      logger.info('Atende backend stopped');
    })());

  return { httpServer, io, port, url, close };
}
