import type { Transaction } from 'sequelize';
import { exec, many, one } from './sql.js';

// "Tasks" (migration 0026): follow-ups with a due time. "remindedAt" is the reminder's claim (once);
// "reminderSeenAt" (0029) when its assignee dismissed it from the bell.

export interface TaskRow {
  id: number;
  companyId: number;
  title: string;
  dueAt: Date | string;
  assigneeId: number | null;
  assigneeName: string | null;
  createdById: number | null;
  createdByName: string | null;
  dealId: number | null;
  dealTitle: string | null;
  contactId: number | null;
  contactName: string | null;
  doneAt: Date | string | null;
  remindedAt: Date | string | null;
  reminderSeenAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const SELECT_VIEW = `SELECT t.id, t."companyId", t.title, t."dueAt", t."assigneeId", a.name AS "assigneeName", t."createdById",
    cb.name AS "createdByName", t."dealId", d.title AS "dealTitle", t."contactId", c.name AS "contactName", t."doneAt",
    t."remindedAt", t."reminderSeenAt", t."createdAt", t."updatedAt"
  FROM "Tasks" t
  LEFT JOIN "Users" a ON a.id = t."assigneeId"
  LEFT JOIN "Users" cb ON cb.id = t."createdById"
  LEFT JOIN "Deals" d ON d.id = t."dealId"
  LEFT JOIN "Contacts" c ON c.id = t."contactId"`;

export function selectTask(companyId: number, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<TaskRow | undefined> {
  return one(`${SELECT_VIEW} WHERE t.id = :id AND t."companyId" = :companyId ${options.lock ? 'FOR UPDATE OF t' : ''}`, { id, companyId }, options);
}

/** Only by id (the reminder knows no company). */
export function selectTaskById(id: number): Promise<TaskRow | undefined> {
  return one(`${SELECT_VIEW} WHERE t.id = :id`, { id });
}

export interface TaskListQuery {
  companyId: number;
  /** Tasks assigned to or created by this user. */
  involving?: number;
  /** Tasks assigned to this user ("mine"). */
  assigneeId?: number;
  status?: 'open' | 'done';
  dealId?: number;
  contactId?: number;
  /** Open tasks whose reminder went out and was not dismissed yet (the bell after being offline). */
  unseenReminders?: boolean;
  limit: number;
}

/** Open ones soonest due first (overdue on top); done ones latest done first. */
export function listTaskRows(q: TaskListQuery): Promise<TaskRow[]> {
  const where = ['t."companyId" = :companyId'];
  if (q.involving !== undefined) where.push('(t."assigneeId" = :involving OR t."createdById" = :involving)');
  if (q.assigneeId !== undefined) where.push('t."assigneeId" = :assigneeId');
  if (q.status === 'open') where.push('t."doneAt" IS NULL');
  if (q.status === 'done') where.push('t."doneAt" IS NOT NULL');
  if (q.dealId !== undefined) where.push('t."dealId" = :dealId');
  if (q.contactId !== undefined) where.push('t."contactId" = :contactId');
  if (q.unseenReminders) where.push('t."remindedAt" IS NOT NULL AND t."reminderSeenAt" IS NULL AND t."doneAt" IS NULL');
  return many(`${SELECT_VIEW} WHERE ${where.join(' AND ')} ORDER BY (t."doneAt" IS NULL) DESC, t."dueAt" ASC, t.id LIMIT :limit`, { ...q });
}

export interface TaskFields {
  title: string;
  dueAt: Date;
  assigneeId: number | null;
  dealId: number | null;
  contactId: number | null;
}

export async function insertTask(transaction: Transaction, companyId: number, createdById: number, fields: TaskFields): Promise<number> {
  const row = await one<{ id: number }>(
    `INSERT INTO "Tasks" ("companyId", "createdById", title, "dueAt", "assigneeId", "dealId", "contactId")
     VALUES (:companyId, :createdById, :title, :dueAt, :assigneeId, :dealId, :contactId) RETURNING id`,
    { companyId, createdById, ...fields },
    { transaction },
  );
  return row!.id;
}

/**
 * Writes the fields; a new due time re-arms the reminder (remindedAt and reminderSeenAt cleared), done toggles
 * doneAt, `reminderSeen` marks a reminder that went out as dismissed (kept when it already was).
 */
export async function updateTaskRow(
  transaction: Transaction,
  id: number,
  fields: TaskFields & { done: boolean; dueChanged: boolean; reminderSeen: boolean },
): Promise<void> {
  await exec(
    `UPDATE "Tasks" SET title = :title, "dueAt" = :dueAt, "assigneeId" = :assigneeId, "dealId" = :dealId, "contactId" = :contactId,
       "doneAt" = CASE WHEN :done THEN COALESCE("doneAt", now()) END,
       "remindedAt" = CASE WHEN :dueChanged THEN NULL ELSE "remindedAt" END,
       "reminderSeenAt" = CASE WHEN :dueChanged THEN NULL WHEN :reminderSeen AND "remindedAt" IS NOT NULL THEN COALESCE("reminderSeenAt", now()) ELSE "reminderSeenAt" END,
       "updatedAt" = now()
     WHERE id = :id`,
    { id, ...fields },
    { transaction },
  );
}

export async function deleteTaskRow(transaction: Transaction, id: number): Promise<void> {
  await exec(`DELETE FROM "Tasks" WHERE id = :id`, { id }, { transaction });
}

/** The reminder's claim: once, when due, not done. Concurrent claimers serialise on the row; one gets it. */
export async function claimTaskReminder(id: number): Promise<boolean> {
  return (await exec(`UPDATE "Tasks" SET "remindedAt" = now() WHERE id = :id AND "remindedAt" IS NULL AND "doneAt" IS NULL AND "dueAt" <= now()`, { id })) > 0;
}

/** Tasks still to remind due before `horizon` (the sweep sets their alarms), soonest first. */
export function tasksToRemindBefore(horizon: Date, limit: number): Promise<{ id: number; dueAt: Date | string }[]> {
  return many(`SELECT id, "dueAt" FROM "Tasks" WHERE "remindedAt" IS NULL AND "doneAt" IS NULL AND "dueAt" < :horizon ORDER BY "dueAt" LIMIT :limit`, {
    horizon,
    limit,
  });
}

export async function taskDueAt(id: number): Promise<Date | undefined> {
  const row = await one<{ dueAt: Date }>(`SELECT "dueAt" FROM "Tasks" WHERE id = :id AND "remindedAt" IS NULL AND "doneAt" IS NULL`, { id });
  return row ? new Date(row.dueAt) : undefined;
}
