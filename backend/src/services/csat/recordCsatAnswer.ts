import type { Transaction } from 'sequelize';
import { ticketAwaitingCsat, rateTicket } from '../../db/csat.js';
import { insertIntoRatedTicket, type InboundColumns } from '../../db/inbound/message.js';
import type { MessageRow, SavedRows } from '../../db/messages.js';
import { csatRating } from '../../lib/csatRating.js';
import { writeAutomaticMessage } from '../messages/writeAutomaticMessage.js';
import { getSettings } from '../settings/getSettings.js';
import { loadTicket } from '../tickets/loadTicket.js';

export interface CsatAnswer {
  /** The customer's message, stored in the rated ticket, as the inbound pipeline publishes it. */
  saved: SavedRows;
  /** The thanks, to queue once the transaction commits (null: the company thanks no one). */
  thanks: MessageRow | null;
}

/**
 * The inbound pipeline's CSAT step, inside its transaction, before any ticket is reopened or opened: when the
 * customer has no conversation going on on this connection, their latest closed ticket there awaits a rating
 * that has not expired, and the whole message is a rating (lib/csatRating.ts), the message is stored in that
 * ticket, the rating with it, and the thanks written — the ticket stays closed and no new one is opened.
 * Anything else (another text, media, an expired or answered question) answers null and takes the normal path.
 * The rating is written only where none is (rateTicket), so a redelivered "5" neither rates nor thanks twice.
 */
export async function recordCsatAnswer(
  transaction: Transaction,
  columns: InboundColumns & { body: string; mediaType: string },
  contact: { id: number; name: string; number: string },
): Promise<CsatAnswer | null> {
  if (columns.fromMe || columns.mediaType !== 'text') return null;
  const rating = csatRating(columns.body);
  if (rating === null) return null;
  const ticketId = await ticketAwaitingCsat(transaction, { companyId: columns.companyId, contactId: contact.id, whatsappId: columns.whatsappId });
  if (ticketId === undefined) return null;
  const message = await insertIntoRatedTicket(transaction, columns, { contactId: contact.id, ticketId });
  if (!message) return null;
  const ticket = await rateTicket(transaction, ticketId, rating);
  if (!ticket) return null;
  const settings = await getSettings(columns.companyId, transaction);
  const thanks = await writeAutomaticMessage(transaction, await loadTicket(columns.companyId, ticketId, { transaction }), settings.csatThanks);
  return { saved: { contact, ticket, message, ticketCreated: false }, thanks };
}
