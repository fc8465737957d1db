import { iso } from '../../db/sql.js';
import { countMessagesDownTo, selectMessagePage, type MessageRow } from '../../db/messages.js';
import type { UserRecord } from '../../db/users.js';
import { visibleTicket } from '../tickets/visibleTicket.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';

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
export async function listMessages({
  actor,
  ticketId,
  before,
  limit,
  until,
}: ListMessagesInput): Promise<{ messages: MessageRow[]; nextCursor: string | null }> {
  await visibleTicket(actor, ticketId);
  const cursor = before ? decodeCursor(before, ['string', 'number']) : null;
  // With `until`, the page stretches down to that message (counted on the history index), plus some context.
  const reach = until ? await countMessagesDownTo(ticketId, until, cursor) : undefined;
  const size = reach && reach > 0 ? Math.min(Math.max(limit, reach + UNTIL_CONTEXT), UNTIL_MAX) : limit;
  const rows = await selectMessagePage(ticketId, cursor, size + 1);
  const messages = rows.slice(0, size);
  const last = messages[messages.length - 1];
  const nextCursor = rows.length > size && last ? encodeCursor([iso(last.sentAt), Number(last.id)]) : null;
  return { messages, nextCursor };
}
