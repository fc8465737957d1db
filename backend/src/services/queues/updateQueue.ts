import { updateQueueRow, type QueueFields, type QueueRow } from '../../db/queues.js';
import { domainEvents } from '../../events/bus.js';
import { lockAiAgentOfCompany } from '../aiAgents/lockAiAgentOfCompany.js';
import { findQueueInCompany } from './findQueueInCompany.js';
import { replaceQueueMembers, type QueueMembers } from './replaceQueueMembers.js';
import { inQueueTransaction } from './queueWrites.js';

export interface UpdateQueueInput {
  companyId: number;
  queueId: number;
  fields: QueueFields;
  /** A list given here replaces the current one; an omitted list is left as it is. */
  members?: QueueMembers;
}

/** Changes a queue and replaces its member lists atomically: a bad id anywhere leaves everything as it was. */
export function updateQueue({ companyId, queueId, fields, members = {} }: UpdateQueueInput): Promise<QueueRow> {
  return inQueueTransaction(async (transaction) => {
    await lockAiAgentOfCompany(transaction, companyId, fields.aiAgentId);
    await findQueueInCompany(companyId, queueId, transaction, true);
    // updatedAt moves on member changes too: the queue as shown has changed.
    await updateQueueRow(transaction, companyId, queueId, fields);
    await replaceQueueMembers(companyId, queueId, members, transaction);
    const queue = await findQueueInCompany(companyId, queueId, transaction);
    domainEvents.publishAfterCommit(transaction, 'queue.updated', { companyId, queue });
    return queue;
  });
}
