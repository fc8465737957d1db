import type { PipelineStageView, PipelineView } from '@atende/contract';
import type { PipelineRow, StageRow } from '../db/pipelines.js';
import { iso } from '../db/sql.js';

export function presentStage(row: StageRow): PipelineStageView {
  return { id: row.id, pipelineId: row.pipelineId, name: row.name, color: row.color, position: row.position, kind: row.kind };
}

export function presentPipeline(row: PipelineRow): PipelineView {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    stages: row.stages.map(presentStage),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
