import { ctx } from '../../context.js';
import { selectTask, updateTaskRow, type TaskRow } from '../../db/tasks.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { setTaskAlarm } from './taskAlarms.js';
import { checkTaskLinks } from './taskLinks.js';
import { visibleTask } from './taskAccess.js';

export interface TaskChanges {
  title?: string;
  dueAt?: Date;
  assigneeId?: number | null;
  dealId?: number | null;
  contactId?: number | null;
  done?: boolean;
  /** The assignee dismissed its reminder from the bell. */
  reminderSeen?: boolean;
}

/** Edits, done/undone. A new due time re-arms the reminder (it rings again at the new time). */
export async function updateTask(actor: UserRecord, id: number, changes: TaskChanges): Promise<TaskRow> {
  await checkTaskLinks(actor, changes);
  const task = await ctx().sequelize.transaction(async (transaction) => {
    const before = await visibleTask(actor, id, { transaction, lock: true });
    const dueAt = changes.dueAt ?? new Date(before.dueAt);
    await updateTaskRow(transaction, id, {
      title: changes.title ?? before.title,
      dueAt,
      assigneeId: changes.assigneeId === undefined ? before.assigneeId : changes.assigneeId,
      dealId: changes.dealId === undefined ? before.dealId : changes.dealId,
      contactId: changes.contactId === undefined ? before.contactId : changes.contactId,
      done: changes.done ?? before.doneAt !== null,
      dueChanged: dueAt.getTime() !== new Date(before.dueAt).getTime(),
      // Only the assignee's own bell dismisses it: a supervisor editing the task leaves it waiting there.
      reminderSeen: changes.reminderSeen === true && before.assigneeId === actor.id,
    });
    const row = (await selectTask(actor.companyId, id, { transaction }))!;
    domainEvents.publishAfterCommit(transaction, 'task.changed', {
      companyId: actor.companyId,
      action: 'updated',
      task: row,
      previousAssigneeId: before.assigneeId,
    });
    return row;
  });
  if (task.remindedAt === null && task.doneAt === null) setTaskAlarm(task.id, new Date(task.dueAt));
  return task;
}
