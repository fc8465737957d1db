import { insertDeliveriesForEvent } from '../../db/webhookDeliveries.js';
import { KeyedQueue } from '../../lib/keyedQueue.js';
import { logger } from '../../lib/logger.js';
import { setDeliveryAlarm } from './deliveryAlarms.js';

// Events of one ticket (contact, deal, campaign) get their delivery rows in the order they were published:
// "seq" orders the sending, and statements issued one after the other on a pool's different connections may
// commit in either order. So the rows of one ordering key are written one at a time, in publishing order.
const lanes = new KeyedQueue();

export interface WebhookEventInput {
  companyId: number;
  event: string;
  /** "ticket:42", "contact:7"…: deliveries with the same key reach an endpoint in order. */
  orderingKey: string;
  /** The event's data: contract views only, never rows. Read when its turn comes (after earlier events of its key). */
  data: () => unknown;
}

async function write({ companyId, event, orderingKey, data }: WebhookEventInput): Promise<void> {
  const value = await data();
  if (value === undefined) return;
  const rows = await insertDeliveriesForEvent(companyId, event, orderingKey, JSON.stringify(value));
  for (const row of rows) setDeliveryAlarm(row.id, new Date(row.nextAttemptAt));
}

/** Stores the deliveries of an event for every active webhook of the company that wants it, and rings them. */
export function enqueueWebhookEvent(input: WebhookEventInput): Promise<void> {
  return lanes.run(input.orderingKey, () =>
    write(input).catch((err: unknown) => {
      logger.error('webhook deliveries not stored', { event: input.event, err: String(err) });
    }),
  );
}

/** Resolves once every event handed over so far has its rows (shutdown, tests). */
export function webhookEventsWritten(): Promise<void> {
  return lanes.settled();
}
