import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { folded, foldedContains } from '../../lib/textSearch.js';
import type { ContactRecord } from '../../presenters/contact.js';
import { CONTACT_COLUMNS, withTags, type ContactRow } from './contactRows.js';

export interface ListContactsInput {
  companyId: number;
  /** Part of the name (any case, with or without accents), or part of the number (its digits, however typed). */
  search?: string;
  tagId?: number;
  cursor?: string;
  limit: number;
}

/**
 * Contacts of one company in name order, keyset-paginated on (lower(name), id): no OFFSET, no COUNT.
 * Search goes through the trigram indexes of migrations 0008 (number) and 0018 (name, folded).
 */
export async function listContacts({ companyId, search, tagId, cursor, limit }: ListContactsInput): Promise<{
  contacts: ContactRecord[];
  nextCursor: string | null;
}> {
  const bind: unknown[] = [companyId];
  const param = (value: unknown) => {
    bind.push(value);
    return `$${bind.length}`;
  };
  const conditions = ['c."companyId" = $1'];
  const text = search?.trim();
  if (text) {
    const byName = `${folded('c.name')} LIKE ${foldedContains(param(text))}`;
    const digits = text.replace(/\D/g, '');
    // "(11) 8765" finds 5511987654321: the number is matched on the digits typed, separators ignored.
    conditions.push(digits.length >= 3 ? `(${byName} OR c.number LIKE ${param(`%${digits}%`)})` : byName);
  }
  if (tagId !== undefined) {
    conditions.push(`EXISTS (SELECT 1 FROM "ContactTags" ct WHERE ct."contactId" = c.id AND ct."tagId" = ${param(tagId)})`);
  }
  if (cursor) {
    const [name, id] = decodeCursor(cursor, ['string', 'number']);
    conditions.push(`(lower(c.name), c.id) > (${param(name)}, ${param(id)})`);
  }
  const rows = await ctx().sequelize.query<ContactRow & { sortName: string }>(
    // The sort key comes from PostgreSQL itself, so the cursor matches its collation exactly.
    `SELECT ${CONTACT_COLUMNS}, lower(c.name) AS "sortName" FROM "Contacts" c
     WHERE ${conditions.join(' AND ')} ORDER BY lower(c.name), c.id LIMIT ${param(limit + 1)}`,
    { bind, type: QueryTypes.SELECT },
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([last.sortName, last.id]) : null;
  return { contacts: await withTags(page.map(({ sortName: _sortName, ...row }) => row)), nextCursor };
}
