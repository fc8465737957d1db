import type { AiAgentTestView, AiAgentView } from './aiAgents.js';
import type { AiUsageView } from './aiUsage.js';
import type { AlertView } from './alerts.js';
import type { CompanyView } from './companies.js';
import type { ContactsPage, ContactView, ImportReport } from './contacts.js';
import type { DashboardView } from './dashboard.js';
import type { ApiTokenView, CreatedApiToken, SentMessageView, WebhookDeliveryView, WebhookView, WebhookWithSecret } from './integrations.js';
import type { InternalChatMessagesPage, InternalChatMessageView, InternalChatView } from './internalChats.js';
import type { MessageSearchHit, MessagesPage, MessageView } from './messages.js';
import type { QueueOptionView, QueueView } from './queues.js';
import type { QuickReplyView } from './quickReplies.js';
import type { ScheduledMessageView } from './scheduledMessages.js';
import type { DealBoard, DealTimelineEntry, DealView, PipelineView, TaskView } from './crm.js';
import type { CampaignAudience, CampaignPreview, CampaignShippingView, CampaignView, ContactListView } from './campaigns.js';
import type { SettingsView, SettingView } from './settings.js';
import type { TagView } from './tags.js';
import type { CloseReasonView } from './closing.js';
import type { TicketHistoryEntry, TicketNoteView, TicketsPage, TicketView } from './tickets.js';
import type { SessionView, TeamMemberView, UserView, UsersPage } from './users.js';
import type { QrCodeView, WhatsappView } from './whatsapps.js';

type Check = 'up' | 'down';
/** The OpenAPI 3.1 document (GET /api/openapi.json), built by the backend from its zod schemas. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, unknown>;
  [key: string]: unknown;
}

export interface HealthView {
  status: 'ok' | 'unavailable';
  checks: { database: Check; redis: Check };
}

/**
 * The JSON body each endpoint answers (its 2xx), by "METHOD /path" as mounted. The backend checks every
 * `res.json(…)` against it (`satisfies Answer<'GET /api/tickets'>`); the frontend reads answers as
 * `api.get<Answer<'GET /api/tickets'>>(…)`. Answers without a body (204) and files (media, the CSV export)
 * are not listed. Errors are `{error:{code, message, details?}}` everywhere (docs/api-contract.md).
 */
export interface Endpoints {
  'GET /api/health': HealthView;
  'GET /api/openapi.json': OpenApiDocument;

  'POST /api/auth/login': SessionView;
  'POST /api/auth/refresh': SessionView;
  'GET /api/auth/me': { user: UserView };
  'PUT /api/auth/password': SessionView;
  /** The user's own preferences (issue 17: `signMessages`). */
  'PUT /api/auth/preferences': { user: UserView };

  'GET /api/users': UsersPage;
  'POST /api/users': { user: UserView };
  'GET /api/users/:id': { user: UserView };
  'PUT /api/users/:id': { user: UserView };
  'PUT /api/users/:id/availability': { user: UserView };
  'GET /api/team': { members: TeamMemberView[] };

  'GET /api/companies': { companies: CompanyView[] };
  'POST /api/companies': { company: CompanyView; admin: UserView };
  'GET /api/companies/:id': { company: CompanyView };
  'PUT /api/companies/:id': { company: CompanyView };

  'GET /api/whatsapps': { whatsapps: WhatsappView[] };
  'POST /api/whatsapps': { whatsapp: WhatsappView };
  'GET /api/whatsapps/:id': { whatsapp: WhatsappView };
  'PUT /api/whatsapps/:id': { whatsapp: WhatsappView };
  'POST /api/whatsapps/:id/session': { whatsapp: WhatsappView };
  'DELETE /api/whatsapps/:id/session': { whatsapp: WhatsappView };
  'GET /api/whatsapps/:id/qrcode': QrCodeView;

