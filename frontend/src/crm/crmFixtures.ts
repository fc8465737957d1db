import type { DealBoard, DealView, PipelineView, TaskView } from './crmApi';

const at = '2026-12-01T12:00:00.000Z';

/** The default "Vendas" pipeline as the API answers it. */
export function makePipeline(overrides: Partial<PipelineView> = {}): PipelineView {
  const stage = (id: number, name: string, position: number, kind: 'open' | 'won' | 'lost' = 'open') => ({
    id,
    pipelineId: 1,
    name,
    color: '#64748b',
    position,
    kind,
  });
  return {
    id: 1,
    name: 'Vendas',
    position: 0,
    stages: [stage(11, 'Novo lead', 0), stage(12, 'Qualificado', 1), stage(13, 'Proposta', 2), stage(15, 'Ganho', 3, 'won'), stage(16, 'Perdido', 4, 'lost')],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

let nextId = 500;

export function makeDeal(overrides: Partial<DealView> = {}): DealView {
  nextId += 1;
  return {
    id: nextId,
    title: `Negócio ${nextId}`,
    pipelineId: 1,
    stageId: 11,
    position: 0,
    value: 150000,
    contact: { id: 900, name: 'Maria Cliente', number: '5511999990000', leadScore: 85, leadBucket: 'hot' },
    owner: { id: 7, name: 'Ana Atendente' },
    expectedCloseAt: null,
    source: 'manual',
    ticketId: null,
    campaignId: null,
    lostReason: null,
    closedAt: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A board whose columns hold exactly the given deals (counts and totals summed from them). */
export function makeBoard(
  pipeline: PipelineView,
  deals: DealView[],
  more: Record<number, { count: number; total: number; nextCursor: string }> = {},
): DealBoard {
  return {
    pipelineId: pipeline.id,
    columns: pipeline.stages.map((stage) => {
      const mine = deals.filter((d) => d.stageId === stage.id).sort((a, b) => a.position - b.position);
      const extra = more[stage.id];
      return {
        stageId: stage.id,
        count: extra?.count ?? mine.length,
        total: extra?.total ?? mine.reduce((sum, d) => sum + d.value, 0),
        deals: mine,
        nextCursor: extra?.nextCursor ?? null,
      };
    }),
  };
}

export function makeTask(overrides: Partial<TaskView> = {}): TaskView {
  nextId += 1;
  return {
    id: nextId,
    title: `Tarefa ${nextId}`,
    dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    assignee: { id: 7, name: 'Ana Atendente' },
    deal: null,
    contact: null,
    done: false,
    doneAt: null,
    overdue: false,
    remindedAt: null,
    reminderSeenAt: null,
    createdBy: { id: 7, name: 'Ana Atendente' },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
