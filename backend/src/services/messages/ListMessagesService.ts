import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import type { UserRecord } from '../../db/users.js';
import { visibleTicket } from '../tickets/visibleTicket.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import type { MessageRow } from '../../presenters/message.js';

export interface ListMessagesInput {
  actor: UserRecord;
  ticketId: number;
  before?: string;
  limit: number;
  /** A message of the ticket the answer must reach (with a few older ones for context), up to UNTIL_MAX rows. */
  until?: number;
}

/** The most one jump brings: beyond it the quote is too far back to be worth a single answer. */
const UNTIL_MAX = 2000;
const UNTIL_CONTEXT = 10;

/**
 * A ticket's history, newest first, keyset-paginated on (sentAt, id) so any depth costs the same. It follows
 * the ticket's visibility rule: a colleague's conversation is, to an attendant, not found.
 */
export async function listMessages({ actor, ticketId, before, limit, until }: ListMessagesInput): Promise<{ messages: MessageRow[]; nextCursor: string | null }> {
  const { sequelize } = ctx();
  await visibleTicket(actor, ticketId);
  const cursor = before ? decodeCursor(before, ['string', 'number']) : null;
  const older = cursor ? `AND (m."sentAt", m.id) < (:sentAt::timestamptz, :id)` : '';
  const replacements = { ticketId, sentAt: cursor?.[0] ?? null, id: cursor?.[1] ?? null, until: until ?? null };
  // With `until`, the page stretches down to that message (counted on the history index), plus some context.
  const [reach] = until
    ? await sequelize.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Messages" m, (SELECT "sentAt", id FROM "Messages" WHERE id = :until AND "ticketId" = :ticketId) target
         WHERE m."ticketId" = :ticketId AND (m."sentAt", m.id) >= (target."sentAt", target.id) ${older}`,
        { replacements, type: QueryTypes.SELECT },
      )
    : [];
  const size = reach && reach.n > 0 ? Math.min(Math.max(limit, reach.n + UNTIL_CONTEXT), UNTIL_MAX) : limit;
  const rows = await sequelize.query<MessageRow>(
    `SELECT m.* FROM "Messages" m WHERE m."ticketId" = :ticketId ${older}
     ORDER BY m."sentAt" DESC, m.id DESC LIMIT :limit`,
    { replacements: { ...replacements, limit: size + 1 }, type: QueryTypes.SELECT },
  );
  const messages = rows.slice(0, size);
  const last = messages[messages.length - 1];
  const nextCursor = rows.length > size && last ? encodeCursor([new Date(last.sentAt).toISOString(), Number(last.id)]) : null;
  return { messages, nextCursor };
}
