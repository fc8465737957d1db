export type TicketStatus = 'pending' | 'open' | 'closed';

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

export interface TicketView {
  id: number;
  uuid: string;
  status: TicketStatus;
  userId: number | null;
  queueId: number | null;
  whatsappId: number | null;
  contact: { id: number; name: string; number: string };
  unreadMessages: number;
  lastMessage: string | null;
  lastMessageAt: string | null;
  acceptedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  tags: TicketTag[];
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
