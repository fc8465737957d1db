import type { Transaction } from 'sequelize';
import type { WeeklySchedule } from '../lib/businessHours.js';
import type { CloseReasonMode } from './closeReasons.js';
import { exec, exists, many, one } from './sql.js';

// "Queues": a company's departments, with the users who serve them ("UserQueues") and the connections whose
// customers may be routed to them ("WhatsappQueues"). Names are unique per company ("Queues_company_name").

/** The column's CHECK: how a queue's waiting tickets find an attendant. */
export const DISTRIBUTIONS = ['manual', 'round_robin', 'least_busy'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** A Queues row with its members, as read by selectQueues. */
export interface QueueRow {
  id: number;
  companyId: number;
  name: string;
  color: string;
  greetingMessage: string | null;
  outOfHoursMessage: string | null;
  /** null: the company's business hours (setting `businessHours`) apply. */
  schedules: WeeklySchedule | null;
  distribution: Distribution;
  position: number;
  /** The AI agent of the queue's new tickets, before the connection's; null: the connection's, if any. */
  aiAgentId: number | null;
  /** CSAT after closing this queue's tickets; null: the company's setting. */
  csatEnabled: boolean | null;
  /** Whether closing its tickets asks for a close reason (migration 0032). */
  closeReasonMode: CloseReasonMode;
  /** Users who serve the queue, ascending. */
  userIds: number[];
  /** Connections whose customers may be routed to the queue, ascending. */
  whatsappIds: number[];
  createdAt: Date | string;
  updatedAt: Date | string;
}

// A queue and its members in one statement: the ARRAY subqueries ride the primary keys of the join tables
// (and "UserQueues_queue"), so a list of queues costs one round trip, not one per queue.
const QUEUE_COLUMNS = `q.*,
  ARRAY(SELECT uq."userId" FROM "UserQueues" uq WHERE uq."queueId" = q.id ORDER BY 1) AS "userIds",
  ARRAY(SELECT wq."whatsappId" FROM "WhatsappQueues" wq WHERE wq."queueId" = q.id ORDER BY 1) AS "whatsappIds"`;

export interface QueueFilter {
  queueId?: number;
  queueIds?: number[];
  /** Only the queues this user serves. */
  userId?: number;
  /** Only the queues this connection routes to. */
  whatsappId?: number;
  transaction?: Transaction;
  /** Lock the queues' rows until the transaction ends. */
  lock?: boolean;
}

/** The company's queues (those matching every filter given) in display order: position, then name. */
export function selectQueues(companyId: number, filter: QueueFilter = {}): Promise<QueueRow[]> {
  const conditions = ['q."companyId" = :companyId'];
  if (filter.queueId !== undefined) conditions.push('q.id = :queueId');
  if (filter.queueIds !== undefined) conditions.push('q.id IN (:queueIds)');
  if (filter.userId !== undefined) conditions.push('EXISTS (SELECT 1 FROM "UserQueues" f WHERE f."queueId" = q.id AND f."userId" = :userId)');
  if (filter.whatsappId !== undefined) conditions.push('EXISTS (SELECT 1 FROM "WhatsappQueues" f WHERE f."queueId" = q.id AND f."whatsappId" = :whatsappId)');
  const lock = filter.lock && filter.transaction ? 'FOR UPDATE OF q' : '';
  const { queueId, queueIds, userId, whatsappId } = filter;
  return many(
    `SELECT ${QUEUE_COLUMNS} FROM "Queues" q WHERE ${conditions.join(' AND ')} ORDER BY q.position, lower(q.name), q.id ${lock}`,
    { companyId, queueId, queueIds, userId, whatsappId },
    { transaction: filter.transaction },
  );
}

/** The queue's own columns a caller may set (members go through replaceQueueMembers). */
export interface QueueFields {
  name?: string;
  color?: string;
  greetingMessage?: string | null;
  outOfHoursMessage?: string | null;
  /** null: follow the company's business hours. */
  schedules?: WeeklySchedule | null;
  distribution?: Distribution;
  position?: number;
  aiAgentId?: number | null;
  csatEnabled?: boolean | null;
  closeReasonMode?: CloseReasonMode;
}

const COLUMNS: Record<keyof QueueFields, string> = {
  name: 'name',
  color: 'color',
  greetingMessage: '"greetingMessage"',
  outOfHoursMessage: '"outOfHoursMessage"',
  schedules: 'schedules',
  distribution: 'distribution',
  position: 'position',
  aiAgentId: '"aiAgentId"',
  csatEnabled: '"csatEnabled"',
  closeReasonMode: '"closeReasonMode"',
};

interface Assignment {
  column: string;
  /** The SQL value expression, a named replacement. */
  value: string;
}

/**
 * Column/value pairs for the fields present (undefined = untouched, so the table's defaults apply on
 * insert), with their replacements. Column names come from the fixed map above, never from input.
 */
function queueAssignments(fields: QueueFields): { assignments: Assignment[]; replacements: Record<string, unknown> } {
  const assignments: Assignment[] = [];
  const replacements: Record<string, unknown> = {};
  for (const key of Object.keys(COLUMNS) as (keyof QueueFields)[]) {
    const value = fields[key];
    if (value === undefined) continue;
    if (key === 'schedules') {
      // SQL NULL (not JSON null) for "company default", so `schedules IS NULL` means what it says.
      assignments.push({ column: COLUMNS[key], value: `CAST(:f_${key} AS jsonb)` });
      replacements[`f_${key}`] = value === null ? null : JSON.stringify(value);
    } else {
      assignments.push({ column: COLUMNS[key], value: `:f_${key}` });
      replacements[`f_${key}`] = value;
    }
  }
  return { assignments, replacements };
}

/** A new queue with the fields given (the table's defaults for the others); without a position it goes last. */
export async function insertQueue(transaction: Transaction, companyId: number, fields: QueueFields & { name: string }): Promise<number> {
  const { assignments, replacements } = queueAssignments(fields);
  if (fields.position === undefined) {
    assignments.push({ column: 'position', value: `(SELECT COALESCE(MAX(position) + 1, 0) FROM "Queues" WHERE "companyId" = :companyId)` });
  }
  const row = await one<{ id: number }>(
    `INSERT INTO "Queues" ("companyId", ${assignments.map((a) => a.column).join(', ')})
       VALUES (:companyId, ${assignments.map((a) => a.value).join(', ')}) RETURNING id`,
    { ...replacements, companyId },
    { transaction },
  );
  return row!.id;
}

/** Writes the fields given; updatedAt moves even with none, since member changes change the queue as shown. */
export async function updateQueueRow(transaction: Transaction, companyId: number, queueId: number, fields: QueueFields): Promise<void> {
  const { assignments, replacements } = queueAssignments(fields);
  const sets = [...assignments.map((a) => `${a.column} = ${a.value}`), '"updatedAt" = now()'];
  await exec(
    `UPDATE "Queues" SET ${sets.join(', ')} WHERE id = :queueId AND "companyId" = :companyId`,
    { ...replacements, queueId, companyId },
    { transaction },
  );
}

/** Before an AI agent is deleted: the queues that used it fall back to their connections' agents; answers their ids. */
export async function detachAiAgentFromQueues(transaction: Transaction, companyId: number, aiAgentId: number): Promise<number[]> {
  const rows = await many<{ id: number }>(
    `UPDATE "Queues" SET "aiAgentId" = NULL, "updatedAt" = now() WHERE "companyId" = :companyId AND "aiAgentId" = :aiAgentId RETURNING id`,
    { companyId, aiAgentId },
    { transaction },
  );
  return rows.map((r) => r.id);
}

/** Memberships and quick replies go with it (ON DELETE CASCADE); its tickets stay, without a queue (SET NULL). */
export async function deleteQueueRow(transaction: Transaction, companyId: number, queueId: number): Promise<void> {
  await exec(`DELETE FROM "Queues" WHERE id = :queueId AND "companyId" = :companyId`, { queueId, companyId }, { transaction });
}

export function queueExists(companyId: number, queueId: number, transaction?: Transaction): Promise<boolean> {
  return exists(`SELECT 1 FROM "Queues" WHERE id = :queueId AND "companyId" = :companyId`, { queueId, companyId }, { transaction });
}

/**
 * Which of `queueIds` are the company's, key-share-locked (in id order) so they cannot be deleted before the
 * transaction ends.
 */
export async function lockCompanyQueues(transaction: Transaction, companyId: number, queueIds: number[]): Promise<Set<number>> {
  const rows = await many<{ id: number }>(
    `SELECT id FROM "Queues" WHERE "companyId" = :companyId AND id IN (:queueIds) ORDER BY id FOR KEY SHARE`,
    { companyId, queueIds },
    { transaction },
  );
  return new Set(rows.map((r) => r.id));
}

/** A queue's members of one kind: its users, or its connections. */
export type MemberKind = 'users' | 'whatsapps';
const MEMBERS = {
  users: { table: 'UserQueues', column: 'userId', owner: 'Users' },
  whatsapps: { table: 'WhatsappQueues', column: 'whatsappId', owner: 'Whatsapps' },
} as const;

/** Which of `ids` (users or connections) are the company's, key-share-locked against deletion until commit. */
export async function lockCompanyMembers(transaction: Transaction, kind: MemberKind, companyId: number, ids: number[]): Promise<Set<number>> {
  const rows = await many<{ id: number }>(
    `SELECT id FROM "${MEMBERS[kind].owner}" WHERE "companyId" = :companyId AND id IN (:ids) FOR KEY SHARE`,
    { companyId, ids },
    { transaction },
  );
  return new Set(rows.map((r) => r.id));
}

/** Makes `ids` the queue's exact members of that kind (ids already checked by lockCompanyMembers). */
export async function replaceQueueMembers(transaction: Transaction, kind: MemberKind, queueId: number, ids: number[]): Promise<void> {
  const { table, column } = MEMBERS[kind];
  await exec(`DELETE FROM "${table}" WHERE "queueId" = :queueId`, { queueId }, { transaction });
  if (ids.length === 0) return;
  await exec(`INSERT INTO "${table}" ("${column}", "queueId") SELECT unnest(ARRAY[:ids]::int[]), :queueId`, { ids, queueId }, { transaction });
}

/** The queues each connection serves, ascending, in one query (connections without queues get []). */
export async function queueIdsByWhatsapp(whatsappIds: number[]): Promise<Map<number, number[]>> {
  const byWhatsapp = new Map<number, number[]>(whatsappIds.map((id) => [id, []]));
  if (whatsappIds.length === 0) return byWhatsapp;
  const rows = await many<{ whatsappId: number; queueIds: number[] }>(
    `SELECT "whatsappId", array_agg("queueId" ORDER BY "queueId") AS "queueIds"
     FROM "WhatsappQueues" WHERE "whatsappId" IN (:whatsappIds) GROUP BY "whatsappId"`,
    { whatsappIds },
  );
  for (const row of rows) byWhatsapp.set(row.whatsappId, row.queueIds.map(Number));
  return byWhatsapp;
}

/**
 * Makes `queueIds` the exact set of queues a connection or a user serves (ids already checked); answers the
 * queues that gained or lost it.
 */
export async function replaceQueueLinksOf(transaction: Transaction, kind: MemberKind, memberId: number, queueIds: number[]): Promise<number[]> {
  const { table, column } = MEMBERS[kind];
  const removed = await many<{ queueId: number }>(
    `DELETE FROM "${table}" WHERE "${column}" = :memberId AND NOT ("queueId" = ANY(ARRAY[:keep]::int[])) RETURNING "queueId"`,
    { memberId, keep: queueIds.length ? queueIds : [0] },
    { transaction },
  );
  const added =
    queueIds.length === 0
      ? []
      : await many<{ queueId: number }>(
          `INSERT INTO "${table}" ("${column}", "queueId") SELECT :memberId, unnest(ARRAY[:queueIds]::int[])
           ON CONFLICT DO NOTHING RETURNING "queueId"`,
          { memberId, queueIds },
          { transaction },
        );
  return [...new Set([...removed, ...added].map((r) => r.queueId))];
}

/** The company's clock with the queue's own hours and text; `found` false when the queue is not the company's. */
export function queueHoursRow(
  companyId: number,
  queueId: number | null,
  transaction?: Transaction,
): Promise<{ timezone: string; schedules: WeeklySchedule | null; outOfHoursMessage: string | null; found: boolean } | undefined> {
  return one(
    `SELECT c.timezone, q.schedules, q."outOfHoursMessage", q.id IS NOT NULL AS found
     FROM "Companies" c LEFT JOIN "Queues" q ON q.id = :queueId AND q."companyId" = c.id
     WHERE c.id = :companyId`,
    { companyId, queueId },
    { transaction },
  );
}
