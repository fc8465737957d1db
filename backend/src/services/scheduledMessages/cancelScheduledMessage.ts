import { ctx } from '../../context.js';
import { cancelPendingScheduledMessage, type ScheduledMessageRow } from '../../db/scheduledMessages.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { assertPending, findVisibleScheduledMessage, reloadScheduledMessage } from './scheduledMessageAccess.js';

/**
 * Cancels a pending scheduled message, under the row lock the claim at due time takes: it is either cancelled
 * before (never sent; its alarm finds it cancelled) or already claimed (409). The row stays, for the list.
 */
export function cancelScheduledMessage({ actor, id }: { actor: UserRecord; id: number }): Promise<ScheduledMessageRow> {
  const { companyId } = actor;
  return ctx().sequelize.transaction(async (transaction) => {
    const current = await findVisibleScheduledMessage(actor, id, { transaction, lock: true });
    assertPending(current);
    await cancelPendingScheduledMessage(transaction, id);
    const cancelled = await reloadScheduledMessage(companyId, id, transaction);
    domainEvents.publishAfterCommit(transaction, 'scheduledMessage.changed', { companyId, action: 'updated', scheduledMessage: cancelled });
    return cancelled;
  });
}
