import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { QueueOption } from '../chatbot/queueOptions.js';

export interface QueueOptionFields {
  queueId: number;
  parentId?: number | null;
  title: string;
  message?: string | null;
  targetQueueId?: number | null;
  targetUserId?: number | null;
  position?: number;
}

const COLUMNS = `id, "queueId", "parentId", title, message, "targetQueueId", "targetUserId", position`;
/** An option as COLUMNS read it: the chatbot's fields and the position among its siblings. */
type SavedOption = QueueOption & { position: number };

async function exists(sql: string, replacements: Record<string, unknown>, transaction: Transaction): Promise<boolean> {
  return (await ctx().sequelize.query(sql, { replacements, type: QueryTypes.SELECT, transaction })).length > 0;
}

/** Everything an option points at must be the company's, and a parent must sit in the same queue's tree. */
async function checkReferences(companyId: number, fields: QueueOptionFields, selfId: number | null, transaction: Transaction): Promise<void> {
  const r = { companyId, ...fields, selfId };
  if (!(await exists(`SELECT 1 FROM "Queues" WHERE id = :queueId AND "companyId" = :companyId`, r, transaction)))
    throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  if (fields.targetQueueId && !(await exists(`SELECT 1 FROM "Queues" WHERE id = :targetQueueId AND "companyId" = :companyId`, r, transaction)))
    throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  if (fields.targetUserId && !(await exists(`SELECT 1 FROM "Users" WHERE id = :targetUserId AND "companyId" = :companyId`, r, transaction)))
    throw AppError.notFound('ERR_USER_NOT_FOUND', 'User not found');
  if (!fields.parentId) return;
  // The parent, and none of its ancestors, may be the option itself (no loops in the tree).
  const [chain] = await ctx().sequelize.query<{ found: boolean; loops: boolean }>(
    `WITH RECURSIVE up AS (
       SELECT id, "parentId", "queueId" FROM "QueueOptions" WHERE id = :parentId AND "companyId" = :companyId
       UNION ALL SELECT o.id, o."parentId", o."queueId" FROM "QueueOptions" o JOIN up ON o.id = up."parentId")
     SELECT bool_or(id = :parentId AND "queueId" = :queueId) AS found, COALESCE(bool_or(id = :selfId), false) AS loops FROM up`,
    { replacements: r, type: QueryTypes.SELECT, transaction },
  );
  if (!chain?.found) throw AppError.notFound('ERR_QUEUE_OPTION_NOT_FOUND', 'Parent option not found in this queue');
  if (chain.loops) throw AppError.badRequest('ERR_QUEUE_OPTION_LOOP', 'An option cannot be inside itself');
}

export function createQueueOption(companyId: number, fields: QueueOptionFields): Promise<SavedOption> {
  const { sequelize } = ctx();
  return sequelize.transaction(async (transaction) => {
    await checkReferences(companyId, fields, null, transaction);
    const [row] = await sequelize.query<SavedOption>(
      `INSERT INTO "QueueOptions" ("companyId", "queueId", "parentId", title, message, "targetQueueId", "targetUserId", position)
       VALUES (:companyId, :queueId, :parentId, :title, :message, :targetQueueId, :targetUserId, :position) RETURNING ${COLUMNS}`,
      {
        replacements: { companyId, parentId: null, message: null, targetQueueId: null, targetUserId: null, position: 0, ...fields },
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    return row!;
  });
}

export function updateQueueOption(companyId: number, optionId: number, changes: Partial<QueueOptionFields>): Promise<SavedOption> {
  const { sequelize } = ctx();
  return sequelize.transaction(async (transaction) => {
    const [current] = await sequelize.query<SavedOption>(
      `SELECT ${COLUMNS} FROM "QueueOptions" WHERE id = :optionId AND "companyId" = :companyId FOR UPDATE`,
      { replacements: { optionId, companyId }, type: QueryTypes.SELECT, transaction },
    );
    if (!current) throw AppError.notFound('ERR_QUEUE_OPTION_NOT_FOUND', 'Option not found');
    const next = { ...current, ...changes };
    await checkReferences(companyId, next, optionId, transaction);
    const [row] = await sequelize.query<SavedOption>(
      `UPDATE "QueueOptions" SET "queueId" = :queueId, "parentId" = :parentId, title = :title, message = :message,
         "targetQueueId" = :targetQueueId, "targetUserId" = :targetUserId, position = :position, "updatedAt" = now()
       WHERE id = :optionId RETURNING ${COLUMNS}`,
      { replacements: { ...next, optionId }, type: QueryTypes.SELECT, transaction },
    );
    return row!;
  });
}
