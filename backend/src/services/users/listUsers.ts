import { listUsersPage, type UserRecord } from '../../db/users.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';

export interface ListUsersInput {
  companyId: number;
  search?: string;
  cursor?: string;
  limit: number;
}

/** Users of one company ordered by name, keyset-paginated on (lower(name), id). */
export async function listUsers({ companyId, search, cursor, limit }: ListUsersInput): Promise<{ users: UserRecord[]; nextCursor: string | null }> {
  const after = cursor ? (decodeCursor(cursor, ['string', 'number']) as [string, number]) : undefined;
  const rows = await listUsersPage({ companyId, search, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([last.sortName, last.id]) : null;
  return { users: page.map(({ sortName: _sortName, ...user }) => user), nextCursor };
}
