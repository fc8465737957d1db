import { insertQueue, type QueueFields, type QueueRow } from '../../db/queues.js';
import { domainEvents } from '../../events/bus.js';
import { lockAiAgentOfCompany } from '../aiAgents/lockAiAgentOfCompany.js';
import { findQueueInCompany } from './findQueueInCompany.js';
import { replaceQueueMembers, type QueueMembers } from './replaceQueueMembers.js';
import { inQueueTransaction } from './queueWrites.js';

export interface CreateQueueInput {
  companyId: number;
  fields: QueueFields & { name: string };
  members?: QueueMembers;
}

/** Creates a queue with its users and connections in one transaction; without a position it goes last. */
export function createQueue({ companyId, fields, members = {} }: CreateQueueInput): Promise<QueueRow> {
  return inQueueTransaction(async (transaction) => {
    await lockAiAgentOfCompany(transaction, companyId, fields.aiAgentId);
    const queueId = await insertQueue(transaction, companyId, fields);
    await replaceQueueMembers(companyId, queueId, members, transaction);
    const queue = await findQueueInCompany(companyId, queueId, transaction);
    domainEvents.publishAfterCommit(transaction, 'queue.created', { companyId, queue });
    return queue;
  });
}
