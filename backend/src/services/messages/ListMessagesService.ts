import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import type { MessageRow } from '../../presenters/message.js';

export interface ListMessagesInput {
  companyId: number;
  ticketId: number;
  before?: string;
  limit: number;
}

/** A ticket's history, newest first, keyset-paginated on (sentAt, id) so any depth costs the same. */
export async function listMessages({ companyId, ticketId, before, limit }: ListMessagesInput): Promise<{ messages: MessageRow[]; nextCursor: string | null }> {
  const { sequelize } = ctx();
  const [ticket] = await sequelize.query(`SELECT 1 FROM "Tickets" WHERE id = :ticketId AND "companyId" = :companyId`, {
    replacements: { ticketId, companyId },
    type: QueryTypes.SELECT,
  });
  if (!ticket) throw AppError.notFound('ERR_TICKET_NOT_FOUND', 'Ticket not found');
  const cursor = before ? decodeCursor(before, ['string', 'number']) : null;
  const rows = await sequelize.query<MessageRow>(
    `SELECT * FROM "Messages" WHERE "ticketId" = :ticketId
     ${cursor ? `AND ("sentAt", id) < (:sentAt::timestamptz, :id)` : ''}
     ORDER BY "sentAt" DESC, id DESC LIMIT :limit`,
    { replacements: { ticketId, limit: limit + 1, sentAt: cursor?.[0] ?? null, id: cursor?.[1] ?? null }, type: QueryTypes.SELECT },
  );
  const messages = rows.slice(0, limit);
  const last = messages[messages.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([new Date(last.sentAt).toISOString(), Number(last.id)]) : null;
  return { messages, nextCursor };
}
