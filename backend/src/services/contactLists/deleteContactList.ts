import { ctx } from '../../context.js';
import { deleteContactListRow, type ContactListRow } from '../../db/contactLists.js';
import { domainEvents } from '../../events/bus.js';
import { findContactListInCompany } from './findContactListInCompany.js';

/**
 * Deletes a list (its contacts stay). A campaign that named it keeps the id in its target: a draft then reaches
 * nobody through it, and a started one resolved its audience already.
 */
export function deleteContactList({ companyId, id }: { companyId: number; id: number }): Promise<ContactListRow> {
  return ctx().sequelize.transaction(async (transaction) => {
    const list = await findContactListInCompany(companyId, id, { transaction, lock: true });
    await deleteContactListRow(transaction, id);
    domainEvents.publishAfterCommit(transaction, 'contactList.changed', { companyId, action: 'deleted', contactListId: id, contactList: list });
    return list;
  });
}
