import { ctx } from '../../context.js';
import { insertDealEvent, selectDealEvent, touchDeal, type TimelineRow } from '../../db/dealTimeline.js';
import type { UserRecord } from '../../db/users.js';
import { visibleDeal } from './dealAccess.js';

/** A note on the deal's timeline, by whoever may see the deal. */
export async function addDealNote(actor: UserRecord, dealId: number, body: string): Promise<TimelineRow> {
  return ctx().sequelize.transaction(async (transaction) => {
    await visibleDeal(actor, dealId, { transaction, lock: true });
    const eventId = await insertDealEvent(transaction, { companyId: actor.companyId, dealId, kind: 'note', userId: actor.id, body });
    await touchDeal(transaction, dealId);
    return (await selectDealEvent(dealId, eventId, transaction))!;
  });
}
