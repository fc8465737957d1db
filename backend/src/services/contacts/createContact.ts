import { ctx } from '../../context.js';
import { insertContact, isNumberTaken, type ContactRecord, type CustomField } from '../../db/contacts.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { normalizePhoneNumber } from '../../lib/phoneNumber.js';
import { findContactInCompany, numberInUse } from './findContactInCompany.js';
import { replaceContactTags } from './replaceContactTags.js';

export interface CreateContactInput {
  companyId: number;
  name: string;
  number: string;
  email?: string | null;
  extraInfo?: CustomField[];
  tagIds?: number[];
}

export const invalidNumber = () => AppError.badRequest('ERR_INVALID_PHONE_NUMBER', 'This is not a valid phone number');

export async function createContact(input: CreateContactInput): Promise<ContactRecord> {
  const number = normalizePhoneNumber(input.number);
  if (!number) throw invalidNumber();
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      const contactId = await insertContact(transaction, input.companyId, {
        name: input.name,
        number,
        email: input.email ?? null,
        extraInfo: input.extraInfo ?? [],
      });
      if (input.tagIds?.length) await replaceContactTags(input.companyId, contactId, input.tagIds, transaction);
      const contact = await findContactInCompany(input.companyId, contactId, { transaction });
      domainEvents.publishAfterCommit(transaction, 'contact.created', { companyId: input.companyId, contact });
      return contact;
    });
  } catch (err) {
    if (isNumberTaken(err)) throw numberInUse();
    throw err;
  }
}
