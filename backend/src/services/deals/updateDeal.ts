import { ctx } from '../../context.js';
import { updateDealRow, selectDeal, type DealRow } from '../../db/deals.js';
import { insertDealEvent } from '../../db/dealTimeline.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { allowedOwner, visibleDeal } from './dealAccess.js';
import { closeGap, lockColumns, lostReasonFor, MovedMeanwhile, openGap, reorder, retryWhenMoved, stageInCompany } from './dealPlacement.js';

export interface DealChanges {
  title?: string;
  value?: number;
  contactId?: number | null;
  ownerId?: number | null;
  expectedCloseAt?: Date | null;
  stageId?: number;
  position?: number;
  lostReason?: string | null;
}

/**
 * Edits and kanban moves. A move (`stageId` and/or `position`) locks the stages left and reached, in id order,
 * then re-reads the deal: if another session moved it in between, the whole step starts again with the fresh
 * place. Within a column the cards between the old and new place shift by one; across columns the old column
 * closes its gap and the new one opens one. Reaching a won/lost stage sets closedAt, leaving one clears it; a
 * lost stage requires `lostReason`. A stage change is written to the timeline.
 */
export function updateDeal(actor: UserRecord, id: number, changes: DealChanges): Promise<DealRow> {
  return retryWhenMoved(() => attemptUpdate(actor, id, changes));
}

async function attemptUpdate(actor: UserRecord, id: number, changes: DealChanges): Promise<DealRow> {
  const { companyId } = actor;
  const seen = await visibleDeal(actor, id);
  const target = await stageInCompany(companyId, changes.stageId ?? seen.stageId);
  if (changes.contactId) await findContactInCompany(companyId, changes.contactId);
  const ownerId = changes.ownerId === undefined ? seen.ownerId : await allowedOwner(actor, changes.ownerId);
  return ctx().sequelize.transaction(async (transaction) => {
    const moving = changes.stageId !== undefined || changes.position !== undefined;
    if (moving) await lockColumns(transaction, [seen.stageId, target.id]);
    const deal = await visibleDeal(actor, id, { transaction, lock: true });
    if (moving && deal.stageId !== seen.stageId) throw new MovedMeanwhile();
    const stageChanged = target.id !== deal.stageId;
    let position = deal.position;
    if (stageChanged) {
      await closeGap(transaction, deal.stageId, deal.position);
      position = await openGap(transaction, target.id, changes.position);
    } else if (changes.position !== undefined) {
      position = await reorder(transaction, deal.stageId, deal.position, changes.position);
    }
    await updateDealRow(transaction, id, {
      title: changes.title ?? deal.title,
      value: changes.value ?? Number(deal.value),
      contactId: changes.contactId === undefined ? deal.contactId : changes.contactId,
      ownerId,
      expectedCloseAt:
        changes.expectedCloseAt === undefined ? (deal.expectedCloseAt === null ? null : new Date(deal.expectedCloseAt)) : changes.expectedCloseAt,
      pipelineId: target.pipelineId,
      stageId: target.id,
      position,
      lostReason: lostReasonFor(target, changes.lostReason, deal.lostReason),
      closed: target.kind !== 'open',
      stageChanged,
    });
    if (stageChanged)
      await insertDealEvent(transaction, { companyId, dealId: id, kind: 'stageChanged', userId: actor.id, fromStageId: deal.stageId, toStageId: target.id });
    const updated = (await selectDeal(companyId, id, { transaction }))!;
    const previous = moving ? { stageId: deal.stageId, position: deal.position } : undefined;
    domainEvents.publishAfterCommit(transaction, 'deal.changed', { companyId, action: 'updated', deal: updated, previous, previousOwnerId: deal.ownerId });
    return updated;
  });
}
