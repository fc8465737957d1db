import { ctx } from '../../context.js';
import { countPipelines, deletePipelineRow, stagesHoldDeals, type PipelineRow } from '../../db/pipelines.js';
import { AppError } from '../../errors/AppError.js';
import { findPipeline } from './findPipeline.js';

/** Only an empty pipeline goes, and never the company's last one (the board always has one to show). */
export async function deletePipeline(companyId: number, id: number): Promise<PipelineRow> {
  return ctx().sequelize.transaction(async (transaction) => {
    const pipeline = await findPipeline(companyId, id, { transaction, lock: true });
    if (await stagesHoldDeals(id, undefined, transaction)) throw AppError.conflict('ERR_PIPELINE_HAS_DEALS', 'Move or delete its deals first');
    if ((await countPipelines(companyId, transaction)) <= 1) throw AppError.conflict('ERR_PIPELINE_LAST', 'The company keeps at least one pipeline');
    await deletePipelineRow(transaction, id);
    return pipeline;
  });
}
