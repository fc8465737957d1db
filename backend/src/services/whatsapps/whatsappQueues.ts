import type { Transaction } from 'sequelize';
import { lockCompanyQueues as lockQueues, replaceQueueLinksOf, selectQueues } from '../../db/queues.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';

export { queueIdsByWhatsapp } from '../../db/queues.js';

/**
 * Every queue id must belong to the company: another company's queue is "not found" (404, the ids in
 * details), like a missing one. FOR KEY SHARE keeps them from being deleted before we commit; taking it
 * before the connection's row lock keeps the order of a queue write (queue, then connection), so the two
 * paths that link queues and connections cannot deadlock each other.
 */
export async function lockCompanyQueues(companyId: number, queueIds: number[], transaction: Transaction): Promise<void> {
  if (queueIds.length === 0) return;
  const found = await lockQueues(transaction, companyId, queueIds);
  const missing = queueIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError('ERR_QUEUE_NOT_FOUND', 404, 'Queue not found', { ids: missing });
}

/**
 * Makes `queueIds` the exact set of queues the connection serves (ids already checked by lockCompanyQueues).
 * Each queue that gained or lost the connection is announced as a queue update after commit, as a queue
 * write would: screens showing queue members stay right.
 */
export async function replaceWhatsappQueues(companyId: number, whatsappId: number, queueIds: number[], transaction: Transaction): Promise<void> {
  const changed = await replaceQueueLinksOf(transaction, 'whatsapps', whatsappId, queueIds);
  if (changed.length === 0) return;
  const queues = await selectQueues(companyId, { queueIds: changed, transaction });
  for (const queue of queues) domainEvents.publishAfterCommit(transaction, 'queue.updated', { companyId, queue });
}
