import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { normalizePhoneNumber } from '../../lib/phoneNumber.js';
import type { ContactRecord, CustomField } from '../../presenters/contact.js';
import { invalidNumber } from './CreateContactService.js';
import { findContactInCompany, isNumberTaken, numberInUse } from './contactRows.js';
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
      const sets: string[] = [];
      const bind: unknown[] = [contactId, companyId];
      const set = (column: string, value: unknown, cast = '') => {
        bind.push(value);
        sets.push(`${column} = $${bind.length}${cast}`);
      };
      if (changes.name !== undefined) set('name', changes.name);
      if (number !== undefined) set('number', number);
      if (changes.email !== undefined) set('email', changes.email);
      if (changes.extraInfo !== undefined) set('"extraInfo"', JSON.stringify(changes.extraInfo), '::jsonb');
      if (sets.length > 0) {
        await ctx().sequelize.query(`UPDATE "Contacts" SET ${sets.join(', ')}, "updatedAt" = now() WHERE id = $1 AND "companyId" = $2`, {
          bind,
          transaction,
        });
      }
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
