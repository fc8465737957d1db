import { ctx } from '../../context.js';
import { renamePipeline, stagesHoldDeals, writeStages, type PipelineRow, type StageInput } from '../../db/pipelines.js';
import { AppError } from '../../errors/AppError.js';
import { assertStages } from './pipelineRules.js';
import { findPipeline } from './findPipeline.js';

/**
 * Renames the pipeline and/or rewrites its stages in the order given: a listed id keeps its deals (renamed,
 * recoloured, moved), an unlisted stage is removed — refused while deals sit in it (409), so no card is lost;
 * likewise a stage's kind (open/won/lost) changes only while it is empty.
 */
export async function updatePipeline(companyId: number, id: number, changes: { name?: string; stages?: StageInput[] }): Promise<PipelineRow> {
  return ctx().sequelize.transaction(async (transaction) => {
    const pipeline = await findPipeline(companyId, id, { transaction, lock: true });
    await renamePipeline(transaction, id, changes.name);
    if (changes.stages) {
      assertStages(changes.stages);
      const current = new Set(pipeline.stages.map((s) => s.id));
      const listed = changes.stages.flatMap((s) => (s.id === undefined ? [] : [s.id]));
      if (listed.some((s) => !current.has(s))) throw AppError.notFound('ERR_STAGE_NOT_FOUND', 'Stage not found');
      // Removed, or turned won/lost/open: either would leave its deals wrong (lost, or closed without closedAt).
      const kindOf = new Map(changes.stages.flatMap((s) => (s.id === undefined ? [] : [[s.id, s.kind] as const])));
      const emptied = pipeline.stages.filter((s) => kindOf.get(s.id) !== s.kind).map((s) => s.id);
      if (emptied.length > 0 && (await stagesHoldDeals(id, emptied, transaction)))
        throw AppError.conflict('ERR_STAGE_HAS_DEALS', 'Move the deals out of a stage before removing it or changing its kind');
      await writeStages(transaction, companyId, id, changes.stages);
    }
    return findPipeline(companyId, id, { transaction });
  });
}
