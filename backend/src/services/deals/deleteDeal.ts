import { ctx } from '../../context.js';
import { deleteDealRow, type DealRow } from '../../db/deals.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { visibleDeal } from './dealAccess.js';
import { closeGap, lockColumns, MovedMeanwhile, retryWhenMoved } from './dealPlacement.js';

/** Removes the card and closes its column's gap (under the stage's lock, like a move). */
export function deleteDeal(actor: UserRecord, id: number): Promise<DealRow> {
  return retryWhenMoved(() => attemptDelete(actor, id));
}

async function attemptDelete(actor: UserRecord, id: number): Promise<DealRow> {
  const seen = await visibleDeal(actor, id);
  return ctx().sequelize.transaction(async (transaction) => {
    await lockColumns(transaction, [seen.stageId]);
    const deal = await visibleDeal(actor, id, { transaction, lock: true });
    if (deal.stageId !== seen.stageId) throw new MovedMeanwhile();
    await deleteDealRow(transaction, id);
    await closeGap(transaction, deal.stageId, deal.position);
    domainEvents.publishAfterCommit(transaction, 'deal.changed', { companyId: actor.companyId, action: 'deleted', deal });
    return deal;
  });
}
