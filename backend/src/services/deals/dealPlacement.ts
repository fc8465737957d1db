import type { Transaction } from 'sequelize';
import { countInStage, deferPositions, shiftPositions } from '../../db/deals.js';
import { lockStages, selectStage, type StageRow } from '../../db/pipelines.js';
import { AppError } from '../../errors/AppError.js';

// Positions are 0-based and unique per stage. Whoever changes a column first locks the stages involved, in id
// order (lockStages): two sessions moving cards at once queue on those rows and each sees the other's committed
// shifts, so no position is taken twice and no card falls out. The unique index is deferred during the shifts.

export async function stageInCompany(companyId: number, stageId: number, transaction?: Transaction): Promise<StageRow> {
  const stage = await selectStage(companyId, stageId, transaction);
  if (!stage) throw AppError.notFound('ERR_STAGE_NOT_FOUND', 'Stage not found');
  return stage;
}

export async function lockColumns(transaction: Transaction, stageIds: number[]): Promise<void> {
  await deferPositions(transaction);
  await lockStages(transaction, stageIds);
}

/** Opens a gap at `position` (clamped to the column; omitted: the top) for a card entering the stage; answers its place. */
export async function openGap(transaction: Transaction, stageId: number, position: number | undefined): Promise<number> {
  const place = Math.min(position ?? 0, await countInStage(transaction, stageId));
  await shiftPositions(transaction, stageId, place, null, 1);
  return place;
}

/** Closes the gap a card leaving `position` of the stage leaves behind. */
export async function closeGap(transaction: Transaction, stageId: number, position: number): Promise<void> {
  await shiftPositions(transaction, stageId, position + 1, null, -1);
}

/** Within one column: the neighbours between the old and the new place shift by one; answers the new place. */
export async function reorder(transaction: Transaction, stageId: number, from: number, to: number): Promise<number> {
  const place = Math.min(to, (await countInStage(transaction, stageId)) - 1);
  if (place < from) await shiftPositions(transaction, stageId, place, from, 1);
  if (place > from) await shiftPositions(transaction, stageId, from + 1, place + 1, -1);
  return place;
}

/** A deal in a 'lost' stage says why; elsewhere it has no reason. */
export function lostReasonFor(stage: StageRow, given: string | null | undefined, current: string | null): string | null {
  if (stage.kind !== 'lost') return null;
  const reason = given ?? current;
  if (!reason) throw AppError.badRequest('ERR_DEAL_LOST_REASON', 'Say why the deal was lost');
  return reason;
}

/** The card's stage changed between the read and the lock (another session moved it): read again and retry. */
export class MovedMeanwhile extends Error {}

/** Runs a step that locks the card's columns again while another session keeps moving it (bounded). */
export async function retryWhenMoved<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!(err instanceof MovedMeanwhile) || attempt >= 10) throw err;
    }
  }
}
