import { iso } from '../db/sql.js';
import type { TicketRow, TicketStatus, TicketTag } from '../db/tickets.js';

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
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    tags: row.tags ?? [],
  };
}
