import { countBlockedMessage } from '../../db/inbound/contact.js';
import { insertIntoActiveTicket, seenChat, type InboundColumns } from '../../db/inbound/message.js';
import type { SavedRows } from '../../db/messages.js';

/**
 * Most inbound messages continue a conversation already going on: a known contact with nothing new to record,
 * and an active ticket on this connection. They need no transaction of four steps but one read (is it a
 * redelivery? who is it? which ticket?) and one statement that inserts the message and moves the ticket, which
 * is atomic by itself. Anything else (new contact, a push name or LID to record, no active ticket, the ticket
 * closed since the read, a redelivery racing in) answers `undefined`, and the caller takes the full path.
 */
export async function saveToActiveTicket(columns: InboundColumns, preview: string): Promise<SavedRows | null | undefined> {
  const seen = await seenChat(columns);
  if (seen?.known) return null; // a redelivery, or the echo of a reply Atende wrote before sending it
  // A blocked contact: dropped before anything is stored — no ticket, no event, so no notification, menu, AI or CSAT.
  if (seen?.contactId && seen.blocked) {
    await countBlockedMessage(seen.contactId, columns.fromMe);
    return null;
  }
  if (!seen?.contactId || !seen.ticketId) return undefined;
  // The contact upsert of the full path would change something: let it.
  const unchanged = seen.number === columns.number && (columns.lid === null || seen.lid === columns.lid) && !(seen.name === seen.number && columns.pushName);
  if (!unchanged) return undefined;

  const stored = await insertIntoActiveTicket(columns, { contactId: seen.contactId, ticketId: seen.ticketId, preview });
  if (!stored) return undefined; // closed meanwhile, or stored by a redelivery that raced in: the full path decides
  return { contact: { id: seen.contactId, name: seen.name, number: seen.number }, ticket: stored.ticket, message: stored.message, ticketCreated: false };
}
