import type { TicketStatus, TicketSummary, TicketView } from '@atende/contract';

// Services, realtime and the event bus name it from here.
export type { TicketStatus } from '@atende/contract';

/** A ticket as read by the ticket queries (joined with its contact). */
export interface TicketRow {
  id: number;
  uuid: string;
  companyId: number;
  status: TicketStatus;
  userId: number | null;
  queueId: number | null;
  whatsappId: number | null;
  contactId: number;
  contactName: string;
  contactNumber: string;
  unreadMessages: number;
  lastMessage: string | null;
  lastMessageAt: Date | string | null;
  acceptedAt: Date | string | null;
  closedAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  /** Aggregated by TICKET_COLUMNS (loadTicket.ts), alphabetical; [] when none. */
  tags: TicketTag[];
}

export interface TicketTag {
  id: number;
  name: string;
  color: string;
}

const iso = (d: Date | string | null) => (d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString());

export function presentTicket(row: TicketRow): TicketView {
  return {
    id: row.id,
    uuid: row.uuid,
    status: row.status,
    userId: row.userId,
    queueId: row.queueId,
    whatsappId: row.whatsappId,
    contact: { id: row.contactId, name: row.contactName, number: row.contactNumber },
    unreadMessages: row.unreadMessages,
    lastMessage: row.lastMessage,
    lastMessageAt: iso(row.lastMessageAt),
    acceptedAt: iso(row.acceptedAt),
    closedAt: iso(row.closedAt),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    tags: row.tags ?? [],
  };
}

/**
 * What a message event tells of its ticket: where it is now and its preview, from the columns the message
 * moved (MOVED_TICKET_COLUMNS in whatsapp/inbound/inboundStatements.ts).
 */
export function presentTicketSummary(row: Omit<TicketSummary, 'lastMessageAt'> & { lastMessageAt: Date | string | null }): TicketSummary {
  return {
    id: row.id,
    uuid: row.uuid,
    status: row.status,
    userId: row.userId,
    queueId: row.queueId,
    unreadMessages: row.unreadMessages,
    lastMessage: row.lastMessage,
    lastMessageAt: iso(row.lastMessageAt),
  };
}
