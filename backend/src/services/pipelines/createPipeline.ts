import { ctx } from '../../context.js';
import { insertPipeline, writeStages, type PipelineRow, type StageInput } from '../../db/pipelines.js';
import { assertStages } from './pipelineRules.js';
import { findPipeline } from './findPipeline.js';

/** Admins add a pipeline with its ordered stages. */
export async function createPipeline(companyId: number, input: { name: string; stages: StageInput[] }): Promise<PipelineRow> {
  assertStages(input.stages);
  return ctx().sequelize.transaction(async (transaction) => {
    const id = await insertPipeline(transaction, companyId, input.name);
    await writeStages(transaction, companyId, id, input.stages);
    return findPipeline(companyId, id, { transaction });
  });
}
