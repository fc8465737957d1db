import type { Transaction } from 'sequelize';
import { selectPipeline, type PipelineRow } from '../../db/pipelines.js';
import { AppError } from '../../errors/AppError.js';

/** One of the company's pipelines with its stages; another company's id is a 404 like a missing one. */
export async function findPipeline(companyId: number, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<PipelineRow> {
  const row = await selectPipeline(companyId, id, options);
  if (!row) throw AppError.notFound('ERR_PIPELINE_NOT_FOUND', 'Pipeline not found');
  return row;
}
