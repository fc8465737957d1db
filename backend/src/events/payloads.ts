import type { ContactPresenceEvent, SessionEndReason, TicketNoteView } from '@atende/contract';
import type { AlertRecord, ConnectionAlertReason } from '../db/alerts.js';
import type { CampaignWithStats } from '../db/campaigns.js';
import type { ContactListRow } from '../db/contactLists.js';
import type { ContactRecord } from '../db/contacts.js';
import type { DealRow } from '../db/deals.js';
import type { InternalChatMessageRow, InternalChatRow } from '../db/internalChats.js';
import type { MessageRow, SavedRows } from '../db/messages.js';
import type { QueueRow } from '../db/queues.js';
import type { ScheduledMessageRow } from '../db/scheduledMessages.js';
import type { TaskRow } from '../db/tasks.js';
import type { TicketRow, TicketStatus } from '../db/tickets.js';
import type { UserRecord } from '../db/users.js';
import type { WhatsappRecord } from '../db/whatsapps.js';

/**
 * The domain events and their payloads. Services publish them (events/bus.ts); realtime (and later webhooks,
 * AI, metrics) subscribe. Payloads carry rows as they were committed: db/ row types and the contract's views,
 * never a type of services/, whatsapp/ or realtime/, so publishers and listeners never import each other.
 */
