import type { Transaction } from 'sequelize';
import { selectTask, type TaskRow } from '../../db/tasks.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { seesEverything } from '../tickets/ticketVisibility.js';

// Who sees a task: attendants the tasks assigned to them or created by them (a task they hand to a colleague
// stays in their sight); supervisors, admins and super admins every task of the company. Seeing is editing.

/** Undefined (all of the company) or the user whose tasks (assigned or created) the caller is limited to. */
export function taskInvolvingFilter(actor: Pick<UserRecord, 'id' | 'profile' | 'super'>): number | undefined {
  return seesEverything(actor) ? undefined : actor.id;
}

export async function visibleTask(actor: UserRecord, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<TaskRow> {
  const row = await selectTask(actor.companyId, id, options);
  const involving = taskInvolvingFilter(actor);
  if (!row || (involving !== undefined && row.assigneeId !== involving && row.createdById !== involving))
    throw AppError.notFound('ERR_TASK_NOT_FOUND', 'Task not found');
  return row;
}
