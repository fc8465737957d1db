import { firstPages, stageTotals, type DealRow } from '../../db/deals.js';
import { firstPipelineId } from '../../db/pipelines.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { findPipeline } from '../pipelines/findPipeline.js';
import { dealFilter, encodeCursor, type DealQuery } from './dealQuery.js';

export interface BoardColumn {
  stageId: number;
  count: number;
  total: number;
  deals: DealRow[];
  nextCursor: string | null;
}

/**
 * The kanban: every stage of the pipeline (the company's first by default) with its count and total over what
 * the caller may see with the filters, and its first page (`pageSize` cards; the rest through GET /api/deals
 * with the column's cursor). Two aggregate/index queries whatever the number of deals.
 */
export async function loadDealBoard(
  actor: UserRecord,
  query: Omit<DealQuery, 'stageId' | 'contactId'>,
  pageSize: number,
): Promise<{ pipelineId: number; columns: BoardColumn[] }> {
  const pipelineId = query.pipelineId ?? (await firstPipelineId(actor.companyId));
  if (pipelineId === undefined) throw AppError.notFound('ERR_PIPELINE_NOT_FOUND', 'Pipeline not found');
  const pipeline = await findPipeline(actor.companyId, pipelineId);
  const filter = { ...dealFilter(actor, query), pipelineId };
  const [totals, pages] = await Promise.all([stageTotals(filter), firstPages(filter, pageSize + 1)]);
  const columns = pipeline.stages.map((stage) => {
    const sum = totals.find((t) => t.stageId === stage.id);
    const rows = pages.filter((d) => d.stageId === stage.id);
    const deals = rows.slice(0, pageSize);
    const last = deals[deals.length - 1];
    return {
      stageId: stage.id,
      count: Number(sum?.count ?? 0),
      total: Number(sum?.total ?? 0),
      deals,
      nextCursor: rows.length > pageSize && last ? encodeCursor(last, true) : null,
    };
  });
  return { pipelineId, columns };
}
