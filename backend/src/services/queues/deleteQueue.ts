import { ctx } from '../../context.js';
import { deleteQueueRow } from '../../db/queues.js';
import { domainEvents } from '../../events/bus.js';
import { findQueueInCompany } from './findQueueInCompany.js';

/**
 * Deletes a queue. Its memberships and quick replies go with it (ON DELETE CASCADE); its tickets stay and
 * lose their queue (ON DELETE SET NULL), landing among the pending tickets without a queue.
 */
export async function deleteQueue({ companyId, queueId }: { companyId: number; queueId: number }): Promise<void> {
  await ctx().sequelize.transaction(async (transaction) => {
    await findQueueInCompany(companyId, queueId, transaction, true);
    await deleteQueueRow(transaction, companyId, queueId);
    domainEvents.publishAfterCommit(transaction, 'queue.deleted', { companyId, queueId });
  });
}
