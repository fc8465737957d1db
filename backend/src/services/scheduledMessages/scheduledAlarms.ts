import type Bull from 'bull';
import { markScheduledMessagesSent, pendingScheduledMessagesBefore, scheduledMessageTiming, selectScheduledMessage } from '../../db/scheduledMessages.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { createQueue } from '../../queues/createQueue.js';
import { queueSettled } from '../../queues/queueSettled.js';
import { sendScheduledMessage } from './sendScheduledMessage.js';

// The alarm clock of scheduled messages: one Bull delayed job per row and time. The table is the truth; the
// alarms are only how a process learns that a row is due. The job id is derived from the row and its time, so
// setting the same alarm twice (after an edit back, by the sweep) adds nothing, and an edited time gets its own
// alarm (the old one finds the row not due and does nothing). The sweep — at boot and every minute — sets the
// alarms of the rows due within the next HORIZON (Redis lost, or the process was down at the time: what was
// due goes out at once), and marks "sent" the rows whose message WhatsApp took while no event said so.

interface AlarmJob {
  scheduledMessageId: number;
}

const HORIZON_MS = 15 * 60_000;
const SWEEP_EVERY_MS = 60_000;
/** An alarm a little early (clocks of Redis and PostgreSQL) waits this long at most rather than being lost. */
const EARLY_TOLERANCE_MS = 2_000;

let current: Bull.Queue<AlarmJob> | undefined;
const adding = new Set<Promise<unknown>>();

/** Resolves once every alarm due so far has rung (tests). */
export function scheduledAlarmsSettled(timeoutMs = 30_000): Promise<void> {
  return queueSettled(current, adding, timeoutMs);
}

/** Sets the alarm of a committed row; never makes the caller wait on Redis (the sweep sets it later). */
export function setScheduledAlarm(id: number, sendAt: Date): void {
  const queue = current;
  if (!queue) return;
  const added = queue
    .add({ scheduledMessageId: id }, { jobId: `scheduled:${id}:${sendAt.getTime()}`, delay: Math.max(0, sendAt.getTime() - Date.now()) })
    .catch((err: unknown) => logger.warn('scheduled message stored but its alarm not set; the sweep sets it', { id, err: String(err) }))
    .finally(() => adding.delete(added));
  adding.add(added);
}

async function ring(id: number): Promise<void> {
  if (await sendScheduledMessage(id)) return;
  // Not claimed: cancelled, sent, moved to a later time — or rung a moment early.
  const row = await scheduledMessageTiming(id);
  const wait = row && row.status === 'pending' ? new Date(row.sendAt).getTime() - Date.now() : Infinity;
  if (wait <= EARLY_TOLERANCE_MS) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait) + 10));
    await sendScheduledMessage(id);
  }
}

async function sweep(): Promise<void> {
  for (const row of await pendingScheduledMessagesBefore(new Date(Date.now() + HORIZON_MS), 1_000)) setScheduledAlarm(row.id, new Date(row.sendAt));
  await announceSent(await markScheduledMessagesSent());
}

async function announceSent(rows: { id: number; companyId: number }[]): Promise<void> {
  for (const { id, companyId } of rows) {
    const row = await selectScheduledMessage(companyId, id);
    if (row) domainEvents.publish('scheduledMessage.changed', { companyId, action: 'updated', scheduledMessage: row });
  }
}

/** Starts the alarms' queue, the sweep (now, then every minute) and the "sent" marking on acks. */
export function startScheduledAlarms(): () => void {
  const queue = createQueue<AlarmJob>('scheduled-messages', { attempts: 8 });
  current = queue;
  void queue.process(2, (job) => ring(job.data.scheduledMessageId));
  const offAck = domainEvents.subscribe('message.updated', async ({ message }) => {
    if (message.fromMe && message.ack >= 1) await announceSent(await markScheduledMessagesSent(message.id));
  });
  const run = () => void sweep().catch((err: unknown) => logger.warn('scheduled messages sweep failed', { err: String(err) }));
  run();
  const timer = setInterval(run, SWEEP_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    offAck();
    if (current === queue) current = undefined;
  };
}
