import type { Transaction } from 'sequelize';
import { findContactRow, withTags, type ContactRecord } from '../../db/contacts.js';
import { AppError } from '../../errors/AppError.js';

/** A contact of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findContactInCompany(
  companyId: number,
  contactId: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<ContactRecord> {
  const row = await findContactRow(companyId, contactId, options);
  if (!row) throw AppError.notFound('ERR_CONTACT_NOT_FOUND', 'Contact not found');
  const [contact] = await withTags([row], options.transaction);
  return contact!;
}

/** The unique number indexes decide, not a check-then-insert race (db/contacts isNumberTaken). */
export const numberInUse = () => AppError.conflict('ERR_CONTACT_NUMBER_IN_USE', 'Another contact already has this number');
