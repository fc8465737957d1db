import type { MessageSearchHit } from '@atende/contract';
import { searchTicketMessages } from '../../db/messageSearch.js';
import { iso } from '../../db/sql.js';
import type { UserRecord } from '../../db/users.js';
import { visibleTicket } from '../tickets/visibleTicket.js';

/** A search answers a list to pick from, not an export: the newest hits are the ones people look for. */
const SEARCH_LIMIT = 50;

/**
 * Search inside one conversation: only a ticket the actor may see (its company, their queues, the
 * visibility settings: the rule of the history itself), so a search can reveal nothing the chat would not.
 */
export async function searchMessages(actor: UserRecord, ticketId: number, text: string): Promise<MessageSearchHit[]> {
  await visibleTicket(actor, ticketId);
  const rows = await searchTicketMessages(ticketId, text, SEARCH_LIMIT);
  return rows.map((row) => ({ id: Number(row.id), fromMe: row.fromMe, body: row.body, sentAt: iso(row.sentAt) }));
}
