import type { AlertView, ConnectionAlertReason } from './alerts.js';
import type { ContactRef, ContactView } from './contacts.js';
import type { MessageView } from './messages.js';
import type { QueueView } from './queues.js';
import type { ScheduledMessageView } from './scheduledMessages.js';
import type { CampaignView, ContactListView } from './campaigns.js';
import type { DealView, TaskView } from './crm.js';
import type { InternalChatKind, InternalChatMessageView } from './internalChats.js';
import type { TicketNoteView, TicketSummary, TicketView } from './tickets.js';
import type { AvailabilityEvent, UserView } from './users.js';
import type { WhatsappView } from './whatsapps.js';

// What the server emits to browsers (Socket.io), by event name. Every payload has an `action`. The server
// chooses who hears what: the company room, the ticket's audience (message and ticket events), the admins.

export type UserEvent = { action: 'created' | 'updated'; user: UserView } | { action: 'deleted'; userId: number };

/** A message stored (with where its ticket is now), or one that changed: ack, edit, deletion, reaction, media. */
export type AppMessageEvent =
  { action: 'create'; message: MessageView; ticket: TicketSummary; contact: ContactRef } | { action: 'update'; message: MessageView };

export type TicketEvent = { action: 'update'; ticket: TicketView } | { action: 'note'; ticketId: number; note: TicketNoteView };

export type QueueEvent = { action: 'created' | 'updated'; queue: QueueView } | { action: 'deleted'; queueId: number };

export type ContactEvent =
  | { action: 'created' | 'updated'; contact: ContactView }
  | { action: 'deleted'; contactId: number }
  /** A CSV import committed `count` new contacts: one event, not thousands (lists reload). */
  | { action: 'imported'; count: number };

export type WhatsappSessionEvent =
  | { action: 'created' | 'updated'; whatsapp: WhatsappView }
  | { action: 'deleted'; whatsappId: number }
  /** To the company's admins only. */
  | { action: 'alert'; whatsappId: number; reason: ConnectionAlertReason; alert: AlertView };

/** An alert about the company itself (the AI budget), to its admins only; connection alerts come as `whatsappSession`. */
export type AlertEvent = { action: 'raised'; alert: AlertView };

// Ids only (quick replies are scoped by queue, settings by profile): each screen asks again.
export type CatalogAction = 'created' | 'updated' | 'deleted';
export type TagEvent = { action: CatalogAction; tagId: number };
export type QuickReplyEvent = { action: CatalogAction; quickReplyId: number };
/** A queue's menu changed: editors showing that queue's options read them again. */
export type QueueOptionEvent = { action: CatalogAction; queueId: number; queueOptionId: number };
export type SettingsEvent = { action: 'updated' };
/** An AI agent was created, changed or deleted (ids only: never a key); agent screens and pickers read again. */
export type AiAgentEvent = { action: CatalogAction; aiAgentId: number };

/** A scheduled message was created, edited, cancelled, sent or failed: to its author and the supervisors. */
export type ScheduledMessageEvent = { action: 'created' | 'updated'; scheduledMessage: ScheduledMessageView };

/**
 * A campaign changed (created, edited, started, paused…) or its counts moved (at most about once a second per
 * campaign while it sends): to the company's admins and supervisors. `deleted`: only a draft can be deleted.
 */
export type CampaignEvent = { action: 'created' | 'updated' | 'deleted'; campaign: CampaignView };
/** A contact list was created, renamed, filled or deleted: to the company's admins and supervisors. */
export type ContactListEvent = { action: CatalogAction; contactList: ContactListView };

/**
 * A deal was created, edited, moved or deleted (issue 15): to whoever may see it (its owner, supervisors and
 * admins). `previous` is where a moved card was, so a board moves it without asking again.
 */
export type DealEvent = { action: 'created' | 'updated' | 'deleted'; deal: DealView; previous?: { stageId: number; position: number } };
/** A task was created, edited, done or deleted: to its assignee, its creator and supervisors. */
export type TaskEvent = { action: 'created' | 'updated' | 'deleted'; task: TaskView };
/** A task reached its due time: once, to its assignee (the bell and a notice). */
export type TaskReminderEvent = { task: TaskView };

/**
 * The customer's phone, as WhatsApp tells it (issue 17): typing ("composing"), recording audio, online
 * ("available") or offline since `lastSeen` (null: hidden or unknown). Ephemeral, never stored: to the
 * ticket's audience, like its messages.
 */
export type ContactPresenceEvent = {
  ticketId: number;
  presence: 'composing' | 'recording' | 'available' | 'unavailable';
  lastSeen: string | null;
};
/**
 * An internal chat message (issue 17): to the sender's and the recipient's user rooms in a direct chat, to the
 * company room in the channel. A client that does not know `message.chatId` yet asks for its chats again.
 */
export type InternalChatMessageEvent = { action: 'created'; kind: InternalChatKind; message: InternalChatMessageView };
/** The user read a chat (in some tab): to their own user room, so every tab clears its unread count. */
export type InternalChatReadEvent = { action: 'read'; chatId: number };

/**
 * Why the server ended every session of the user (issue 17): a supervisor or admin logged them out, the user
 * was deactivated or deleted (or their company deleted), or an admin set a new password for them. Told to the
 * user's own sockets (every tab) just before the server disconnects them, so the page signs out at once instead
 * of showing stale screens until its next API call. A user who changes their own password is not told: the tab
 * that changed it goes on with its new session (the browser cannot tell its tabs apart).
 */
export type SessionEndReason = 'loggedOut' | 'deactivated' | 'deleted' | 'passwordChanged';
export type SessionEvent = { action: 'ended'; reason: SessionEndReason };

/** Socket.io's typed map: `Server<…, ServerToClientEvents>` on the backend, `Socket<ServerToClientEvents>` in the browser. */
export interface ServerToClientEvents {
  user: (payload: UserEvent) => void;
  appMessage: (payload: AppMessageEvent) => void;
  ticket: (payload: TicketEvent) => void;
  queue: (payload: QueueEvent) => void;
  contact: (payload: ContactEvent) => void;
  whatsappSession: (payload: WhatsappSessionEvent) => void;
  tag: (payload: TagEvent) => void;
  quickReply: (payload: QuickReplyEvent) => void;
  queueOption: (payload: QueueOptionEvent) => void;
  settings: (payload: SettingsEvent) => void;
  aiAgent: (payload: AiAgentEvent) => void;
  alert: (payload: AlertEvent) => void;
  scheduledMessage: (payload: ScheduledMessageEvent) => void;
  campaign: (payload: CampaignEvent) => void;
  contactList: (payload: ContactListEvent) => void;
  deal: (payload: DealEvent) => void;
  task: (payload: TaskEvent) => void;
  taskReminder: (payload: TaskReminderEvent) => void;
  /** Your own pause changed (issue 17): by you in another tab, or by a supervisor (`byUserId`). */
  availability: (payload: AvailabilityEvent) => void;
  /**
   * Something the team panel shows changed for this user (presence, pause, load): to supervisors and admins,
   * who read `GET /api/team` again. Ids only.
   */
  team: (payload: { userId: number }) => void;
  contactPresence: (payload: ContactPresenceEvent) => void;
  internalChatMessage: (payload: InternalChatMessageEvent) => void;
  internalChatRead: (payload: InternalChatReadEvent) => void;
  /** Every session of yours ended (issue 17): sign out now; the socket is disconnected right after. */
  session: (payload: SessionEvent) => void;
}

/** What browsers may send: nothing yet (watching a ticket arrives with tickets); rooms are the server's choice. */
export type ClientToServerEvents = Record<string, never>;

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];
