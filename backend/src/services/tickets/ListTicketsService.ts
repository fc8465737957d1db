import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import type { User } from '../../models/User.js';
import type { TicketRow, TicketStatus } from '../../presenters/ticket.js';
import { TICKET_COLUMNS } from './loadTicket.js';
import { readTicketSettings } from './readTicketSettings.js';
import { queueIdsOf, seesEverything } from './ticketVisibility.js';

export interface ListTicketsInput {
  actor: User;
  status: TicketStatus;
  queueIds?: number[];
  withoutQueue?: boolean;
  tagIds?: number[];
  userId?: number;
  whatsappId?: number;
  mine?: boolean;
  search?: string;
  cursor?: string;
  limit: number;
}

/** Counts stop here: a tab shows "999+" rather than making every first page count a huge table. */
const COUNT_CAP = 1000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The ticket list: one tab (status) at a time, newest activity first, keyset-paginated on
 * (lastMessageAt, id) so a deep page costs what the first one does. Attendants get only what the
 * visibility rule lets them see, written in SQL so the indexes serve it.
 */
export async function listTickets(input: ListTicketsInput): Promise<{ tickets: TicketRow[]; nextCursor: string | null; counts?: Record<TicketStatus, number> }> {
  const { actor, limit } = input;
  const replacements: Record<string, unknown> = { companyId: actor.companyId, me: actor.id, limit: limit + 1 };
  const where: string[] = [`t."companyId" = :companyId`];

  if (!seesEverything(actor)) {
    const [queueIds, settings] = await Promise.all([queueIdsOf(actor.id), readTicketSettings(actor.companyId)]);
    replacements.myQueues = queueIds.length ? queueIds : [0];
    replacements.noQueueVisible = settings.pendingWithoutQueueVisibleToAll;
    where.push(`(t."userId" = :me OR (t.status = 'pending' AND (t."queueId" IN (:myQueues) OR (t."queueId" IS NULL AND :noQueueVisible))))`);
  }
  if (input.mine) where.push(`t."userId" = :me`);
  if (input.userId) (where.push(`t."userId" = :userId`), (replacements.userId = input.userId));
  if (input.whatsappId) (where.push(`t."whatsappId" = :whatsappId`), (replacements.whatsappId = input.whatsappId));
  const queueChoices: string[] = [];
  if (input.queueIds?.length) (queueChoices.push(`t."queueId" IN (:queueIds)`), (replacements.queueIds = input.queueIds));
  if (input.withoutQueue) queueChoices.push(`t."queueId" IS NULL`);
  if (queueChoices.length) where.push(`(${queueChoices.join(' OR ')})`);
  if (input.tagIds?.length) {
    where.push(`EXISTS (SELECT 1 FROM "TicketTags" tt WHERE tt."ticketId" = t.id AND tt."tagId" IN (:tagIds))`);
    replacements.tagIds = input.tagIds;
  }
  if (input.search) {
    replacements.pattern = `%${escapeLike(input.search)}%`;
    where.push(`(c.name ILIKE :pattern OR c.number LIKE :pattern
      OR EXISTS (SELECT 1 FROM "Messages" m WHERE m."ticketId" = t.id AND m.body ILIKE :pattern))`);
  }
  const filters = where.join(' AND ');

  const cursor = input.cursor ? decodeCursor(input.cursor, ['string', 'number']) : null;
  if (cursor) ((replacements.cursorAt = cursor[0]), (replacements.cursorId = cursor[1]));
  const { sequelize } = ctx();
  const rows = await sequelize.query<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE ${filters} AND t.status = :status
     ${cursor ? `AND (t."lastMessageAt", t.id) < (:cursorAt::timestamptz, :cursorId)` : ''}
     ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT :limit`,
    { replacements: { ...replacements, status: input.status }, type: QueryTypes.SELECT },
  );
  const tickets = rows.slice(0, limit);
  const last = tickets[tickets.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([new Date(last.lastMessageAt!).toISOString(), last.id]) : null;
  if (cursor) return { tickets, nextCursor };

  // First page only: how many in each tab (capped), for the badges. Contacts are joined only when the search
  // needs them: otherwise the planner hashes the whole Contacts table for each tab (seen in explain.test.ts).
  const contacts = input.search ? `JOIN "Contacts" c ON c.id = t."contactId"` : '';
  const [counts] = await sequelize.query<Record<TicketStatus, number>>(
    `SELECT ${(['open', 'pending', 'closed'] as const)
      .map(
        (s) => `(SELECT count(*)::int FROM (SELECT 1 FROM "Tickets" t ${contacts}
                 WHERE ${filters} AND t.status = '${s}' LIMIT ${COUNT_CAP}) x) AS ${s}`,
      )
      .join(', ')}`,
    { replacements, type: QueryTypes.SELECT },
  );
  return { tickets, nextCursor, counts: counts! };
}
