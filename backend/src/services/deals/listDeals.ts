import { listDealRows, type DealRow } from '../../db/deals.js';
import type { UserRecord } from '../../db/users.js';
import { dealFilter, decodeCursor, encodeCursor, type DealQuery } from './dealQuery.js';

/** One column's next page (`stageId`: position order) or a filtered list such as a contact's deals (newest first). */
export async function listDeals(
  actor: UserRecord,
  query: DealQuery & { cursor?: string; limit: number },
): Promise<{ deals: DealRow[]; nextCursor: string | null }> {
  const byPosition = query.stageId !== undefined;
  const rows = await listDealRows(dealFilter(actor, query), decodeCursor(query.cursor), query.limit + 1);
  const deals = rows.slice(0, query.limit);
  const last = deals[deals.length - 1];
  return { deals, nextCursor: rows.length > query.limit && last ? encodeCursor(last, byPosition) : null };
}
