import { listContactsPage, withTags, type ContactRecord } from '../../db/contacts.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { findContactListInCompany } from '../contactLists/findContactListInCompany.js';

export interface ListContactsInput {
  companyId: number;
  /** Part of the name (any case, with or without accents), or part of the number (its digits, however typed). */
  search?: string;
  tagId?: number;
  /** Only the members of this contact list (another company's: 404). */
  contactListId?: number;
  blocked?: boolean;
  cursor?: string;
  limit: number;
}

/** Contacts of one company in name order, keyset-paginated on (lower(name), id): no OFFSET, no COUNT. */
export async function listContacts({ companyId, search, tagId, contactListId, blocked, cursor, limit }: ListContactsInput): Promise<{
  contacts: ContactRecord[];
  nextCursor: string | null;
}> {
  const after = cursor ? (decodeCursor(cursor, ['string', 'number']) as [string, number]) : undefined;
  if (contactListId !== undefined) await findContactListInCompany(companyId, contactListId);
  const rows = await listContactsPage({ companyId, search, tagId, contactListId, blocked, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([last.sortName, last.id]) : null;
  return { contacts: await withTags(page.map(({ sortName: _sortName, ...row }) => row)), nextCursor };
}
