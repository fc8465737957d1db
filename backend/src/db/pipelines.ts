import type { Transaction } from 'sequelize';
import { exec, many, one, exists } from './sql.js';

// "Pipelines" and their "PipelineStages" (migration 0026): a company's ordered stages of a sale.

export type StageKind = 'open' | 'won' | 'lost';

export interface StageRow {
  id: number;
  companyId: number;
  pipelineId: number;
  name: string;
  color: string;
  position: number;
  kind: StageKind;
}

export interface PipelineRow {
  id: number;
  companyId: number;
  name: string;
  position: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  stages: StageRow[];
}

export interface StageInput {
  id?: number;
  name: string;
  color: string;
  kind: StageKind;
}

/** Every company starts with this one (the migration inserts the same for the companies that existed). */
export const DEFAULT_PIPELINE: { name: string; stages: StageInput[] } = {
  name: 'Vendas',
  stages: [
    { name: 'Novo lead', color: '#64748b', kind: 'open' },
    { name: 'Qualificado', color: '#0ea5e9', kind: 'open' },
    { name: 'Proposta', color: '#8b5cf6', kind: 'open' },
    { name: 'Negociação', color: '#f59e0b', kind: 'open' },
    { name: 'Ganho', color: '#22c55e', kind: 'won' },
    { name: 'Perdido', color: '#ef4444', kind: 'lost' },
  ],
};

const STAGE_COLUMNS = `s.id, s."companyId", s."pipelineId", s.name, s.color, s.position, s.kind`;

async function withStages(rows: Omit<PipelineRow, 'stages'>[], transaction?: Transaction): Promise<PipelineRow[]> {
  if (rows.length === 0) return [];
  const stages = await many<StageRow>(
    `SELECT ${STAGE_COLUMNS} FROM "PipelineStages" s WHERE s."pipelineId" IN (:ids) ORDER BY s.position, s.id`,
    { ids: rows.map((r) => r.id) },
    { transaction },
  );
  return rows.map((r) => ({ ...r, stages: stages.filter((s) => s.pipelineId === r.id) }));
}

export async function listPipelineRows(companyId: number): Promise<PipelineRow[]> {
  const rows = await many<Omit<PipelineRow, 'stages'>>(`SELECT * FROM "Pipelines" WHERE "companyId" = :companyId ORDER BY position, id`, { companyId });
  return withStages(rows);
}

export async function selectPipeline(
  companyId: number,
  id: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<PipelineRow | undefined> {
  const row = await one<Omit<PipelineRow, 'stages'>>(
    `SELECT * FROM "Pipelines" WHERE id = :id AND "companyId" = :companyId ${options.lock ? 'FOR UPDATE' : ''}`,
    { id, companyId },
    options,
  );
  return row ? (await withStages([row], options.transaction))[0] : undefined;
}

/** The company's first pipeline (the board's default). */
export async function firstPipelineId(companyId: number): Promise<number | undefined> {
  return (await one<{ id: number }>(`SELECT id FROM "Pipelines" WHERE "companyId" = :companyId ORDER BY position, id LIMIT 1`, { companyId }))?.id;
}

export async function selectStage(companyId: number, id: number, transaction?: Transaction): Promise<StageRow | undefined> {
  return one<StageRow>(`SELECT ${STAGE_COLUMNS} FROM "PipelineStages" s WHERE s.id = :id AND s."companyId" = :companyId`, { id, companyId }, { transaction });
}

/** Locks stage rows in id order (every mover takes them in the same order, so two moves never deadlock). */
export async function lockStages(transaction: Transaction, ids: number[]): Promise<void> {
  await many(`SELECT id FROM "PipelineStages" WHERE id IN (:ids) ORDER BY id FOR UPDATE`, { ids: [...new Set(ids)] }, { transaction });
}

export async function insertPipeline(transaction: Transaction, companyId: number, name: string): Promise<number> {
  const row = await one<{ id: number }>(
    `INSERT INTO "Pipelines" ("companyId", name, position)
     VALUES (:companyId, :name, (SELECT COALESCE(MAX(position) + 1, 0) FROM "Pipelines" WHERE "companyId" = :companyId)) RETURNING id`,
    { companyId, name },
    { transaction },
  );
  return row!.id;
}

export async function renamePipeline(transaction: Transaction, id: number, name: string | undefined): Promise<void> {
  await exec(`UPDATE "Pipelines" SET name = COALESCE(:name, name), "updatedAt" = now() WHERE id = :id`, { id, name: name ?? null }, { transaction });
}

/** The stages as listed, in that order: listed ids are updated, new ones inserted, unlisted ones deleted. */
export async function writeStages(transaction: Transaction, companyId: number, pipelineId: number, stages: StageInput[]): Promise<void> {
  const kept = stages.flatMap((s) => (s.id === undefined ? [] : [s.id]));
  await exec(
    `DELETE FROM "PipelineStages" WHERE "pipelineId" = :pipelineId AND NOT (id = ANY(ARRAY[:kept]::int[]))`,
    { pipelineId, kept: [0, ...kept] },
    { transaction },
  );
  for (const [position, stage] of stages.entries()) {
    if (stage.id === undefined)
      await exec(
        `INSERT INTO "PipelineStages" ("companyId", "pipelineId", name, color, position, kind) VALUES (:companyId, :pipelineId, :name, :color, :position, :kind)`,
        { companyId, pipelineId, name: stage.name, color: stage.color, position, kind: stage.kind },
        { transaction },
      );
    else
      await exec(
        `UPDATE "PipelineStages" SET name = :name, color = :color, position = :position, kind = :kind, "updatedAt" = now() WHERE id = :id AND "pipelineId" = :pipelineId`,
        { id: stage.id, pipelineId, name: stage.name, color: stage.color, position, kind: stage.kind },
        { transaction },
      );
  }
}

export async function insertDefaultPipeline(transaction: Transaction, companyId: number): Promise<number> {
  const id = await insertPipeline(transaction, companyId, DEFAULT_PIPELINE.name);
  await writeStages(transaction, companyId, id, DEFAULT_PIPELINE.stages);
  return id;
}

/** Whether any deal sits in one of these stages (ids) or, without ids, in the pipeline. */
export function stagesHoldDeals(pipelineId: number, stageIds?: number[], transaction?: Transaction): Promise<boolean> {
  return exists(
    `SELECT 1 FROM "Deals" WHERE "pipelineId" = :pipelineId ${stageIds ? 'AND "stageId" IN (:stageIds)' : ''} LIMIT 1`,
    { pipelineId, stageIds: stageIds && stageIds.length > 0 ? stageIds : [0] },
    { transaction },
  );
}

export async function countPipelines(companyId: number, transaction?: Transaction): Promise<number> {
  return Number((await one<{ n: string }>(`SELECT count(*) AS n FROM "Pipelines" WHERE "companyId" = :companyId`, { companyId }, { transaction }))!.n);
}

export async function deletePipelineRow(transaction: Transaction, id: number): Promise<void> {
  await exec(`DELETE FROM "Pipelines" WHERE id = :id`, { id }, { transaction });
}
