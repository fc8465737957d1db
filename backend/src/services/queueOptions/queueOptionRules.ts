import type { Transaction } from 'sequelize';
import { queueExists } from '../../db/queues.js';
import { parentChain, type QueueOptionFields } from '../../db/queueOptions.js';
import { userExistsInCompany } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';

/** What a caller gives for a new option: where it sits and what it says; the rest has defaults. */
export type QueueOptionInput = Pick<QueueOptionFields, 'queueId' | 'title'> & Partial<QueueOptionFields>;

/** Everything an option points at must be the company's, and a parent must sit in the same queue's tree. */
export async function checkReferences(companyId: number, fields: QueueOptionFields, selfId: number | null, transaction: Transaction): Promise<void> {
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
export function announce(transaction: Transaction, companyId: number, action: 'created' | 'updated', queueId: number, queueOptionId: number): void {
  domainEvents.publishAfterCommit(transaction, 'queueOption.changed', { companyId, action, queueId, queueOptionId });
}
