import type { ScheduledMessageRow } from '../../db/scheduledMessages.js';
import type { UserRecord } from '../../db/users.js';
import { findVisibleScheduledMessage } from './scheduledMessageAccess.js';

/** One scheduled message the actor may see (404 otherwise). */
export function findScheduledMessage({ actor, id }: { actor: UserRecord; id: number }): Promise<ScheduledMessageRow> {
  return findVisibleScheduledMessage(actor, id);
}
