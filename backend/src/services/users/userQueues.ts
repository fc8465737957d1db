import type { Transaction } from 'sequelize';
import { replaceQueueLinksOf, selectQueues } from '../../db/queues.js';
import { domainEvents } from '../../events/bus.js';

export { lockCompanyQueues } from '../whatsapps/whatsappQueues.js';

/**
 * Makes `queueIds` the exact set of queues the user serves, from the user form (ids already checked by
 * lockCompanyQueues, taken before the user's row lock: queue first, then user, the order of queue writes and
 * of distribution). Each queue that gained or lost the user is announced as a queue update after commit, as a
 * queue write would: socket rooms follow (realtime/queueRooms.ts) and waiting tickets are offered again.
 */
export async function replaceUserQueues(companyId: number, userId: number, queueIds: number[], transaction: Transaction): Promise<void> {
  const changed = await replaceQueueLinksOf(transaction, 'users', userId, queueIds);
  if (changed.length === 0) return;
  const queues = await selectQueues(companyId, { queueIds: changed, transaction });
  for (const queue of queues) domainEvents.publishAfterCommit(transaction, 'queue.updated', { companyId, queue });
}
