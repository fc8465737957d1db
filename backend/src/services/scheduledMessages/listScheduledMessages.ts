import { listScheduledMessageRows, type ScheduledMessageRow, type ScheduledStatus } from '../../db/scheduledMessages.js';
import type { UserRecord } from '../../db/users.js';
import { scheduledAuthorFilter } from './scheduledMessageAccess.js';

/** Attendants list what they scheduled; supervisors and admins the whole company's (scheduledMessageAccess.ts). */
export function listScheduledMessages({
  actor,
  contactId,
  status,
  limit,
}: {
  actor: UserRecord;
  contactId?: number;
  status?: ScheduledStatus;
  limit: number;
}): Promise<ScheduledMessageRow[]> {
  return listScheduledMessageRows({ companyId: actor.companyId, userId: scheduledAuthorFilter(actor), contactId, status, limit });
}
