import type { LeadBucket } from '@atende/contract';
import { iso } from '../../db/sql.js';
import { countTicketTabs, selectTicketPage, type TicketListFilter } from '../../db/ticketList.js';
import type { TicketRow, TicketStatus } from '../../db/tickets.js';
import { queueIdsOfUser } from '../../db/ticketTargets.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import type { UserRecord } from '../../db/users.js';
import { readTicketSettings } from './readTicketSettings.js';
import { seesEverything } from './ticketVisibility.js';

export interface ListTicketsInput {
  actor: UserRecord;
  status: TicketStatus;
  queueIds?: number[];
  withoutQueue?: boolean;
  tagIds?: number[];
  userId?: number;
  whatsappId?: number;
  mine?: boolean;
  search?: string;
  /** The supervisors' "Bot" filter: only the tickets the AI agent is answering (true), or none of them (false). */
  bot?: boolean;
  /** Only tickets whose contact's lead score is in this bucket. */
  lead?: LeadBucket;
  cursor?: string;
  limit: number;
  /** 'oldest': who has waited longest first (by when the ticket last became pending), the Aguardando tab's triage order. */
  order?: 'recent' | 'oldest';
}

/**
 * The ticket list: one tab (status) at a time, newest activity first, keyset-paginated on
 * (lastMessageAt, id) so a deep page costs what the first one does. Attendants get only what the
 * visibility rule lets them see (ticketVisibility.ts says it in SQL, so the indexes serve it).
 */
export async function listTickets(
  input: ListTicketsInput,
): Promise<{ tickets: TicketRow[]; nextCursor: string | null; counts?: Record<TicketStatus, number> }> {
  const { actor, limit } = input;
  const filter: TicketListFilter = {
    companyId: actor.companyId,
    me: actor.id,
    mine: input.mine,
    userId: input.userId,
    whatsappId: input.whatsappId,
    queueIds: input.queueIds,
    withoutQueue: input.withoutQueue,
    tagIds: input.tagIds,
    search: input.search,
    botActive: input.bot,
    lead: input.lead,
  };
  if (!seesEverything(actor)) {
    const [queueIds, settings] = await Promise.all([queueIdsOfUser(actor.id), readTicketSettings(actor.companyId)]);
    filter.visibility = { viewer: { ...actor, queueIds }, settings };
  }
  const cursor = input.cursor ? decodeCursor(input.cursor, ['string', 'number']) : null;
  const oldestFirst = input.order === 'oldest';
  const page = selectTicketPage(filter, { status: input.status, rows: limit + 1, cursor, oldestFirst });
  // First page only: how many in each tab (capped), for the badges.
  // Asked beside the page, not after it: the first page answers in the time of the slower statement.
  const counts = cursor ? undefined : countTicketTabs(filter);
  const [rows, tabCounts] = await Promise.all([page, counts]);
  const tickets = rows.slice(0, limit);
  const last = tickets[tickets.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([iso(oldestFirst ? last.pendingSince : last.lastMessageAt!), last.id]) : null;
  return tabCounts ? { tickets, nextCursor, counts: tabCounts } : { tickets, nextCursor };
}