  'GET /api/contacts': ContactsPage;
  'POST /api/contacts': { contact: ContactView };
  'POST /api/contacts/import': ImportReport;
  'GET /api/contacts/:id': { contact: ContactView };
  'PUT /api/contacts/:id': { contact: ContactView };
  'PUT /api/contacts/:id/tags': { contact: ContactView };
  'PUT /api/contacts/:id/block': { contact: ContactView };

  'GET /api/tags': { tags: TagView[] };
  'POST /api/tags': { tag: TagView };
  'GET /api/tags/:id': { tag: TagView };
  'PUT /api/tags/:id': { tag: TagView };

  'GET /api/close-reasons': { closeReasons: CloseReasonView[] };
  'POST /api/close-reasons': { closeReason: CloseReasonView };
  'PUT /api/close-reasons/:id': { closeReason: CloseReasonView };

  'GET /api/queues': { queues: QueueView[] };
  'POST /api/queues': { queue: QueueView };
  'GET /api/queues/:id': { queue: QueueView };
  'PUT /api/queues/:id': { queue: QueueView };

  'GET /api/queue-options': { options: QueueOptionView[] };
  'POST /api/queue-options': { option: QueueOptionView };
  'PUT /api/queue-options/:id': { option: QueueOptionView };

  'GET /api/quick-replies': { quickReplies: QuickReplyView[] };
  'POST /api/quick-replies': { quickReply: QuickReplyView };
  'GET /api/quick-replies/:id': { quickReply: QuickReplyView };
  'PUT /api/quick-replies/:id': { quickReply: QuickReplyView };
  /** Attaches (replaces) the reply's file: multipart field `file`. */
  'POST /api/quick-replies/:id/media': { quickReply: QuickReplyView };
  'DELETE /api/quick-replies/:id/media': { quickReply: QuickReplyView };
  /** The text with the variables filled in (for a ticket when `ticketId` is given). */
  'GET /api/quick-replies/:id/rendered': { text: string };

  'GET /api/settings': { settings: SettingsView };
  'PUT /api/settings': { settings: SettingsView };
  'GET /api/settings/:key': SettingView;
  'PUT /api/settings/:key': SettingView;

  'GET /api/tickets': TicketsPage;
  'POST /api/tickets': { ticket: TicketView };
  'GET /api/tickets/:id': { ticket: TicketView };
  'PUT /api/tickets/:id': { ticket: TicketView };
  /** Supervisors' bulk close / transfer (issue 17): the changed tickets, and each one left as it was with its error code. */
  'POST /api/tickets/bulk': { tickets: TicketView[]; failed: { ticketId: number; code: string }[] };
  'GET /api/tickets/:id/history': { history: TicketHistoryEntry[] };
  'GET /api/tickets/:id/notes': { notes: TicketNoteView[] };
  'POST /api/tickets/:id/notes': { note: TicketNoteView };
  'PUT /api/tickets/:id/tags': { tagIds: number[]; ticket: TicketView };
  /** The attendant's AI assist (issue 13): a draft reply for the composer, and a summary; nothing is sent. */
  'POST /api/tickets/:id/ai/suggest': { text: string };
  'POST /api/tickets/:id/ai/summary': { text: string };

  'GET /api/messages/:ticketId': MessagesPage;
  /** Search inside one conversation (`?q=`, accents and case ignored), newest first, at most 50. */
  'GET /api/messages/:ticketId/search': { results: MessageSearchHit[] };
  'POST /api/messages/:ticketId': { message: MessageView };
  'PUT /api/messages/message/:messageId': { message: MessageView };
  'DELETE /api/messages/message/:messageId': { message: MessageView };
  'POST /api/messages/:messageId/media/retry': { message: MessageView };

  'GET /api/dashboard': DashboardView;
  // Issue 15, CSV downloads (UTF-8 with a BOM, `sep=;` (default) or `,`), not JSON: GET /api/exports/tickets.csv
  // (`?from&to&sep`: the tickets the caller may see) and GET /api/exports/dashboard-attendants.csv
  // (`?from&to&queueId&sep`: admins and supervisors).

