import { ctx } from '../../context.js';
import { findQueueOptionForUpdate, updateQueueOptionRow, type QueueOptionFields, type QueueOptionRecord } from '../../db/queueOptions.js';
import { AppError } from '../../errors/AppError.js';
import { announce, checkReferences } from './queueOptionRules.js';

/** Changes an option; it may move within its queue's tree or to another queue, never inside itself. */
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
