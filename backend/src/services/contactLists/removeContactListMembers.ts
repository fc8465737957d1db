import { ctx } from '../../context.js';
import { removeContactListItems, type ContactListRow } from '../../db/contactLists.js';
import { domainEvents } from '../../events/bus.js';
import { findContactListInCompany } from './findContactListInCompany.js';

/** Takes contacts out of a list (ids that are not in it are ignored; the contacts themselves stay). */
export function removeContactListMembers(input: {
  companyId: number;
  id: number;
  contactIds: number[];
}): Promise<{ contactList: ContactListRow; removed: number }> {
  const { companyId, id, contactIds } = input;
  return ctx().sequelize.transaction(async (transaction) => {
    await findContactListInCompany(companyId, id, { transaction, lock: true });
    const removed = await removeContactListItems(transaction, id, contactIds);
    if (removed > 0) domainEvents.publishAfterCommit(transaction, 'contactList.changed', { companyId, action: 'updated', contactListId: id });
    return { contactList: await findContactListInCompany(companyId, id, { transaction }), removed };
  });
}
