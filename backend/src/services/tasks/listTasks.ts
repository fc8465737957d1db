import { listTaskRows, type TaskRow } from '../../db/tasks.js';
import type { UserRecord } from '../../db/users.js';
import { taskInvolvingFilter } from './taskAccess.js';

export interface TaskQuery {
  /** mine: assigned to the caller (the default); all: everything the caller may see. */
  scope: 'mine' | 'all';
  status?: 'open' | 'done';
  dealId?: number;
  contactId?: number;
}

/** Open tasks soonest due first (the overdue ones on top), then the done ones; the screen groups them by day. */
export function listTasks(actor: UserRecord, q: TaskQuery): Promise<TaskRow[]> {
  return listTaskRows({
    companyId: actor.companyId,
    assigneeId: q.scope === 'mine' ? actor.id : undefined,
    involving: q.scope === 'all' ? taskInvolvingFilter(actor) : undefined,
    status: q.status,
    dealId: q.dealId,
    contactId: q.contactId,
    limit: 500,
  });
}
