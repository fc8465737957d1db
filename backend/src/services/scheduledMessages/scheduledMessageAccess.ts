import type { Transaction } from 'sequelize';
import { selectScheduledMessage, type ScheduledMessageRow } from '../../db/scheduledMessages.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { seesEverything } from '../tickets/ticketVisibility.js';

// Who sees a scheduled message: its author, and whoever sees every ticket of the company (supervisors, admins,
// super admins) — the same people who will see the conversation it lands in, at least while the ticket is the
// author's. An attendant does not see a colleague's: a scheduled text is work in progress, like a draft, and
// listing every colleague's would show conversations the tickets rule hides from them.

/** The list's filter for this user: undefined (everything of the company) or their own id. */
export function scheduledAuthorFilter(actor: Pick<UserRecord, 'id' | 'profile' | 'super'>): number | undefined {
  return seesEverything(actor) ? undefined : actor.id;
}

/** The scheduled message when the actor may see it (and change it); 404 otherwise, as for a missing one. */
export async function findVisibleScheduledMessage(
  actor: UserRecord,
  id: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<ScheduledMessageRow> {
  const row = await selectScheduledMessage(actor.companyId, id, options);
  const author = scheduledAuthorFilter(actor);
  if (!row || (author !== undefined && row.userId !== author)) throw AppError.notFound('ERR_SCHEDULED_MESSAGE_NOT_FOUND', 'Scheduled message not found');
  return row;
}

/** The row as the event and the answer show it, re-read inside the transaction that changed it. */
export async function reloadScheduledMessage(companyId: number, id: number, transaction: Transaction): Promise<ScheduledMessageRow> {
  const row = await selectScheduledMessage(companyId, id, { transaction });
  return row!;
}

/** What can be scheduled: a moment still to come (a past one would go out at once, which "schedule" never means). */
export function assertInFuture(sendAt: Date): void {
  if (sendAt.getTime() <= Date.now()) throw AppError.badRequest('ERR_SCHEDULED_IN_PAST', 'The time to send must be in the future');
}

export function assertPending(row: ScheduledMessageRow): void {
  if (row.status !== 'pending')
    throw new AppError('ERR_SCHEDULED_MESSAGE_NOT_PENDING', 409, 'Only a scheduled message still pending can be changed', { status: row.status });
}
