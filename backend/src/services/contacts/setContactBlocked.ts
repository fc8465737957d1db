import type { UserRecord } from '../../db/users.js';
import { ctx } from '../../context.js';
import { setContactBlockedAt, type ContactRecord } from '../../db/contacts.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { findContactInCompany } from './findContactInCompany.js';

/**
 * Blocks or unblocks a contact. Any user blocks (an attendant facing spam should not have to wait for a
 * supervisor); only admins and supervisors unblock, so one attendant cannot undo what the team decided.
 * Blocking leaves the contact's current ticket as it is (close it, without farewell, from the same screen): from
 * now on nothing they send is stored (whatsapp/inbound/saveInboundMessage.ts). Atende does not block the number
 * on WhatsApp itself: the phone keeps working as before, and unblocking here is all it takes to hear them again.
 */
export async function setContactBlocked({ actor, contactId, blocked }: { actor: UserRecord; contactId: number; blocked: boolean }): Promise<ContactRecord> {
  const { companyId } = actor;
  if (!blocked && actor.profile === 'user') throw AppError.forbidden('ERR_FORBIDDEN', 'Only admins and supervisors unblock a contact');
  return ctx().sequelize.transaction(async (transaction) => {
    await findContactInCompany(companyId, contactId, { transaction, lock: true });
    await setContactBlockedAt(transaction, companyId, contactId, blocked);
    const contact = await findContactInCompany(companyId, contactId, { transaction });
    domainEvents.publishAfterCommit(transaction, 'contact.updated', { companyId, contact });
    return contact;
  });
}