  'GET /api/alerts': { alerts: AlertView[] };

  'GET /api/ai-agents': { aiAgents: AiAgentView[] };
  'POST /api/ai-agents': { aiAgent: AiAgentView };
  'GET /api/ai-agents/:id': { aiAgent: AiAgentView };
  'PUT /api/ai-agents/:id': { aiAgent: AiAgentView };
  /** The admin's playground: the agent's prompt and knowledge, then the messages given, against its endpoint. */
  'POST /api/ai-agents/:id/test': AiAgentTestView;
  /** "Test connection": the model ids the endpoint lists (GET {baseUrl}/models), sorted. */
  'GET /api/ai-agents/:id/models': { models: string[] };

  'GET /api/ai-usage': AiUsageView;

  /** Issue 14: a text to one contact at a given time; attendants list their own, supervisors and admins all. */
  'GET /api/scheduled-messages': { scheduledMessages: ScheduledMessageView[] };
  'POST /api/scheduled-messages': { scheduledMessage: ScheduledMessageView };
  'GET /api/scheduled-messages/:id': { scheduledMessage: ScheduledMessageView };
  'PUT /api/scheduled-messages/:id': { scheduledMessage: ScheduledMessageView };
  'DELETE /api/scheduled-messages/:id': { scheduledMessage: ScheduledMessageView };
  /** Issue 14: campaigns (admins and supervisors). */
  'GET /api/campaigns': { campaigns: CampaignView[] };
  'POST /api/campaigns': { campaign: CampaignView };
  'GET /api/campaigns/:id': { campaign: CampaignView; stats: CampaignView['stats'] };
  'PUT /api/campaigns/:id': { campaign: CampaignView };
  'DELETE /api/campaigns/:id': { campaign: CampaignView };
  'POST /api/campaigns/:id/media': { campaign: CampaignView };
  'DELETE /api/campaigns/:id/media': { campaign: CampaignView };
  'POST /api/campaigns/:id/start': { campaign: CampaignView };
  'POST /api/campaigns/:id/pause': { campaign: CampaignView };
  'POST /api/campaigns/:id/resume': { campaign: CampaignView };
  'POST /api/campaigns/:id/cancel': { campaign: CampaignView };
  /** Per-recipient status, keyset-paged by shipping id; `status` filters. */
  'GET /api/campaigns/:id/shippings': { shippings: CampaignShippingView[]; nextCursor: number | null };
  // GET /api/campaigns/:id/shippings.csv: the same report as a CSV download (UTF-8 with a BOM, ";"), not JSON.
  /** Who a target reaches, before saving or starting. */
  'POST /api/campaigns/audience': CampaignAudience;
  /** The variants filled in for a sample contact of the target (or the given contactId). */
  'POST /api/campaigns/preview': CampaignPreview;

