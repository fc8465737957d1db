import { ctx } from '../../context.js';
import { updatePendingScheduledMessage, type ScheduledMessageRow } from '../../db/scheduledMessages.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { assertInFuture, assertPending, findVisibleScheduledMessage, reloadScheduledMessage } from './scheduledMessageAccess.js';
import { setScheduledAlarm } from './scheduledAlarms.js';
import { connectionFor } from './scheduleMessage.js';

export interface ScheduledMessageChanges {
  body?: string;
  sendAt?: Date;
  whatsappId?: number;
}

/**
 * Edits a scheduled message while it is pending: under its row lock, the same the claim at due time takes, so
 * an edit lands either before the send (the new text goes out) or after it (409 ERR_SCHEDULED_MESSAGE_NOT_PENDING).
 * A new time sets a new alarm; the old one finds the row not yet due and does nothing.
 */
export async function changeScheduledMessage({
  actor,
  id,
  changes,
}: {
  actor: UserRecord;
  id: number;
  changes: ScheduledMessageChanges;
}): Promise<ScheduledMessageRow> {
  const { sequelize } = ctx();
  const { companyId } = actor;
  if (changes.sendAt) assertInFuture(changes.sendAt);
  const whatsappId = changes.whatsappId === undefined ? undefined : await connectionFor(companyId, changes.whatsappId);
  const row = await sequelize.transaction(async (transaction) => {
    const current = await findVisibleScheduledMessage(actor, id, { transaction, lock: true });
    assertPending(current);
    await updatePendingScheduledMessage(transaction, id, {
      contactId: current.contactId,
      whatsappId: whatsappId ?? current.whatsappId!,
      body: changes.body ?? current.body,
      sendAt: changes.sendAt ?? new Date(current.sendAt),
    });
    const changed = await reloadScheduledMessage(companyId, id, transaction);
    domainEvents.publishAfterCommit(transaction, 'scheduledMessage.changed', { companyId, action: 'updated', scheduledMessage: changed });
    return changed;
  });
  if (changes.sendAt) setScheduledAlarm(row.id, changes.sendAt);
  return row;
}
