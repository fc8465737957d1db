import type { TicketContact } from './contacts.js';
import type { TagRef } from './tags.js';

export type TicketStatus = 'pending' | 'open' | 'closed';

export interface TicketView {
  id: number;
  /** The ticket's address in links (`/tickets/:uuid`). */
  uuid: string;
  /**
   * The company's sequential number of the ticket, shown as "#2041": unique and without gaps per company, given
   * when the ticket is created; the ticket search finds it ("#2041" or "2041") and templates say it as {{protocol}}.
   */
  protocol: number;
  status: TicketStatus;
  userId: number | null;
  /** Who attends it (issue 17: shown in the chat header, also to attendants who cannot list users); null: nobody. */
  userName: string | null;
  queueId: number | null;
  whatsappId: number | null;
  contact: TicketContact;
  unreadMessages: number;
  lastMessage: string | null;
  lastMessageAt: string | null;
  acceptedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * When the ticket last became pending (created waiting, reopened, returned to its queue, transferred to a queue
   * without an attendant); its creation if it never was. A waiting ticket moved between queues keeps it. The
   * Aguardando tab's "waiting for N min" and the `order=oldest` list count from it.
   */
  pendingSince: string;
  /** The ticket's own tags (this conversation's, apart from the contact's), sorted by name. */
  tags: TagRef[];
  /**
   * The AI agent is answering (the bot phase): not offered to attendants; supervisors may take it over
   * (`PUT /api/tickets/:id {"action":"takeOver"}`). False once it handed over, was taken over or moved by anyone.
   */
  botActive: boolean;
  /** The customer's answer to the CSAT question after a close (1–5); null while unrated. */
  csat: { rating: number; answeredAt: string } | null;
  /** Why the latest close happened (the company's close reasons); null: none given, or the ticket is not closed. */
  closeReason: { id: number; name: string } | null;
}

export interface TicketsPage {
  tickets: TicketView[];
  nextCursor: string | null;
  /** Per tab, on a first page only. */
  counts?: Record<TicketStatus, number>;
}

/** Where a ticket is and its preview after a new message: what a message event carries of its ticket. */
export type TicketSummary = Pick<
  TicketView,
  'id' | 'uuid' | 'status' | 'userId' | 'queueId' | 'unreadMessages' | 'lastMessage' | 'lastMessageAt' | 'botActive'
>;

/** An internal note: written by attendants for each other, never sent to the customer. */
export interface TicketNoteView {
  id: number;
  ticketId: number;
  userId: number | null;
  userName: string | null;
  body: string;
  createdAt: string;
}

/** `handedOff`: the AI agent passed the ticket to its queue's people; `takenOver`: a supervisor took it from the AI. */
export type TicketHistoryAction = 'accepted' | 'assigned' | 'closed' | 'reopened' | 'returned' | 'started' | 'transferred' | 'handedOff' | 'takenOver';

/** One step of a ticket's life: who accepted, transferred, closed or reopened it, and when. */
export interface TicketHistoryEntry {
  id: number;
  action: TicketHistoryAction;
  userId: number | null;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  fromUserId: number | null;
  toUserId: number | null;
  fromQueueId: number | null;
  toQueueId: number | null;
  createdAt: string;
}
