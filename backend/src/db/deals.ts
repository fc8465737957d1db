import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// "Deals" (migration 0026): cards on a pipeline's kanban. The statements of the board, the lists and the moves;
// the moves' callers hold the locks of the stages involved (services/deals/moveDeal.ts).

export type DealSource = 'ticket' | 'campaign' | 'manual';

export interface DealRow {
  id: number;
  companyId: number;
  pipelineId: number;
  stageId: number;
  position: number;
  title: string;
  value: string | number;
  contactId: number | null;
  contactName: string | null;
  contactNumber: string | null;
  contactLeadScore: number | null;
  ownerId: number | null;
  ownerName: string | null;
  expectedCloseAt: Date | string | null;
  source: DealSource;
  ticketId: number | null;
  campaignId: number | null;
  lostReason: string | null;
  closedAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const SELECT_VIEW = `SELECT d.id, d."companyId", d."pipelineId", d."stageId", d.position, d.title, d.value, d."contactId",
    c.name AS "contactName", c.number AS "contactNumber", c."leadScore" AS "contactLeadScore", d."ownerId", u.name AS "ownerName",
    d."expectedCloseAt", d.source, d."ticketId", d."campaignId", d."lostReason", d."closedAt", d."createdAt", d."updatedAt"
  FROM "Deals" d
  LEFT JOIN "Contacts" c ON c.id = d."contactId"
  LEFT JOIN "Users" u ON u.id = d."ownerId"`;

export function selectDeal(companyId: number, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<DealRow | undefined> {
  return one(`${SELECT_VIEW} WHERE d.id = :id AND d."companyId" = :companyId ${options.lock ? 'FOR UPDATE OF d' : ''}`, { id, companyId }, options);
}

/** What the board and the lists filter by; `ownerId` is also how an attendant's view is narrowed to their own. */
export interface DealFilter {
  companyId: number;
  pipelineId?: number;
  stageId?: number;
  ownerId?: number;
  /** Lead score range of the deal's contact (a bucket). */
  score?: { min: number; max: number };
  search?: string;
  contactId?: number;
}

function conditions(f: DealFilter): string {
  const where = ['d."companyId" = :companyId'];
  if (f.pipelineId !== undefined) where.push('d."pipelineId" = :pipelineId');
  if (f.stageId !== undefined) where.push('d."stageId" = :stageId');
  if (f.ownerId !== undefined) where.push('d."ownerId" = :ownerId');
  if (f.contactId !== undefined) where.push('d."contactId" = :contactId');
  if (f.score) where.push('d."contactId" IN (SELECT id FROM "Contacts" WHERE "companyId" = :companyId AND "leadScore" BETWEEN :scoreMin AND :scoreMax)');
  if (f.search)
    where.push(
      `(d.title ILIKE :like OR d."contactId" IN (SELECT id FROM "Contacts" WHERE "companyId" = :companyId AND (name ILIKE :like OR number LIKE :like)))`,
    );
  return where.join(' AND ');
}

function params(f: DealFilter): Record<string, unknown> {
  return { ...f, scoreMin: f.score?.min, scoreMax: f.score?.max, like: f.search ? `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined };
}

/** Where a page starts: after this card of a column (position order), or after this id (newest-first lists). */
export type DealCursor = { position: number; id: number } | { id: number };

/** One page: a column's cards in position order (with `stageId`), otherwise the newest first. */
export function listDealRows(f: DealFilter, after: DealCursor | undefined, limit: number): Promise<DealRow[]> {
  const byPosition = f.stageId !== undefined;
  const where = [conditions(f)];
  if (after && 'position' in after) where.push('(d.position, d.id) > (:afterPosition, :afterId)');
  else if (after) where.push('d.id < :afterId');
  return many(`${SELECT_VIEW} WHERE ${where.join(' AND ')} ORDER BY ${byPosition ? 'd.position, d.id' : 'd.id DESC'} LIMIT :limit`, {
    ...params(f),
    afterPosition: after && 'position' in after ? after.position : undefined,
    afterId: after?.id,
    limit,
  });
}

/** Each stage's count and total value over the filtered deals (the board's column headers). */
export function stageTotals(f: DealFilter): Promise<{ stageId: number; count: string; total: string }[]> {
  return many(
    `SELECT d."stageId", count(*) AS count, COALESCE(sum(d.value), 0) AS total FROM "Deals" d WHERE ${conditions(f)} GROUP BY d."stageId"`,
    params(f),
  );
}

/** The first `limit` cards of every stage of the pipeline, one index range scan per column. */
export function firstPages(f: DealFilter & { pipelineId: number }, limit: number): Promise<DealRow[]> {
  return many(
    `SELECT x.* FROM "PipelineStages" s CROSS JOIN LATERAL (
       ${SELECT_VIEW} WHERE d."stageId" = s.id AND ${conditions(f)} ORDER BY d.position, d.id LIMIT :limit
     ) x WHERE s."pipelineId" = :pipelineId`,
    { ...params(f), limit },
  );
}

export interface DealFields {
  title: string;
  value: number;
  contactId: number | null;
  ownerId: number | null;
  expectedCloseAt: Date | null;
  source: DealSource;
  ticketId: number | null;
  campaignId: number | null;
}

export async function countInStage(transaction: Transaction, stageId: number): Promise<number> {
  return Number((await one<{ n: string }>(`SELECT count(*) AS n FROM "Deals" WHERE "stageId" = :stageId`, { stageId }, { transaction }))!.n);
}

/** Lets a move's shifts pass through transient duplicates; the unique index is checked at commit. */
export async function deferPositions(transaction: Transaction): Promise<void> {
  await exec(`SET CONSTRAINTS "Deals_stage_position" DEFERRED`, {}, { transaction });
}

/** Moves the cards of a stage from position `from` on (inclusive) up to `to` (exclusive; open when null) by `delta`. */
export async function shiftPositions(transaction: Transaction, stageId: number, from: number, to: number | null, delta: 1 | -1): Promise<void> {
  await exec(
    `UPDATE "Deals" SET position = position + :delta WHERE "stageId" = :stageId AND position >= :from ${to === null ? '' : 'AND position < :to'}`,
    { stageId, from, to, delta },
    { transaction },
  );
}

export async function insertDeal(
  transaction: Transaction,
  companyId: number,
  place: { pipelineId: number; stageId: number; position: number; closedAt: boolean; lostReason: string | null },
  fields: DealFields,
): Promise<number> {
  const row = await one<{ id: number }>(
    `INSERT INTO "Deals" ("companyId", "pipelineId", "stageId", position, title, value, "contactId", "ownerId", "expectedCloseAt", source, "ticketId", "campaignId", "lostReason", "closedAt")
     VALUES (:companyId, :pipelineId, :stageId, :position, :title, :value, :contactId, :ownerId, :expectedCloseAt, :source, :ticketId, :campaignId, :lostReason,
       CASE WHEN :closedAt THEN now() END) RETURNING id`,
    { companyId, ...place, ...fields },
    { transaction },
  );
  return row!.id;
}

/** Writes the deal's fields and place; `closed` says whether it now sits in a won/lost stage (closedAt kept if it already was). */
export async function updateDealRow(
  transaction: Transaction,
  id: number,
  row: Omit<DealFields, 'source' | 'ticketId' | 'campaignId'> & {
    pipelineId: number;
    stageId: number;
    position: number;
    lostReason: string | null;
    closed: boolean;
    stageChanged: boolean;
  },
): Promise<void> {
  await exec(
    `UPDATE "Deals" SET title = :title, value = :value, "contactId" = :contactId, "ownerId" = :ownerId, "expectedCloseAt" = :expectedCloseAt,
       "pipelineId" = :pipelineId, "stageId" = :stageId, position = :position, "lostReason" = :lostReason,
       "closedAt" = CASE WHEN NOT :closed THEN NULL WHEN :stageChanged OR "closedAt" IS NULL THEN now() ELSE "closedAt" END, "updatedAt" = now()
     WHERE id = :id`,
    { id, ...row },
    { transaction },
  );
}

export async function deleteDealRow(transaction: Transaction, id: number): Promise<void> {
  await exec(`DELETE FROM "Deals" WHERE id = :id`, { id }, { transaction });
}
