import { ctx } from '../../context.js';
import { addContactListItems, companyContactIds, type ContactListRow } from '../../db/contactLists.js';
import { companyTagIds } from '../../db/tags.js';
import { domainEvents } from '../../events/bus.js';
import { AppError } from '../../errors/AppError.js';
import { findContactListInCompany } from './findContactListInCompany.js';

/**
 * Adds contacts to a list: the ones given, and every contact wearing one of the tags now (a snapshot: later tag
 * changes do not follow). Members already in are left as they are. Another company's contact or tag is a 404.
 */
export async function addContactListMembers(input: {
  companyId: number;
  id: number;
  contactIds: number[];
  tagIds: number[];
}): Promise<{ contactList: ContactListRow; added: number }> {
  const { companyId, id, contactIds, tagIds } = input;
  const known = await companyContactIds(companyId, contactIds);
  if (contactIds.some((c) => !known.has(c))) throw AppError.notFound('ERR_CONTACT_NOT_FOUND', 'Contact not found');
  const tags = await companyTagIds(companyId, tagIds);
  if (tagIds.some((t) => !tags.has(t))) throw AppError.notFound('ERR_TAG_NOT_FOUND', 'Tag not found');
  return ctx().sequelize.transaction(async (transaction) => {
    await findContactListInCompany(companyId, id, { transaction, lock: true });
    const added = await addContactListItems(transaction, id, companyId, contactIds, tagIds);
    if (added > 0) domainEvents.publishAfterCommit(transaction, 'contactList.changed', { companyId, action: 'updated', contactListId: id });
    return { contactList: await findContactListInCompany(companyId, id, { transaction }), added };
  });
}
