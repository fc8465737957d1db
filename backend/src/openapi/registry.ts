import type { Operation } from './operation.js';
import { aiAgentsOperations } from './operations/aiAgents.js';
import { aiUsageOperations } from './operations/aiUsage.js';
import { apiTokensOperations } from './operations/apiTokens.js';
import { messagesSendOperations } from './operations/messagesSend.js';
import { webhooksOperations } from './operations/webhooks.js';
import { alertsOperations } from './operations/alerts.js';
import { authOperations } from './operations/auth.js';
import { campaignsOperations } from './operations/campaigns.js';
import { closeReasonsOperations } from './operations/closeReasons.js';
import { companiesOperations } from './operations/companies.js';
import { contactListsOperations } from './operations/contactLists.js';
import { contactsOperations } from './operations/contacts.js';
import { dashboardOperations } from './operations/dashboard.js';
import { dealsOperations } from './operations/deals.js';
import { exportsOperations } from './operations/exports.js';
import { internalChatsOperations } from './operations/internalChats.js';
import { mediaOperations } from './operations/media.js';
import { messagesOperations } from './operations/messages.js';
import { pipelinesOperations } from './operations/pipelines.js';
import { queueOptionsOperations } from './operations/queueOptions.js';
import { queuesOperations } from './operations/queues.js';
import { quickRepliesOperations } from './operations/quickReplies.js';
import { scheduledMessagesOperations } from './operations/scheduledMessages.js';
import { settingsOperations } from './operations/settings.js';
import { systemOperations } from './operations/system.js';
import { tagsOperations } from './operations/tags.js';
import { tasksOperations } from './operations/tasks.js';
import { ticketsOperations } from './operations/tickets.js';
import { usersOperations } from './operations/users.js';
import { whatsappsOperations } from './operations/whatsapps.js';

/**
 * Every route of the API, by tag, in the order the documentation shows them. A route Express serves but this
 * list lacks fails test/integrations/openapi.test.ts; so does an entry for a route that does not exist.
 * A new route: add its entry to operations/<area>.ts, with the schemas the route parses.
 */
export const OPERATIONS: readonly { tag: string; operations: readonly Operation[] }[] = [
  { tag: 'Tickets', operations: ticketsOperations },
  { tag: 'Messages', operations: [...messagesSendOperations, ...messagesOperations, ...mediaOperations] },
  { tag: 'Contacts', operations: contactsOperations },
  { tag: 'Tags', operations: tagsOperations },
  { tag: 'Close reasons', operations: closeReasonsOperations },
  { tag: 'Quick replies', operations: quickRepliesOperations },
  { tag: 'Queues', operations: queuesOperations },
  { tag: 'Chatbot menu', operations: queueOptionsOperations },
  { tag: 'WhatsApp connections', operations: whatsappsOperations },
  { tag: 'Scheduled messages', operations: scheduledMessagesOperations },
  { tag: 'Campaigns', operations: campaignsOperations },
  { tag: 'Contact lists', operations: contactListsOperations },
  { tag: 'Pipelines', operations: pipelinesOperations },
  { tag: 'Deals', operations: dealsOperations },
  { tag: 'Tasks', operations: tasksOperations },
  { tag: 'Internal chat', operations: internalChatsOperations },
  { tag: 'Dashboard and exports', operations: [...dashboardOperations, ...exportsOperations] },
  { tag: 'AI agents', operations: [...aiAgentsOperations, ...aiUsageOperations] },
  { tag: 'Integrations', operations: [...apiTokensOperations, ...webhooksOperations] },
  { tag: 'Users', operations: usersOperations },
  { tag: 'Companies', operations: companiesOperations },
  { tag: 'Settings', operations: settingsOperations },
  { tag: 'Alerts', operations: alertsOperations },
  { tag: 'Authentication', operations: authOperations },
  { tag: 'System', operations: systemOperations },
];

export const TAGS: readonly string[] = OPERATIONS.map((group) => group.tag);
