import type Bull from 'bull';
import { claimTaskReminder, selectTaskById, taskDueAt, tasksToRemindBefore } from '../../db/tasks.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { createQueue } from '../../queues/createQueue.js';
import { queueSettled } from '../../queues/queueSettled.js';

// The tasks' reminders, as scheduled messages do it (services/scheduledMessages/scheduledAlarms.ts): one Bull
// delayed job per task and due time is only an alarm clock; the table is the truth. At the due time the row is
// claimed (remindedAt NULL → now(), only when due and not done), so the reminder goes out once whatever rang —
// the job, a duplicate job of another process, the sweep after a restart. The sweep (at boot and every minute)
// re-sets the alarms of the tasks due within the next HORIZON: what fell due while the process was down rings
// at once.

interface AlarmJob {
  taskId: number;
}

const HORIZON_MS = 15 * 60_000;
const SWEEP_EVERY_MS = 60_000;
const EARLY_TOLERANCE_MS = 2_000;

let current: Bull.Queue<AlarmJob> | undefined;
const adding = new Set<Promise<unknown>>();

/** Resolves once every alarm set so far has been added (tests). */
export function taskAlarmsSettled(timeoutMs = 30_000): Promise<void> {
  return queueSettled(current, adding, timeoutMs);
}

/** Sets the alarm of a committed task; never makes the caller wait on Redis (the sweep sets it later). */
export function setTaskAlarm(id: number, dueAt: Date): void {
  const queue = current;
  if (!queue) return;
  const added = queue
    .add({ taskId: id }, { jobId: `task:${id}:${dueAt.getTime()}`, delay: Math.max(0, dueAt.getTime() - Date.now()) })
    .catch((err: unknown) => logger.warn('task stored but its alarm not set; the sweep sets it', { id, err: String(err) }))
    .finally(() => adding.delete(added));
  adding.add(added);
}

async function remind(id: number): Promise<boolean> {
  if (!(await claimTaskReminder(id))) return false;
  const task = await selectTaskById(id);
  if (task) {
    domainEvents.publish('task.due', { companyId: task.companyId, task });
    domainEvents.publish('task.changed', { companyId: task.companyId, action: 'updated', task });
  }
  return true;
}

async function ring(id: number): Promise<void> {
  if (await remind(id)) return;
  // Not claimed: done, deleted, reminded already, moved to a later time — or rung a moment early.
  const dueAt = await taskDueAt(id);
  const wait = dueAt ? dueAt.getTime() - Date.now() : Infinity;
  if (wait <= EARLY_TOLERANCE_MS) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait) + 10));
    await remind(id);
  }
}

async function sweep(): Promise<void> {
  for (const row of await tasksToRemindBefore(new Date(Date.now() + HORIZON_MS), 1_000)) setTaskAlarm(row.id, new Date(row.dueAt));
}

/** Starts the alarms' queue and the sweep (now, then every minute). */
export function startTaskAlarms(): () => void {
  const queue = createQueue<AlarmJob>('task-reminders', { attempts: 8 });
  current = queue;
  void queue.process(2, (job) => ring(job.data.taskId));
  const run = () => void sweep().catch((err: unknown) => logger.warn('task reminders sweep failed', { err: String(err) }));
  run();
  const timer = setInterval(run, SWEEP_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (current === queue) current = undefined;
  };
}
