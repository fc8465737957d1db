import { ctx } from '../../context.js';
import { deleteDealRow, type DealRow } from '../../db/deals.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { visibleDeal } from './dealAccess.js';
import { closeGap, lockColumns } from './dealPlacement.js';

/** Removes the card and closes its column's gap (under the stage's lock, like a move). */
export async function deleteDeal(actor: UserRecord, id: number): Promise<DealRow> {
  const seen = await visibleDeal(actor, id);
  return ctx().sequelize.transaction(async (transaction) => {
    await lockColumns(transaction, [seen.stageId]);
    const deal = await visibleDeal(actor, id, { transaction, lock: true });
    await deleteDealRow(transaction, id);
    // The deal's stage cannot have changed unlocked: a move locks it too. If it had, its own stage is closed here.
    await lockColumns(transaction, [deal.stageId]);
    await closeGap(transaction, deal.stageId, deal.position);
    domainEvents.publishAfterCommit(transaction, 'deal.changed', { companyId: actor.companyId, action: 'deleted', deal });
    return deal;
  });
}
