import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// "CloseReasons": why a company's tickets end ("Resolvido", "Spam", "Sem resposta"); a ticket keeps the reason
// of its latest close in "Tickets"."closeReasonId" (SET NULL when the reason is deleted). "Spam" and "spam" are
// one reason: unique index "CloseReasons_company_name" on lower(name).

export interface CloseReasonRecord {
  id: number;
  companyId: number;
  name: string;
  createdAt: Date;
  updatedAt: Date;
}

/** How a queue asks for a reason when its tickets close (the column's CHECK). */
export const CLOSE_REASON_MODES = ['none', 'optional', 'required'] as const;
export type CloseReasonMode = (typeof CLOSE_REASON_MODES)[number];

const COLUMNS = `id, "companyId", name, "createdAt", "updatedAt"`;

export function findCloseReason(companyId: number, id: number, transaction?: Transaction): Promise<CloseReasonRecord | undefined> {
  return one(`SELECT ${COLUMNS} FROM "CloseReasons" WHERE id = $1 AND "companyId" = $2`, [id, companyId], { transaction });
}

/** A company's reasons are a handful: the whole list in name order. */
export function selectCloseReasons(companyId: number): Promise<CloseReasonRecord[]> {
  return many(`SELECT ${COLUMNS} FROM "CloseReasons" WHERE "companyId" = $1 ORDER BY lower(name), id LIMIT 500`, [companyId]);
}

export async function insertCloseReason(companyId: number, name: string): Promise<CloseReasonRecord> {
  return (await one<CloseReasonRecord>(`INSERT INTO "CloseReasons" ("companyId", name) VALUES ($1, $2) RETURNING ${COLUMNS}`, [companyId, name]))!;
}

export function renameCloseReason(companyId: number, id: number, name: string): Promise<CloseReasonRecord | undefined> {
  return one(`UPDATE "CloseReasons" SET name = $3, "updatedAt" = now() WHERE id = $1 AND "companyId" = $2 RETURNING ${COLUMNS}`, [id, companyId, name]);
}

/** Whether a reason was deleted; the tickets closed with it keep no reason (ON DELETE SET NULL). */
export async function deleteCloseReasonRow(companyId: number, id: number): Promise<boolean> {
  const gone = await many(`DELETE FROM "CloseReasons" WHERE id = $1 AND "companyId" = $2 RETURNING id`, [id, companyId]);
  return gone.length > 0;
}

/** Whether a failed write hit the unique reason name of the company. */
export function isCloseReasonNameTaken(err: unknown): boolean {
  const original = (err as { original?: { code?: string; constraint?: string } } | null)?.original;
  return original?.code === '23505' && original.constraint === 'CloseReasons_company_name';
}

/** The close reason mode of the ticket's queue; a ticket without a queue is asked, never required. */
export async function closeReasonModeOf(transaction: Transaction, queueId: number | null): Promise<CloseReasonMode> {
  if (queueId === null) return 'optional';
  const row = await one<{ mode: CloseReasonMode }>(`SELECT "closeReasonMode" AS mode FROM "Queues" WHERE id = $1`, [queueId], { transaction });
  return row?.mode ?? 'optional';
}

/** Records the reason of the close just applied (null: none given). */
export async function setTicketCloseReason(transaction: Transaction, ticketId: number, closeReasonId: number | null): Promise<void> {
  await exec(`UPDATE "Tickets" SET "closeReasonId" = $2 WHERE id = $1 AND status <> 'closed'`, [ticketId, closeReasonId], { transaction });
}
