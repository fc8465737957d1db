import type { Transaction } from 'sequelize';
import { many, one } from './sql.js';

// "QueueOptions" (migration 0013): the tree of a queue's menu. A leaf may file the ticket in another queue
// and/or with a given attendant; deleting an option deletes its sub-options (ON DELETE CASCADE).

/** An option as the menu editor reads and writes it. */
export interface QueueOptionRecord {
  id: number;
  queueId: number;
  /** null: on the menu's first level. */
  parentId: number | null;
  title: string;
  /** Said when the option is chosen (before its sub-options, if any). */
  message: string | null;
  targetQueueId: number | null;
  targetUserId: number | null;
  /** Order among its siblings (ties by id). */
  position: number;
}

export type QueueOptionFields = Omit<QueueOptionRecord, 'id'>;

const COLUMNS = `id, "queueId", "parentId", title, message, "targetQueueId", "targetUserId", position`;

/** The whole menu of a queue: parents before children, each level by position. */
export function listQueueOptions(companyId: number, queueId: number): Promise<QueueOptionRecord[]> {
  return many(
    `SELECT ${COLUMNS} FROM "QueueOptions"
     WHERE "queueId" = :queueId AND "companyId" = :companyId ORDER BY "parentId" NULLS FIRST, position, id`,
    { queueId, companyId },
  );
}

/** The option when it is the company's, locked until the transaction ends. */
export function findQueueOptionForUpdate(transaction: Transaction, companyId: number, optionId: number): Promise<QueueOptionRecord | undefined> {
  return one(`SELECT ${COLUMNS} FROM "QueueOptions" WHERE id = :optionId AND "companyId" = :companyId FOR UPDATE`, { optionId, companyId }, { transaction });
}

/**
 * Walks up from `parentId`: whether it is an option of the company in `queueId`'s tree, and whether the option
 * `selfId` is on the way (it would end up inside itself).
 */
export async function parentChain(
  transaction: Transaction,
  { companyId, queueId, parentId, selfId }: { companyId: number; queueId: number; parentId: number; selfId: number | null },
): Promise<{ found: boolean; loops: boolean }> {
  const chain = await one<{ found: boolean | null; loops: boolean }>(
    `WITH RECURSIVE up AS (
       SELECT id, "parentId", "queueId" FROM "QueueOptions" WHERE id = :parentId AND "companyId" = :companyId
       UNION ALL SELECT o.id, o."parentId", o."queueId" FROM "QueueOptions" o JOIN up ON o.id = up."parentId")
     SELECT bool_or(id = :parentId AND "queueId" = :queueId) AS found, COALESCE(bool_or(id = :selfId), false) AS loops FROM up`,
    { companyId, queueId, parentId, selfId },
    { transaction },
  );
  return { found: chain?.found === true, loops: chain?.loops === true };
}

export async function insertQueueOption(transaction: Transaction, companyId: number, fields: QueueOptionFields): Promise<QueueOptionRecord> {
  const row = await one<QueueOptionRecord>(
    `INSERT INTO "QueueOptions" ("companyId", "queueId", "parentId", title, message, "targetQueueId", "targetUserId", position)
     VALUES (:companyId, :queueId, :parentId, :title, :message, :targetQueueId, :targetUserId, :position) RETURNING ${COLUMNS}`,
    { ...fields, companyId },
    { transaction },
  );
  return row!;
}

/** Writes every field (the caller merged the changes into the current row). */
export async function updateQueueOptionRow(transaction: Transaction, optionId: number, fields: QueueOptionFields): Promise<QueueOptionRecord> {
  const row = await one<QueueOptionRecord>(
    `UPDATE "QueueOptions" SET "queueId" = :queueId, "parentId" = :parentId, title = :title, message = :message,
       "targetQueueId" = :targetQueueId, "targetUserId" = :targetUserId, position = :position, "updatedAt" = now()
     WHERE id = :optionId RETURNING ${COLUMNS}`,
    { ...fields, optionId },
    { transaction },
  );
  return row!;
}

/** Deletes the option (its sub-options with it); answers its queue, or undefined when it is not the company's. */
export function deleteQueueOptionRow(companyId: number, optionId: number): Promise<{ queueId: number } | undefined> {
  return one(`DELETE FROM "QueueOptions" WHERE id = :optionId AND "companyId" = :companyId RETURNING "queueId"`, { optionId, companyId });
}

/** An option as the chatbot reads it while a customer walks the menu. */
export type QueueOption = Omit<QueueOptionRecord, 'position'>;

/** The options shown at one level of a queue's menu (parentId null: the first level), in order. */
export function optionsAt(queueId: number, parentId: number | null): Promise<QueueOption[]> {
  return many<QueueOption>(
    `SELECT id, "queueId", "parentId", title, message, "targetQueueId", "targetUserId" FROM "QueueOptions"
     WHERE "queueId" = :queueId AND "parentId" ${parentId === null ? 'IS NULL' : '= :parentId'} ORDER BY position, id`,
    { queueId, parentId },
  );
}

export async function parentOf(optionId: number): Promise<number | null> {
  return (await one<{ parentId: number | null }>(`SELECT "parentId" FROM "QueueOptions" WHERE id = :optionId`, { optionId }))?.parentId ?? null;
}
