import { listTaskRows, type TaskRow } from '../../db/tasks.js';
import type { UserRecord } from '../../db/users.js';
import { taskInvolvingFilter } from './taskAccess.js';

export interface TaskQuery {
  /** mine: assigned to the caller (the default); all: everything the caller may see. */
  scope: 'mine' | 'all';
  status?: 'open' | 'done';
  dealId?: number;
  contactId?: number;
  /** unseen: the caller's open tasks whose reminder went out and was not dismissed (whatever the scope). */
  reminders?: 'unseen';
}

/** Open tasks soonest due first (the overdue ones on top), then the done ones; the screen groups them by day. */
export function listTasks(actor: UserRecord, q: TaskQuery): Promise<TaskRow[]> {
  return listTaskRows({
    companyId: actor.companyId,
    // A reminder is its assignee's alone: the bell asks for the caller's, whoever else's they may see.
    assigneeId: q.scope === 'mine' || q.reminders === 'unseen' ? actor.id : undefined,
    involving: q.scope === 'all' ? taskInvolvingFilter(actor) : undefined,
    unseenReminders: q.reminders === 'unseen',
    status: q.status,
    dealId: q.dealId,
    contactId: q.contactId,
    limit: 500,
  });
}
