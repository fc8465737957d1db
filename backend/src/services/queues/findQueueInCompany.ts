import type { Transaction } from 'sequelize';
import { selectQueues, type QueueRow } from '../../db/queues.js';
import { AppError } from '../../errors/AppError.js';

/** A queue of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findQueueInCompany(companyId: number, queueId: number, transaction?: Transaction, lock = false): Promise<QueueRow> {
  const [queue] = await selectQueues(companyId, { queueId, transaction, lock });
  if (!queue) throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  return queue;
}
