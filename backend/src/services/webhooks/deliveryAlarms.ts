import type Bull from 'bull';
import { logger } from '../../lib/logger.js';
import { queueSettled } from '../../queues/queueSettled.js';

// The alarm clocks of webhook deliveries: a Bull job says "delivery X may be due at T". The table is the truth
// (db/webhookDeliveries.ts): an alarm rung twice, early or for a row already sent finds nothing to claim, and a
// lost one is made up by the engine's sweep. Jobs carry no fixed id: a kick for the same row must ring even
// while the row's previous alarm is still running (its elder was pending then).

export interface DeliveryAlarm {
  deliveryId: string;
}

let current: Bull.Queue<DeliveryAlarm> | undefined;
const adding = new Set<Promise<unknown>>();

/** The engine's queue while it runs (webhookEngine.ts); alarms set meanwhile are left to the sweep. */
export function useDeliveryAlarmQueue(queue: Bull.Queue<DeliveryAlarm> | undefined): void {
  current = queue;
}

/** Rings the delivery at `at` (now when past); never makes the caller wait on Redis. */
export function setDeliveryAlarm(deliveryId: string, at: Date): void {
  const queue = current;
  if (!queue) return;
  const added = queue
    .add({ deliveryId }, { delay: Math.max(0, at.getTime() - Date.now()) })
    .catch((err: unknown) => logger.warn('webhook delivery stored but its alarm not set; the sweep rings it', { deliveryId, err: String(err) }))
    .finally(() => adding.delete(added));
  adding.add(added);
}

/** Resolves once every alarm set so far has rung (tests). */
export function deliveryAlarmsSettled(timeoutMs = 30_000): Promise<void> {
  return queueSettled(current, adding, timeoutMs);
}
