import type { UserView } from '../presenters/user.js';
import type { MessageView } from '../presenters/message.js';
import type { QueueView } from '../presenters/queue.js';
import type { TicketView } from '../presenters/ticket.js';
import type { TicketNote } from '../services/tickets/TicketNotesService.js';
import type { WhatsappView } from '../presenters/whatsapp.js';
import type { ContactView } from '../presenters/contact.js';
import type { AlertReason, AlertView } from '../presenters/alert.js';

/** What the server emits to browsers, by event name. Every payload has an `action`. */
export interface ServerToClientEvents {
  user: (payload: { action: 'created' | 'updated'; user: UserView } | { action: 'deleted'; userId: number }) => void;
  appMessage: (
    payload: { action: 'create'; message: MessageView; ticket: unknown; contact: unknown } | { action: 'update'; message: MessageView },
  ) => void;
  ticket: (payload: { action: 'update'; ticket: TicketView } | { action: 'note'; ticketId: number; note: TicketNote }) => void;
  queue: (payload: { action: 'created' | 'updated'; queue: QueueView } | { action: 'deleted'; queueId: number }) => void;
  contact: (
    payload:
      | { action: 'created' | 'updated'; contact: ContactView }
      | { action: 'deleted'; contactId: number }
      | { action: 'imported'; count: number },
  ) => void;
  whatsappSession: (
    payload:
      | { action: 'created' | 'updated'; whatsapp: WhatsappView }
      | { action: 'deleted'; whatsappId: number }
      | { action: 'alert'; whatsappId: number; reason: AlertReason; alert: AlertView },
  ) => void;
  /** Ids only (quick replies are scoped by queue, settings by profile): each screen asks again. */
  tag: (payload: { action: 'created' | 'updated' | 'deleted'; tagId: number }) => void;
  quickReply: (payload: { action: 'created' | 'updated' | 'deleted'; quickReplyId: number }) => void;
  /** A queue's menu changed: editors showing that queue's options read them again. */
  queueOption: (payload: { action: 'created' | 'updated' | 'deleted'; queueId: number; queueOptionId: number }) => void;
  settings: (payload: { action: 'updated' }) => void;
}

// The client sends nothing yet; watching a ticket arrives with tickets.
export type ClientToServerEvents = Record<string, never>;

export interface SocketData {
  userId: number;
  companyId: number;
  /** Admins also sit in the company's admins room (alerts only they can act on). */
  admin: boolean;
  supervisor: boolean;
  /** The queues whose pending tickets this user sees, read at the handshake. */
  queueIds: number[];
}
