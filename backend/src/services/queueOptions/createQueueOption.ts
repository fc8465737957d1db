import { ctx } from '../../context.js';
import { insertQueueOption, type QueueOptionFields, type QueueOptionRecord } from '../../db/queueOptions.js';
import { announce, checkReferences, type QueueOptionInput } from './queueOptionRules.js';

/** A new option in a queue's menu; what it points at must be the company's. */
export function createQueueOption(companyId: number, input: QueueOptionInput): Promise<QueueOptionRecord> {
  const fields: QueueOptionFields = { parentId: null, message: null, targetQueueId: null, targetUserId: null, position: 0, ...input };
  return ctx().sequelize.transaction(async (transaction) => {
    await checkReferences(companyId, fields, null, transaction);
    const option = await insertQueueOption(transaction, companyId, fields);
    announce(transaction, companyId, 'created', option.queueId, option.id);
    return option;
  });
}
