import { listPipelineRows, type PipelineRow } from '../../db/pipelines.js';

/** Everyone of the company reads the pipelines (the board and the deal forms need them). */
export function listPipelines(companyId: number): Promise<PipelineRow[]> {
  return listPipelineRows(companyId);
}
