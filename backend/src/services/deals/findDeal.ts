import type { DealRow } from '../../db/deals.js';
import type { UserRecord } from '../../db/users.js';
import { visibleDeal } from './dealAccess.js';

export function findDeal(actor: UserRecord, id: number): Promise<DealRow> {
  return visibleDeal(actor, id);
}
