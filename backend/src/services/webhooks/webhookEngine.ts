import { dueDeliveries, pruneDeliveries, selectDeliveryTiming } from '../../db/webhookDeliveries.js';
import { logger } from '../../lib/logger.js';
import { createQueue } from '../../queues/createQueue.js';
import { attemptDelivery } from './attemptDelivery.js';
import { setDeliveryAlarm, useDeliveryAlarmQueue, type DeliveryAlarm } from './deliveryAlarms.js';
import { webhookEventsWritten } from './enqueueWebhookEvent.js';

// The webhook delivery engine. The database is the truth (WebhookDeliveries: what is pending and when); the
// Bull queue "webhooks" only holds alarm clocks. A sweep — at boot and every 30 s — rings every due delivery,
// so a job lost with Redis, or a worker killed mid-attempt (its lease runs out), never loses a delivery.

const SWEEP_EVERY_MS = 30_000;
const SWEEP_LIMIT = 500;
const CONCURRENCY = 8;
/** An alarm a little early (clocks of Redis and PostgreSQL) waits this long at most rather than being dropped. */
const EARLY_TOLERANCE_MS = 2_000;
/** Settled deliveries stay in the log this long. */
const KEEP_LOG_MS = 30 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;
/** How long a stop waits for attempts in flight; one cut short is sent again once its lease ends (at least once). */
const STOP_WAIT_MS = 5_000;

async function ring(deliveryId: string): Promise<void> {
  let result = await attemptDelivery(deliveryId);
  if (!result.claimed) {
    const timing = await selectDeliveryTiming(deliveryId);
    const wait = timing && timing.status === 'pending' ? new Date(timing.nextAttemptAt).getTime() - Date.now() : Infinity;
    if (wait <= 0 || wait > EARLY_TOLERANCE_MS) return; // due (an elder of its key rings it when done), or later (its own alarm)
    await new Promise((resolve) => setTimeout(resolve, wait + 10));
    result = await attemptDelivery(deliveryId);
  }
  if (result.retryAt) setDeliveryAlarm(deliveryId, result.retryAt);
  if (result.next) setDeliveryAlarm(result.next.id, new Date(result.next.nextAttemptAt));
}

async function sweep(): Promise<void> {
  for (const row of await dueDeliveries(SWEEP_LIMIT)) setDeliveryAlarm(row.id, new Date(row.nextAttemptAt));
}

/**
 * Starts the alarms' worker and the sweep (the bus subscription is subscribeWebhooks.ts, made at boot before the
 * sessions restore). The stop waits for the deliveries being written and the attempts running (bounded).
 */
export function startWebhookEngine(): () => Promise<void> {
  const queue = createQueue<DeliveryAlarm>('webhooks', { attempts: 1, removeOnComplete: true, removeOnFail: true });
  useDeliveryAlarmQueue(queue);
  void queue.process(CONCURRENCY, (job) =>
    ring(job.data.deliveryId).catch((err: unknown) => {
      logger.warn('webhook delivery attempt failed; the sweep rings it again', { deliveryId: job.data.deliveryId, err: String(err) });
    }),
  );
  const run = () => void sweep().catch((err: unknown) => logger.warn('webhook sweep failed', { err: String(err) }));
  const prune = () =>
    void pruneDeliveries(new Date(Date.now() - KEEP_LOG_MS), 5_000).catch((err: unknown) => logger.warn('webhook log pruning failed', { err: String(err) }));
  // Back from a Redis outage (its alarms may be gone with it): ring what is due at once, not at the next sweep.
  let lost = false;
  queue.client.on('reconnecting', () => (lost = true));
  queue.client.on('ready', () => {
    if (lost) run();
    lost = false;
  });
  run();
  prune();
  const sweeper = setInterval(run, SWEEP_EVERY_MS);
  const pruner = setInterval(prune, PRUNE_EVERY_MS);
  sweeper.unref();
  pruner.unref();
  return async () => {
    clearInterval(sweeper);
    clearInterval(pruner);
    await webhookEventsWritten();
    useDeliveryAlarmQueue(undefined);
    // Takes no new alarm in this process and waits for the attempts running (bounded).
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)));
    await Promise.race([queue.pause(true).catch(() => undefined), waited]);
    clearTimeout(timer);
  };
}
