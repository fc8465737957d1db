import { many } from './sql.js';
import type { PromptMessage } from './botPhase.js';

/**
 * The last `count` messages of a ticket, oldest first, as a model reads them (text, transcript, kind): what the
 * attendant's assist sends (a suggested reply, a summary). Deleted messages are left out.
 */
export async function recentConversation(ticketId: number, count: number): Promise<PromptMessage[]> {
  const rows = await many<PromptMessage>(
    `SELECT m.id::text AS id, m."fromMe", m.body, m."mediaType", m.transcript FROM "Messages" m
     WHERE m."ticketId" = :ticketId AND NOT m."isDeleted"
     ORDER BY m.id DESC LIMIT :count`,
    { ticketId, count },
  );
  return rows.reverse();
}
