import { aiAgentsMessages } from '../aiAgents/aiAgentsMessages';
import { aiTestMessages } from '../aiAgents/aiTestMessages';
import { aiUsageMessages } from '../aiAgents/aiUsageMessages';
import { authMessages } from '../auth/authMessages';
import { campaignsMessages } from '../campaigns/campaignsMessages';
import { closingMessages } from '../closing/closingMessages';
import { companiesMessages } from '../companies/companiesMessages';
import { connectionNoticesMessages } from '../connections/connectionNoticesMessages';
import { connectionQueuesMessages } from '../connections/connectionQueuesMessages';
import { connectionRetryMessages } from '../connections/connectionRetryMessages';
import { connectionsMessages } from '../connections/connectionsMessages';
import { contactListsMessages } from '../contactLists/contactListsMessages';
import { crmMessages } from '../crm/crmMessages';
import { contactsMessages } from '../contacts/contactsMessages';
import { leadMessages } from '../contacts/leadMessages';
import { dashboardMessages } from '../dashboard/dashboardMessages';
import { integrationsMessages } from '../integrations/integrationsMessages';
import { internalChatMessages } from '../internalChat/internalChatMessages';
import { layoutMessages } from '../layout/layoutMessages';
import { pagesMessages } from '../layout/pagesMessages';
import { passwordMessages } from '../layout/passwordMessages';
import { notificationsMessages } from '../notifications/notificationsMessages';
import { queuesMessages } from '../queues/queuesMessages';
import { quickRepliesMessages } from '../quickReplies/quickRepliesMessages';
import { scheduledMessagesMessages } from '../scheduledMessages/scheduledMessagesMessages';
import { settingsMessages } from '../settings/settingsMessages';
import { tagsMessages } from '../tags/tagsMessages';
import { teamMessages } from '../team/teamMessages';
import { chatAiMessages } from '../tickets/assist/chatAiMessages';
import { aiInboxMessages } from '../tickets/aiInboxMessages';
import { chatMessages } from '../tickets/chatMessages';
import { chatDetailsMessages } from '../tickets/chat/chatDetailsMessages';
import { inboxMessages } from '../tickets/inboxMessages';
import { inboxBulkMessages } from '../tickets/list/inboxBulkMessages';
import { startTicketMessages } from '../tickets/start/startTicketMessages';
import { ticketsMessages } from '../tickets/ticketsMessages';
import { profilesMessages } from '../users/profilesMessages';
import { usersMessages } from '../users/usersMessages';

/** Every area's texts by namespace: the one place a new area's `<area>Messages.ts` is added. */
const AREAS = {
  auth: authMessages,
  layout: layoutMessages,
  password: passwordMessages,
  pages: pagesMessages,
  profiles: profilesMessages,
  users: usersMessages,
  tickets: ticketsMessages,
  chat: chatMessages,
  chatDetails: chatDetailsMessages,
  chatAi: chatAiMessages,
  inbox: inboxMessages,
  startTicket: startTicketMessages,
  connections: connectionsMessages,
  connectionQueues: connectionQueuesMessages,
  connectionNotices: connectionNoticesMessages,
  connectionRetry: connectionRetryMessages,
  queues: queuesMessages,
  aiAgents: aiAgentsMessages,
  aiTest: aiTestMessages,
  aiInbox: aiInboxMessages,
  aiUsage: aiUsageMessages,
  tags: tagsMessages,
  closing: closingMessages,
  quickReplies: quickRepliesMessages,
  scheduled: scheduledMessagesMessages,
  contacts: contactsMessages,
  lead: leadMessages,
  contactLists: contactListsMessages,
  campaigns: campaignsMessages,
  crm: crmMessages,
  companies: companiesMessages,
  settings: settingsMessages,
  dashboard: dashboardMessages,
  notifications: notificationsMessages,
  integrations: integrationsMessages,
  team: teamMessages,
  internalChat: internalChatMessages,
  inboxBulk: inboxBulkMessages,
};

type Areas = typeof AREAS;
type AreaLanguage = keyof Areas[keyof Areas];

/** One language's texts of every area, as namespaces of that locale. */
export function areaTexts<L extends AreaLanguage>(language: L): { [K in keyof Areas]: Areas[K][L] } {
  const texts: Partial<Record<keyof Areas, unknown>> = {};
  for (const namespace of Object.keys(AREAS) as (keyof Areas)[]) texts[namespace] = AREAS[namespace][language];
  return texts as { [K in keyof Areas]: Areas[K][L] };
}
