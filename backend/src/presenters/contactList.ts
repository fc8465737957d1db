import type { ContactListView } from '@atende/contract';
import type { ContactListRow } from '../db/contactLists.js';
import { iso } from '../db/sql.js';

export function presentContactList(row: ContactListRow): ContactListView {
  return { id: row.id, name: row.name, size: row.size, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}
