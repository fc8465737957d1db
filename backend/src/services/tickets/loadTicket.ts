import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { TicketRow } from '../../presenters/ticket.js';

/**
 * The ticket's tags as one JSON array, read through the TicketTags primary key. A correlated subquery in the
 * select list: with ORDER BY … LIMIT the planner evaluates it only for the rows returned (a page, not the
 * table), so the list stays as fast as without it.
 */
const TICKET_TAGS = `COALESCE((SELECT json_agg(json_build_object('id', tg.id, 'name', tg.name, 'color', tg.color) ORDER BY lower(tg.name), tg.id)
    FROM "TicketTags" tt JOIN "Tags" tg ON tg.id = tt."tagId" WHERE tt."ticketId" = t.id), '[]'::json)`;

export const TICKET_COLUMNS = `t.id, t.uuid, t."companyId", t.status, t."userId", t."queueId", t."whatsappId", t."contactId",
  c.name AS "contactName", c.number AS "contactNumber", t."unreadMessages", t."lastMessage", t."lastMessageAt",
  t."acceptedAt", t."closedAt", t."createdAt", t."updatedAt", ${TICKET_TAGS} AS tags`;

/** One ticket of the company with its contact; `lock` takes the row for a state change. 404 otherwise. */
export async function loadTicket(companyId: number, ticketId: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<TicketRow> {
  const [ticket] = await ctx().sequelize.query<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE t.id = :ticketId AND t."companyId" = :companyId ${options.lock ? 'FOR UPDATE OF t' : ''}`,
    { replacements: { ticketId, companyId }, type: QueryTypes.SELECT, transaction: options.transaction },
  );
  if (!ticket) throw AppError.notFound('ERR_TICKET_NOT_FOUND', 'Ticket not found');
  return ticket;
}
