import { jidDecode } from '@whiskeysockets/baileys';
import { ctx } from '../../context.js';
import { contactIdOfNumber, lockContactOfNumber } from '../../db/contactOfNumber.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { normalizePhoneNumber } from '../../lib/phoneNumber.js';
import { invalidNumber } from './createContact.js';
import { findContactInCompany } from './findContactInCompany.js';

/**
 * The contact a typed phone number reaches ("Nova conversa" with a number): normalised (the ninth-digit rule:
 * either form of a Brazilian mobile is one contact), the company's contact when it has one; otherwise WhatsApp is
 * asked first (`onWhatsApp`, through the connection that will write) so a typo or a landline without WhatsApp
 * never becomes a contact — 400 ERR_NUMBER_NOT_ON_WHATSAPP — and the contact is made with the number as
 * WhatsApp knows it (replies must reach that form).
 */
export async function ensureContactOnWhatsapp(companyId: number, whatsappId: number, typed: string): Promise<number> {
  const number = normalizePhoneNumber(typed);
  if (!number) throw invalidNumber();
  const known = await contactIdOfNumber(companyId, number);
  if (known !== undefined) return known;
  const sock = ctx().whatsappSessions.get(whatsappId)?.socket;
  if (!sock) throw AppError.conflict('ERR_WHATSAPP_DISCONNECTED', 'The connection is down; try again when it is back');
  const [found] = (await sock.onWhatsApp(number)) ?? [];
  if (!found?.exists) throw AppError.badRequest('ERR_NUMBER_NOT_ON_WHATSAPP', 'This number has no WhatsApp account', { number });
  const answered = jidDecode(found.jid)?.user;
  // WhatsApp's own form (an old account's 8-digit id, say) when it is the same person; ours otherwise.
  const waNumber = answered && normalizePhoneNumber(answered) === number ? answered : number;
  return ctx().sequelize.transaction(async (transaction) => {
    const contact = await lockContactOfNumber(transaction, companyId, waNumber);
    if (contact.isGroup) throw invalidNumber();
    if (contact.created) {
      const created = await findContactInCompany(companyId, contact.id, { transaction });
      domainEvents.publishAfterCommit(transaction, 'contact.created', { companyId, contact: created });
    }
    return contact.id;
  });
}
