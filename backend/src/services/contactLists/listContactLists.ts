import { listContactListRows, type ContactListRow } from '../../db/contactLists.js';

/** A company's lists are few: all of them, in name order, with their sizes. */
export function listContactLists({ companyId }: { companyId: number }): Promise<ContactListRow[]> {
  return listContactListRows(companyId);
}
