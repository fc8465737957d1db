import { ctx } from '../../context.js';
import { deleteTaskRow, type TaskRow } from '../../db/tasks.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { visibleTask } from './taskAccess.js';

/** Gone with its reminder: the alarm, if it rings, finds no row to claim. */
export async function deleteTask(actor: UserRecord, id: number): Promise<TaskRow> {
  return ctx().sequelize.transaction(async (transaction) => {
    const task = await visibleTask(actor, id, { transaction, lock: true });
    await deleteTaskRow(transaction, id);
    domainEvents.publishAfterCommit(transaction, 'task.changed', { companyId: actor.companyId, action: 'deleted', task });
    return task;
  });
}
