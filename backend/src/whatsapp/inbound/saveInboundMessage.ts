import { ctx } from '../../context.js';
import { countBlockedMessage, upsertInboundContact } from '../../db/inbound/contact.js';
import { insertIntoContactsTicket, moveTicketByMessage, storedMessageId } from '../../db/inbound/message.js';
import type { SavedRows } from '../../db/messages.js';
import { recordCsatAnswer, type CsatAnswer } from '../../services/csat/recordCsatAnswer.js';
import { messagePreview } from '../../services/messages/messagePreview.js';
import { findOrOpenTicket } from './findOrOpenTicket.js';
import { saveToActiveTicket } from './saveToActiveTicket.js';
import type { InboundMessage } from './toInboundMessage.js';

/**
 * A message continuing a conversation takes the short path (saveToActiveTicket.ts). Otherwise: contact,
 * ticket and message in one transaction, each guarded by a unique index rather than a prior
 * check: a redelivered message id inserts nothing and returns null (no events), and two chats racing
 * for the same contact's ticket end up on one ticket.
 */
export async function saveInboundMessage(
  target: { companyId: number; whatsappId: number },
  inbound: InboundMessage,
  /** The encoded WhatsApp message, kept on media rows so a failed download can be retried. */
  raw: object | null = null,
): Promise<SavedRows | null> {
  const { media } = inbound;
  const base = {
    ...target,
    ...inbound,
    mediaStatus: media ? 'pending' : null,
    mimetype: media?.mimeType?.slice(0, 127) ?? null,
    fileName: media?.fileName?.slice(0, 255) ?? null,
    content: inbound.content ? JSON.stringify(inbound.content) : null,
    raw: raw ? JSON.stringify(raw) : null,
  };
  const continued = await saveToActiveTicket(base, messagePreview(inbound));
  if (continued !== undefined) return continued;
  let csat: CsatAnswer | null = null;
  const saved = await ctx().sequelize.transaction(async (transaction): Promise<SavedRows | null> => {
    // Dedupe first: a redelivery, or the echo of a reply Atende wrote before sending it, must not touch the
    // contact or — worse — open a new ticket for a conversation that was just closed with a farewell.
    if (await storedMessageId(transaction, target.whatsappId, inbound.wid)) return null;
    const contact = await upsertInboundContact(transaction, base);
    // Blocked (found here when the short path did not know the chat, e.g. by its LID): dropped, only counted.
    if (contact.blocked) {
      await countBlockedMessage(contact.id, inbound.fromMe, transaction);
      return null;
    }
    // A rating answering the CSAT question of the ticket just closed: stored there, neither reopening it nor
    // opening another (services/csat/recordCsatAnswer.ts).
    csat = await recordCsatAnswer(transaction, base, contact);
    if (csat) return csat.saved;
    const opened = await findOrOpenTicket(transaction, { companyId: target.companyId, contactId: contact.id, whatsappId: target.whatsappId });
    const message = await insertIntoContactsTicket(transaction, base, contact.id);
    if (!message) return null; // already stored: redelivery is a no-op
    const ticket = await moveTicketByMessage(transaction, base, { ticketId: message.ticketId, preview: messagePreview(inbound) });
    return { contact, ticket, message, ticketCreated: opened.created, ticketReopened: opened.reopened };
  });
  const thanks = (csat as CsatAnswer | null)?.thanks;
  if (thanks) ctx().outbound.enqueue(thanks.whatsappId!, thanks.id);
  return saved;
}
