import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { normalizePhoneNumber } from '../../lib/phoneNumber.js';
import type { ContactRecord, CustomField } from '../../presenters/contact.js';
import { findContactInCompany, isNumberTaken, numberInUse } from './contactRows.js';
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
      const [row] = await ctx().sequelize.query<{ id: number }>(
        `INSERT INTO "Contacts" ("companyId", name, number, email, "extraInfo") VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id`,
        {
          bind: [input.companyId, input.name, number, input.email ?? null, JSON.stringify(input.extraInfo ?? [])],
          type: QueryTypes.SELECT,
          transaction,
        },
      );
      if (input.tagIds?.length) await replaceContactTags(input.companyId, row!.id, input.tagIds, transaction);
      const contact = await findContactInCompany(input.companyId, row!.id, { transaction });
      domainEvents.publishAfterCommit(transaction, 'contact.created', { companyId: input.companyId, contact });
      return contact;
    });
  } catch (err) {
    if (isNumberTaken(err)) throw numberInUse();
    throw err;
  }
}
