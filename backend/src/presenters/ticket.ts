import type { TicketSummary, TicketView } from '@atende/contract';
import { iso } from '../db/sql.js';
import type { TicketRow } from '../db/tickets.js';
import { leadBucketOf } from '../services/contacts/leadBuckets.js';

export function presentTicket(row: TicketRow): TicketView {
  return {
    id: row.id,
    uuid: row.uuid,
    protocol: row.protocol,
    status: row.status,
    userId: row.userId,
    userName: row.userName ?? null,
    queueId: row.queueId,
    whatsappId: row.whatsappId,
    contact: {
      id: row.contactId,
      name: row.contactName,
      number: row.contactNumber,
      leadScore: row.contactLeadScore ?? null,
      leadBucket: leadBucketOf(row.contactLeadScore ?? null),
    },
    unreadMessages: row.unreadMessages,
    lastMessage: row.lastMessage,
    lastMessageAt: iso(row.lastMessageAt),
    acceptedAt: iso(row.acceptedAt),
    closedAt: iso(row.closedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    pendingSince: iso(row.pendingSince),
    tags: row.tags ?? [],
    botActive: row.botActive === true,
    closeReason: row.closeReasonId == null || row.closeReasonName == null ? null : { id: row.closeReasonId, name: row.closeReasonName },
    csat: row.csatRating == null || row.csatAnsweredAt == null ? null : { rating: row.csatRating, answeredAt: iso(row.csatAnsweredAt) },
  };
}

/**
 * What a message event tells of its ticket: where it is now and its preview, from the columns the message
 * moved (MOVED_TICKET_COLUMNS in db/tickets.ts).
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
    botActive: row.botActive === true,
  };
}
