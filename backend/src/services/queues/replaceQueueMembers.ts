import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';

export interface QueueMembers {
  /** Users who serve the queue; replaces the current list when given. */
  userIds?: number[];
  /** Connections routed to the queue; replaces the current list when given. */
  whatsappIds?: number[];
}

interface MemberTable {
  table: 'UserQueues' | 'WhatsappQueues';
  column: 'userId' | 'whatsappId';
  owner: 'Users' | 'Whatsapps';
  code: 'ERR_USER_NOT_FOUND' | 'ERR_WHATSAPP_NOT_FOUND';
  message: string;
}

const USERS: MemberTable = { table: 'UserQueues', column: 'userId', owner: 'Users', code: 'ERR_USER_NOT_FOUND', message: 'User not found' };
const WHATSAPPS: MemberTable = { table: 'WhatsappQueues', column: 'whatsappId', owner: 'Whatsapps', code: 'ERR_WHATSAPP_NOT_FOUND', message: 'Connection not found' };

/**
 * Every id must belong to the company: another company's user or connection is "not found" (404, the ids
 * in details), exactly like a missing one. FOR KEY SHARE keeps them from being deleted before we commit.
 */
async function assertOwned(spec: MemberTable, companyId: number, ids: number[], transaction: Transaction): Promise<void> {
  if (ids.length === 0) return;
  const rows = await ctx().sequelize.query<{ id: number }>(
    `SELECT id FROM "${spec.owner}" WHERE "companyId" = :companyId AND id IN (:ids) FOR KEY SHARE`,
    { replacements: { companyId, ids }, type: QueryTypes.SELECT, transaction },
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError(spec.code, 404, spec.message, { ids: missing });
}

async function replace(spec: MemberTable, companyId: number, queueId: number, ids: number[], transaction: Transaction): Promise<void> {
  await assertOwned(spec, companyId, ids, transaction);
  const { sequelize } = ctx();
  await sequelize.query(`DELETE FROM "${spec.table}" WHERE "queueId" = :queueId`, { replacements: { queueId }, transaction });
  if (ids.length === 0) return;
  await sequelize.query(`INSERT INTO "${spec.table}" ("${spec.column}", "queueId") SELECT unnest(ARRAY[:ids]::int[]), :queueId`, {
    replacements: { ids, queueId },
    transaction,
  });
}

/** Replaces the given member lists of a queue (inside the caller's transaction, with the queue locked). */
export async function replaceQueueMembers(companyId: number, queueId: number, members: QueueMembers, transaction: Transaction): Promise<void> {
  if (members.userIds) await replace(USERS, companyId, queueId, members.userIds, transaction);
  if (members.whatsappIds) await replace(WHATSAPPS, companyId, queueId, members.whatsappIds, transaction);
}
