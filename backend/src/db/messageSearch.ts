import { folded, foldedContains } from '../lib/textSearch.js';
import { many } from './sql.js';

export interface MessageSearchRow {
  id: number | string;
  fromMe: boolean;
  body: string;
  sentAt: Date | string;
}

/**
 * The messages of one ticket whose text holds `text`, accents and case ignored (the folded form the
 * Messages_body_folded_trgm index is built on), newest first. Deleted messages keep no findable text.
 */
export function searchTicketMessages(ticketId: number, text: string, limit: number): Promise<MessageSearchRow[]> {
  return many<MessageSearchRow>(
    `SELECT id, "fromMe", body, "sentAt" FROM "Messages"
     WHERE "ticketId" = :ticketId AND NOT "isDeleted" AND ${folded('body')} LIKE ${foldedContains(':text')}
     ORDER BY "sentAt" DESC, id DESC LIMIT :limit`,
    { ticketId, text, limit },
  );
}
