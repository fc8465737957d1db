import type { Transaction } from 'sequelize';
import { AppError } from '../../errors/AppError.js';
import type { QueueRow } from '../../presenters/queue.js';
import { selectQueues } from './queueSelect.js';

/** A queue of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findQueueInCompany(companyId: number, queueId: number, transaction?: Transaction, lock = false): Promise<QueueRow> {
  const [queue] = await selectQueues(companyId, { where: ['q.id = :queueId'], replacements: { queueId }, transaction, lock });
  if (!queue) throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  return queue;
}
