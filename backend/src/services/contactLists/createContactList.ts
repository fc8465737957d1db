import { ctx } from '../../context.js';
import { insertContactList, isContactListNameTaken, type ContactListRow } from '../../db/contactLists.js';
import { domainEvents } from '../../events/bus.js';
import { contactListNameInUse, findContactListInCompany } from './findContactListInCompany.js';

export async function createContactList({ companyId, name }: { companyId: number; name: string }): Promise<ContactListRow> {
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      const id = await insertContactList(transaction, companyId, name);
      domainEvents.publishAfterCommit(transaction, 'contactList.changed', { companyId, action: 'created', contactListId: id });
      return findContactListInCompany(companyId, id, { transaction });
    });
  } catch (err) {
    if (isContactListNameTaken(err)) throw contactListNameInUse();
    throw err;
  }
}
