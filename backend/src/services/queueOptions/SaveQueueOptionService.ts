import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { queueExists } from '../../db/queues.js';
import { findQueueOptionForUpdate, insertQueueOption, parentChain, updateQueueOptionRow, type QueueOptionFields, type QueueOptionRecord } from '../../db/queueOptions.js';
import { userExistsInCompany } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';

/** What a caller gives for a new option: where it sits and what it says; the rest has defaults. */
export type QueueOptionInput = Pick<QueueOptionFields, 'queueId' | 'title'> & Partial<QueueOptionFields>;

/** Everything an option points at must be the company's, and a parent must sit in the same queue's tree. */
async function checkReferences(companyId: number, fields: QueueOptionFields, selfId: number | null, transaction: Transaction): Promise<void> {
  if (!(await queueExists(companyId, fields.queueId, transaction))) throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  if (fields.targetQueueId && !(await queueExists(companyId, fields.targetQueueId, transaction)))
    throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  if (fields.targetUserId && !(await userExistsInCompany(companyId, fields.targetUserId, transaction)))
    throw AppError.notFound('ERR_USER_NOT_FOUND', 'User not found');
  if (!fields.parentId) return;
  // The parent, and none of its ancestors, may be the option itself (no loops in the tree).
  const chain = await parentChain(transaction, { companyId, queueId: fields.queueId, parentId: fields.parentId, selfId });
  if (!chain.found) throw AppError.notFound('ERR_QUEUE_OPTION_NOT_FOUND', 'Parent option not found in this queue');
  if (chain.loops) throw AppError.badRequest('ERR_QUEUE_OPTION_LOOP', 'An option cannot be inside itself');
}

/** Announces a change of a queue's menu after commit (company room: open menu editors read it again). */
function announce(transaction: Transaction, companyId: number, action: 'created' | 'updated', queueId: number, queueOptionId: number): void {
  domainEvents.publishAfterCommit(transaction, 'queueOption.changed', { companyId, action, queueId, queueOptionId });
}

export function createQueueOption(companyId: number, input: QueueOptionInput): Promise<QueueOptionRecord> {
  const fields: QueueOptionFields = { parentId: null, message: null, targetQueueId: null, targetUserId: null, position: 0, ...input };
  return ctx().sequelize.transaction(async (transaction) => {
    await checkReferences(companyId, fields, null, transaction);
    const option = await insertQueueOption(transaction, companyId, fields);
    announce(transaction, companyId, 'created', option.queueId, option.id);
    return option;
  });
}

export function updateQueueOption(companyId: number, optionId: number, changes: Partial<QueueOptionFields>): Promise<QueueOptionRecord> {
  return ctx().sequelize.transaction(async (transaction) => {
    const current = await findQueueOptionForUpdate(transaction, companyId, optionId);
    if (!current) throw AppError.notFound('ERR_QUEUE_OPTION_NOT_FOUND', 'Option not found');
    const { id: _id, ...next } = { ...current, ...changes };
    await checkReferences(companyId, next, optionId, transaction);
    const option = await updateQueueOptionRow(transaction, optionId, next);
    // An option moved to another queue leaves the old queue's menu too.
    if (current.queueId !== option.queueId) announce(transaction, companyId, 'updated', current.queueId, optionId);
    announce(transaction, companyId, 'updated', option.queueId, optionId);
    return option;
  });
}
