import { ctx } from '../../context.js';
import { isContactListNameTaken, renameContactList, type ContactListRow } from '../../db/contactLists.js';
import { domainEvents } from '../../events/bus.js';
import { contactListNameInUse, findContactListInCompany } from './findContactListInCompany.js';

/** Renames a list (its name is all there is to edit; members come and go through its /contacts). */
export async function updateContactList({ companyId, id, name }: { companyId: number; id: number; name: string }): Promise<ContactListRow> {
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      await findContactListInCompany(companyId, id, { transaction, lock: true });
      await renameContactList(transaction, id, name);
      domainEvents.publishAfterCommit(transaction, 'contactList.changed', { companyId, action: 'updated', contactListId: id });
      return findContactListInCompany(companyId, id, { transaction });
    });
  } catch (err) {
    if (isContactListNameTaken(err)) throw contactListNameInUse();
    throw err;
  }
}