  'GET /api/contact-lists': { contactLists: ContactListView[] };
  'POST /api/contact-lists': { contactList: ContactListView };
  'GET /api/contact-lists/:id': { contactList: ContactListView };
  'PUT /api/contact-lists/:id': { contactList: ContactListView };
  'DELETE /api/contact-lists/:id': { contactList: ContactListView };
  /** Adds contacts (ids, or every contact of the given tags); answers the list with its new size and how many were added. */
  'POST /api/contact-lists/:id/contacts': { contactList: ContactListView; added: number };
  'DELETE /api/contact-lists/:id/contacts': { contactList: ContactListView; removed: number };
  /** Issue 15: the sales side. Pipelines: everyone reads, admins write. */
  'GET /api/pipelines': { pipelines: PipelineView[] };
  'POST /api/pipelines': { pipeline: PipelineView };
  'GET /api/pipelines/:id': { pipeline: PipelineView };
  'PUT /api/pipelines/:id': { pipeline: PipelineView };
  'DELETE /api/pipelines/:id': { pipeline: PipelineView };
  /** The kanban: every stage's count, total and first page (`?pipelineId=&ownerId=&bucket=&search=`). */
  'GET /api/deals/board': DealBoard;
  /** One column's next page, or a filtered list (`?pipelineId=&stageId=&cursor=&limit=&ownerId=&bucket=&search=&contactId=`). */
  'GET /api/deals': { deals: DealView[]; nextCursor: string | null };
  'POST /api/deals': { deal: DealView };
  'GET /api/deals/:id': { deal: DealView };
  /** Edits, and kanban moves: `{stageId, position, lostReason?}`. */
  'PUT /api/deals/:id': { deal: DealView };
  'DELETE /api/deals/:id': { deal: DealView };
  'GET /api/deals/:id/timeline': { timeline: DealTimelineEntry[] };
  'POST /api/deals/:id/notes': { entry: DealTimelineEntry };
  /** `?scope=mine|all&status=open|done&dealId=&contactId=`: attendants see their own. */
  /** The caller's internal chats (the company channel first, then direct ones by latest message) and the menu badge. */
  'GET /api/internal-chats': { chats: InternalChatView[]; unreadTotal: number };
  /** The company's other active users, whom the caller may start a direct chat with. */
  'GET /api/internal-chats/colleagues': { users: { id: number; name: string }[] };
  /** Finds or creates the one direct chat of the caller and `userId` (201 when created). */
  'POST /api/internal-chats/direct': { chat: InternalChatView };
  /** History, newest first (`?cursor=&limit=`). */
  'GET /api/internal-chats/:id/messages': InternalChatMessagesPage;
  'POST /api/internal-chats/:id/messages': { message: InternalChatMessageView };
  /** Marks everything in the chat as read by the caller. */
  'POST /api/internal-chats/:id/read': { chat: InternalChatView; unreadTotal: number };
  'GET /api/tasks': { tasks: TaskView[] };
  'POST /api/tasks': { task: TaskView };
  'GET /api/tasks/:id': { task: TaskView };
  'PUT /api/tasks/:id': { task: TaskView };
  'DELETE /api/tasks/:id': { task: TaskView };

  /** Issue 16: integrations. API tokens: admins only, never reachable with a token. */
  'GET /api/api-tokens': { apiTokens: ApiTokenView[] };
  /** `{name, scopes, expiresAt?}` → the token, once. */
  'POST /api/api-tokens': CreatedApiToken;
  /** Revokes (the row stays, named in the list and the logs). */
  'DELETE /api/api-tokens/:id': { apiToken: ApiTokenView };
  /** Sends to a number (`{number, body, whatsappId?, quotedWid?, mediaUrl?}` or multipart with `file`); `Idempotency-Key` header honoured. */
  'POST /api/messages/send': { message: SentMessageView };
  'GET /api/messages/send/:id': { message: SentMessageView };
  /** Webhooks: admins, or a token with `webhooks:manage`. */
  'GET /api/webhooks': { webhooks: WebhookView[] };
  'POST /api/webhooks': WebhookWithSecret;
  'GET /api/webhooks/:id': { webhook: WebhookView };
  'PUT /api/webhooks/:id': { webhook: WebhookView };
  'DELETE /api/webhooks/:id': { webhook: WebhookView };
  'POST /api/webhooks/:id/secret': WebhookWithSecret;
  /** Queues a `webhook.test` delivery now. */
  'POST /api/webhooks/:id/test': { delivery: WebhookDeliveryView };
  /** The delivery log, newest first (`?cursor=&limit=&status=`). */
  'GET /api/webhooks/:id/deliveries': { deliveries: WebhookDeliveryView[]; nextCursor: string | null };
  /** Sends a delivery again as a new attempt (same id and body, fresh timestamp and signature). */
  'POST /api/webhooks/:id/deliveries/:deliveryId/redeliver': { delivery: WebhookDeliveryView };
}

export type Endpoint = keyof Endpoints;
export type Answer<E extends Endpoint> = Endpoints[E];
