import { ctx } from '../../context.js';
import { insertTask, selectTask, type TaskRow } from '../../db/tasks.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { setTaskAlarm } from './taskAlarms.js';
import { checkTaskLinks } from './taskLinks.js';

export interface CreateTaskInput {
  title: string;
  dueAt: Date;
  assigneeId?: number | null;
  dealId?: number | null;
  contactId?: number | null;
}

/** A follow-up, assigned to the creator unless someone else is named; on a deal it takes the deal's contact. */
export async function createTask(actor: UserRecord, input: CreateTaskInput): Promise<TaskRow> {
  const assigneeId = input.assigneeId === undefined ? actor.id : input.assigneeId;
  const { dealContactId } = await checkTaskLinks(actor, { ...input, assigneeId });
  const task = await ctx().sequelize.transaction(async (transaction) => {
    const id = await insertTask(transaction, actor.companyId, actor.id, {
      title: input.title,
      dueAt: input.dueAt,
      assigneeId,
      dealId: input.dealId ?? null,
      contactId: input.contactId ?? dealContactId,
    });
    const row = (await selectTask(actor.companyId, id, { transaction }))!;
    domainEvents.publishAfterCommit(transaction, 'task.changed', { companyId: actor.companyId, action: 'created', task: row });
    return row;
  });
  setTaskAlarm(task.id, new Date(task.dueAt));
  return task;
}
