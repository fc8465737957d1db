import type { StageInput } from '../../db/pipelines.js';
import { AppError } from '../../errors/AppError.js';

// What a pipeline's stages must be: at least one open stage (where new deals land), at most one won and one
// lost stage (the board's totals and the reports read "the" won and lost column).
export function assertStages(stages: StageInput[]): void {
  if (!stages.some((s) => s.kind === 'open')) throw AppError.badRequest('ERR_PIPELINE_NEEDS_OPEN_STAGE', 'A pipeline needs at least one open stage');
  for (const kind of ['won', 'lost'] as const)
    if (stages.filter((s) => s.kind === kind).length > 1)
      throw AppError.badRequest('ERR_PIPELINE_TERMINAL_STAGES', 'A pipeline has at most one won and one lost stage');
}
