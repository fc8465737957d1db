import { ctx } from '../../context.js';
import { isNumberTaken, updateContactColumns, type ContactRecord, type CustomField } from '../../db/contacts.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { normalizePhoneNumber } from '../../lib/phoneNumber.js';
import { invalidNumber } from './createContact.js';
import { findContactInCompany, numberInUse } from './findContactInCompany.js';
import { replaceContactTags } from './replaceContactTags.js';

export interface UpdateContactInput {
  companyId: number;
  contactId: number;
  changes: {
    name?: string;
    number?: string;
    email?: string | null;
    extraInfo?: CustomField[];
    tagIds?: number[];
    leadScore?: number | null;
    /** false: campaigns may reach the contact again; true: marked opted out now (kept if it already was). */
    optedOut?: boolean;
  };
}

export async function updateContact({ companyId, contactId, changes }: UpdateContactInput): Promise<ContactRecord> {
  const number = changes.number === undefined ? undefined : normalizePhoneNumber(changes.number);
  if (number === null) throw invalidNumber();
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      const current = await findContactInCompany(companyId, contactId, { transaction, lock: true });
      // A group's "number" is WhatsApp's group id: renumbering it would detach it from its chat.
      if (current.isGroup && number !== undefined && number !== current.number)
        throw AppError.badRequest('ERR_CONTACT_IS_GROUP', 'The number of a group cannot be changed');
      await updateContactColumns(transaction, companyId, contactId, {
        name: changes.name,
        number,
        email: changes.email,
        extraInfo: changes.extraInfo,
        leadScore: changes.leadScore,
        optedOut: changes.optedOut,
      });
      if (changes.tagIds !== undefined) await replaceContactTags(companyId, contactId, changes.tagIds, transaction);
      const contact = await findContactInCompany(companyId, contactId, { transaction });
      domainEvents.publishAfterCommit(transaction, 'contact.updated', { companyId, contact });
      return contact;
    });
  } catch (err) {
    if (isNumberTaken(err)) throw numberInUse();
    throw err;
  }
}
