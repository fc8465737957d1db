import type { ContactRecord } from '../../db/contacts.js';
import { updateContact } from './updateContact.js';

/** PUT /contacts/:id/tags: the attendant's "tag this customer" action, the tag list replaced as a whole. */
export function setContactTags({ companyId, contactId, tagIds }: { companyId: number; contactId: number; tagIds: number[] }): Promise<ContactRecord> {
  return updateContact({ companyId, contactId, changes: { tagIds } });
}
