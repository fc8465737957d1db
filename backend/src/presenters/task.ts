import type { TaskView } from '@atende/contract';
import type { TaskRow } from '../db/tasks.js';
import { iso } from '../db/sql.js';

const ref = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });

export function presentTask(row: TaskRow, now = Date.now()): TaskView {
  const dueAt = iso(row.dueAt);
  return {
    id: row.id,
    title: row.title,
    dueAt,
    assignee: ref(row.assigneeId, row.assigneeName),
    deal: row.dealId === null ? null : { id: row.dealId, title: row.dealTitle ?? '' },
    contact: ref(row.contactId, row.contactName),
    done: row.doneAt !== null,
    doneAt: iso(row.doneAt),
    overdue: row.doneAt === null && new Date(dueAt).getTime() < now,
    remindedAt: iso(row.remindedAt),
    reminderSeenAt: iso(row.reminderSeenAt),
    createdBy: ref(row.createdById, row.createdByName),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
