import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { escapeLike, folded, foldedContains } from '../../lib/textSearch.js';
import type { UserRecord } from '../../db/users.js';
import type { TicketRow, TicketStatus } from '../../presenters/ticket.js';
import { TICKET_COLUMNS } from './loadTicket.js';
import { readTicketSettings } from './readTicketSettings.js';
import { queueIdsOf, seesEverything } from './ticketVisibility.js';

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
  cursor?: string;
  limit: number;
}

/** Counts stop here: a tab shows "999+" rather than making every first page count a huge table. */
const COUNT_CAP = 1000;

// Trigram indexes need three characters; a shorter search reads each candidate ticket's own messages instead.
const TRIGRAM = 3;

// Names and message texts are compared without accents or case ("joao" finds "João"); numbers as typed.
const NAME_MATCHES = `${folded('sc.name')} LIKE ${foldedContains(':search')}`;
const NUMBER_MATCHES = `sc.number LIKE :pattern`;

/**
 * A ticket matches a search by its contact's name or number, or by the text of one of its messages. From
 * three characters on, the matching tickets are found once, in the statement's WITH (`searchHits`): the
 * messages through their trigram index (`Messages_body_folded_trgm`), the contacts through theirs and their
 * tickets through `Tickets_contact`. The page and the three tab counts then read just those tickets: a search
 * that matches little or nothing no longer walks a whole tab probing every ticket's messages.
 */
function searchCondition(search: string): string {
  if (search.length < TRIGRAM) {
    return `(EXISTS (SELECT 1 FROM "Contacts" sc WHERE sc.id = t."contactId" AND (${NAME_MATCHES} OR ${NUMBER_MATCHES}))
      OR EXISTS (SELECT 1 FROM "Messages" m WHERE m."ticketId" = t.id AND ${folded('m.body')} LIKE ${foldedContains(':search')}))`;
  }
  return `t.id IN (SELECT id FROM search_tickets)`;
}

function searchHits(search: string | undefined): string {
  if (!search || search.length < TRIGRAM) return '';
  return `WITH search_tickets AS MATERIALIZED (
      SELECT "ticketId" AS id FROM "Messages" WHERE "companyId" = :companyId AND ${folded('body')} LIKE ${foldedContains(':search')}
      UNION
      SELECT st.id FROM "Contacts" sc JOIN "Tickets" st ON st."contactId" = sc.id
      WHERE sc."companyId" = :companyId AND (${NAME_MATCHES} OR ${NUMBER_MATCHES}))`;
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
    replacements.search = input.search;
    replacements.pattern = `%${escapeLike(input.search)}%`;
    where.push(searchCondition(input.search));
  }
  const filters = where.join(' AND ');

  const cursor = input.cursor ? decodeCursor(input.cursor, ['string', 'number']) : null;
  if (cursor) ((replacements.cursorAt = cursor[0]), (replacements.cursorId = cursor[1]));
  const { sequelize } = ctx();
  const page = sequelize.query<TicketRow>(
    `${searchHits(input.search)}
     SELECT ${TICKET_COLUMNS} FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE ${filters} AND t.status = :status
     ${cursor ? `AND (t."lastMessageAt", t.id) < (:cursorAt::timestamptz, :cursorId)` : ''}
     ORDER BY t."lastMessageAt" DESC, t.id DESC LIMIT :limit`,
    { replacements: { ...replacements, status: input.status }, type: QueryTypes.SELECT },
  );
  // First page only: how many in each tab (capped), for the badges; a search's hits are read once for all three.
  // Asked beside the page, not after it: the first page answers in the time of the slower statement.
  const counts = cursor
    ? undefined
    : sequelize.query<Record<TicketStatus, number>>(
        `${searchHits(input.search)}
         SELECT ${(['open', 'pending', 'closed'] as const)
          .map(
            (s) => `(SELECT count(*)::int FROM (SELECT 1 FROM "Tickets" t
                     WHERE ${filters} AND t.status = '${s}' LIMIT ${COUNT_CAP}) x) AS ${s}`,
          )
          .join(', ')}`,
        { replacements, type: QueryTypes.SELECT },
      );
  const [rows, countRows] = await Promise.all([page, counts]);
  const tickets = rows.slice(0, limit);
  const last = tickets[tickets.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([new Date(last.lastMessageAt!).toISOString(), last.id]) : null;
  return countRows ? { tickets, nextCursor, counts: countRows[0]! } : { tickets, nextCursor };
}
