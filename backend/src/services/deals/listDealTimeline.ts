import { selectTimeline, type TimelineRow } from '../../db/dealTimeline.js';
import type { UserRecord } from '../../db/users.js';
import { visibleDeal } from './dealAccess.js';

/** Newest first: stage changes, notes, the deal's tasks (created, done) and its contact's tickets. */
export async function listDealTimeline(actor: UserRecord, dealId: number): Promise<TimelineRow[]> {
  const deal = await visibleDeal(actor, dealId);
  return selectTimeline(deal, 500);
}
