import type { Transaction } from 'sequelize';
import { selectContactList, type ContactListRow } from '../../db/contactLists.js';
import { AppError } from '../../errors/AppError.js';

/** A list of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findContactListInCompany(
  companyId: number,
  id: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<ContactListRow> {
  const row = await selectContactList(companyId, id, options);
  if (!row) throw AppError.notFound('ERR_CONTACT_LIST_NOT_FOUND', 'Contact list not found');
  return row;
}

/** The unique index on (companyId, lower(name)) decides (db/contactLists isContactListNameTaken). */
export const contactListNameInUse = () => AppError.conflict('ERR_CONTACT_LIST_NAME_IN_USE', 'Another contact list already has this name');