export interface DomainEvents {
  'user.created': { companyId: number; user: UserRecord };
  'user.updated': { companyId: number; user: UserRecord };
  'user.deleted': { companyId: number; userId: number };
  /** A socket of the attendant connected (presence recorded): work waiting in their queues can be offered. */
  'user.online': { companyId: number; userId: number };
  /** The user paused or came back (issue 17), by themself or by a supervisor (`actorId`); `user.updated` goes with it. */
  'user.availabilityChanged': { companyId: number; user: UserRecord; actorId: number; actorName: string };
  /** A socket of the user disconnected (they may still have others): the team panel's presence. */
  'user.offline': { companyId: number; userId: number };
  /**
   * Every session of the user must end now (logged out by a supervisor, password change, deactivation, deletion).
   * `reason` is told to their sockets before they are disconnected; null (their own password change) disconnects
   * without telling, since the tab that changed it stays signed in.
   */
  'user.sessionsEnded': { companyId: number; userId: number; reason: SessionEndReason | null };
  'whatsapp.created': { companyId: number; whatsapp: WhatsappRecord };
  /** Any change: settings, status, QR code, number. */
  'whatsapp.updated': { companyId: number; whatsapp: WhatsappRecord };
  'whatsapp.deleted': { companyId: number; whatsappId: number };
  /** Something only an admin can fix: the phone unlinked Atende, or the connection keeps failing (stored). */
  'whatsapp.alert': { companyId: number; whatsappId: number; reason: ConnectionAlertReason; alert: AlertRecord };
  /** An alert about the company itself (the AI budget), for its admins. */
  'company.alert': { companyId: number; alert: AlertRecord };
  /** A contact created, edited (fields, number, tags) or deleted through the API, with its tags as committed. */
  'contact.created': { companyId: number; contact: ContactRecord };
  'contact.updated': { companyId: number; contact: ContactRecord };
  'contact.deleted': { companyId: number; contactId: number };
  /** A CSV import committed `count` new contacts: one event, not thousands (lists reload). */
  'contact.imported': { companyId: number; count: number };
  /** A message was stored (inbound, or sent from the phone itself), with its contact and ticket as committed. */
  'message.created': { companyId: number; whatsappId: number } & SavedRows;
  /** A ticket changed state, owner or queue; `previous` lets listeners tell who must stop seeing it. */
  'ticket.updated': {
    companyId: number;
    ticket: TicketRow;
    previous: { status: TicketStatus; userId: number | null; queueId: number | null; botActive: boolean };
  };
  /** The chatbot let go of a ticket waiting in a queue (options answered, or timed out): distribution may take it. */
  'ticket.botReleased': { companyId: number; ticketId: number };
  /** An internal note was added to a ticket (never sent to the customer); presented once, for the answer and the event. */
  'ticket.noteAdded': { companyId: number; ticketId: number; note: TicketNoteView };
  /** A stored message changed: ack advanced, edited, deleted for everyone, reacted to, media saved. */
  /** WhatsApp said the ticket's customer is typing, online or offline (issue 17): relayed, never stored. */
  'contact.presence': { companyId: number; ticketId: number; presence: ContactPresenceEvent['presence']; lastSeen: string | null };
  'message.updated': { companyId: number; ticketId: number; message: MessageRow };
  /**
   * The outbound queue gave up on a message Atende wrote: its last attempt failed (`reason`: the last error). The
   * row stays unsent (ack 0); a campaign's recipient is marked failed with the reason.
   */
  'message.sendFailed': { whatsappId: number; messageId: string; reason: string };
  /** An inbound message's file was just stored (once per message; `message.updated` announces it too): voice notes get transcribed. */
  'message.mediaStored': { companyId: number; ticketId: number; message: MessageRow };
  /** A queue with its members (userIds, whatsappIds) as committed; membership changes come as updates. */
  'queue.created': { companyId: number; queue: QueueRow };
  'queue.updated': { companyId: number; queue: QueueRow };
  'queue.deleted': { companyId: number; queueId: number };
  /**
   * The company's catalogue changed: tags (on cards, filters, contacts), quick replies (the composer's `/`
   * list, scoped by queue) and settings. Ids only: each screen asks again for what its user may see.
   */
  'tag.changed': { companyId: number; action: 'created' | 'updated' | 'deleted'; tagId: number };
  'quickReply.changed': { companyId: number; action: 'created' | 'updated' | 'deleted'; quickReplyId: number };
  /** An option of a queue's menu changed (a deletion takes its sub-options along); an option moved between queues changes both. */
  'queueOption.changed': { companyId: number; action: 'created' | 'updated' | 'deleted'; queueId: number; queueOptionId: number };
  'settings.updated': { companyId: number };
  /** An AI agent was created, changed (its key too) or deleted; ids only, so nothing secret travels. */
  'aiAgent.changed': { companyId: number; action: 'created' | 'updated' | 'deleted'; aiAgentId: number };
  /** A scheduled message as committed: created, edited, cancelled, written to its chat, sent or failed. */
  'scheduledMessage.changed': { companyId: number; action: 'created' | 'updated'; scheduledMessage: ScheduledMessageRow };
  /**
   * A campaign changed (issue 14): created, edited, started, paused, resumed, cancelled, finished — or its
   * shippings' counts moved (the engine publishes that at most about once a second per campaign). Ids only: the
   * socket subscriber reads the campaign's view with its stats and sends it to the admins and supervisors.
   * `deleted` carries the draft as it was (there is nothing left to read).
   */
  'campaign.changed': {
    companyId: number;
    action: 'created' | 'updated' | 'deleted';
    campaignId: number;
    whatsappId: number | null;
    campaign?: CampaignWithStats;
  };
  /** A contact list was created, renamed, filled, emptied or deleted; `deleted` carries the list as it was. */
  'contactList.changed': { companyId: number; action: 'created' | 'updated' | 'deleted'; contactListId: number; contactList?: ContactListRow };
  /**
   * A deal as committed (issue 15): created, edited, moved (`previous`: the place it left) or deleted (the row as
   * it was). `previousOwnerId`: the owner before an edit that changed it, who must see it leave their board.
   */
  'deal.changed': {
    companyId: number;
    action: 'created' | 'updated' | 'deleted';
    deal: DealRow;
    previous?: { stageId: number; position: number };
    previousOwnerId?: number | null;
  };
  /** A task as committed: created, edited, done/undone or deleted; `previousAssigneeId` when the assignee changed. */
  'task.changed': { companyId: number; action: 'created' | 'updated' | 'deleted'; task: TaskRow; previousAssigneeId?: number | null };
  /** A task reached its due time and its reminder was claimed (once): for its assignee. */
  'task.due': { companyId: number; task: TaskRow };
  /** An internal chat message as committed (issue 17): for the chat's two users, or the whole company in the channel. */
  'internalChat.message': { companyId: number; chat: InternalChatRow; message: InternalChatMessageRow };
  /** A user read a chat: for that user's other tabs. */
  'internalChat.read': { companyId: number; userId: number; chatId: number };
}

export type DomainEventName = keyof DomainEvents;
