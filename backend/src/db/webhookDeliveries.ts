import { exec, many, one } from './sql.js';

// "WebhookDeliveries" (migration 0028): one event for one webhook, and the record of its attempts. The table is
// the truth of what is due: the engine's Bull jobs only ring when a row may be (services/webhooks/webhookEngine.ts).
// "payload" holds the event's `data`; the body sent is composed from the row (services/webhooks/deliveryBody.ts),
// so a redelivery sends the same bytes but for the timestamp header.

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface DeliveryRow {
  id: string;
  webhookId: number;
  companyId: number;
  event: string;
  payload: unknown;
  orderingKey: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastAttemptAt: Date | null;
  responseStatus: number | null;
  responseMs: number | null;
  responseBody: string | null;
  error: string | null;
  createdAt: Date;
  seq: string;
}

const COLUMNS = `id, "webhookId", "companyId", event, payload, "orderingKey", status, attempts, "nextAttemptAt", "lastAttemptAt",
  "responseStatus", "responseMs", "responseBody", error, "createdAt", seq`;

/** A delivery that may be due: its id and when. */
export interface DueDelivery {
  id: string;
  nextAttemptAt: Date;
}

/**
 * One row per active webhook of the company that wants the event, in one statement (a new webhook saved
 * meanwhile gets the next events, never half of this one). `data` is the event’s data as JSON text.
 */
export function insertDeliveriesForEvent(companyId: number, event: string, orderingKey: string | null, data: string): Promise<DueDelivery[]> {
  return many(
    `INSERT INTO "WebhookDeliveries" (id, "webhookId", "companyId", event, payload, "orderingKey")
     SELECT gen_random_uuid(), id, "companyId", $2::varchar, $4::jsonb, $3::varchar FROM "Webhooks"
     WHERE "companyId" = $1 AND active AND $2::text = ANY(events) ORDER BY id
     RETURNING id, "nextAttemptAt"`,
    [companyId, event, orderingKey, data],
  );
}

/** One delivery to one webhook, whatever it subscribed to (the test event). */
export function insertDelivery(webhookId: number, companyId: number, event: string, data: string): Promise<DeliveryRow | undefined> {
  return one(
    `INSERT INTO "WebhookDeliveries" (id, "webhookId", "companyId", event, payload)
     VALUES (gen_random_uuid(), $1, $2, $3, $4::jsonb) RETURNING ${COLUMNS}`,
    [webhookId, companyId, event, data],
  );
}

/**
 * Takes a due delivery for one attempt: moves its "nextAttemptAt" a lease ahead (a worker that dies mid-attempt
 * leaves it due again once the lease ends), only when it is still pending, due, its webhook is active, and no
 * older delivery of the same webhook and ordering key is pending — so two workers never send the same row, and
 * one ticket's events reach an endpoint in order. Undefined when it is not (or not yet) this worker's.
 */
export function claimDelivery(id: string, leaseMs: number): Promise<DeliveryRow | undefined> {
  return one(
    `UPDATE "WebhookDeliveries" d SET "nextAttemptAt" = now() + $2 * interval '1 millisecond'
     WHERE d.id = $1 AND d.status = 'pending' AND d."nextAttemptAt" <= now()
       AND EXISTS (SELECT 1 FROM "Webhooks" w WHERE w.id = d."webhookId" AND w.active)
       AND NOT EXISTS (
         SELECT 1 FROM "WebhookDeliveries" o
         WHERE o."webhookId" = d."webhookId" AND o."orderingKey" = d."orderingKey" AND o.status = 'pending' AND o.seq < d.seq)
     RETURNING ${COLUMNS}`,
    [id, leaseMs],
  );
}

export interface AttemptOutcome {
  status: DeliveryStatus;
  /** When pending: the next attempt's time. */
  nextAttemptAt: Date;
  responseStatus: number | null;
  responseMs: number | null;
  responseBody: string | null;
  error: string | null;
}

/** Records an attempt of a claimed row. */
export function recordAttempt(id: string, outcome: AttemptOutcome): Promise<DeliveryRow | undefined> {
  return one(
    `UPDATE "WebhookDeliveries" SET attempts = attempts + 1, "lastAttemptAt" = now(), status = $2, "nextAttemptAt" = $3,
       "responseStatus" = $4, "responseMs" = $5, "responseBody" = $6, error = $7
     WHERE id = $1 AND status = 'pending' RETURNING ${COLUMNS}`,
    [id, outcome.status, outcome.nextAttemptAt, outcome.responseStatus, outcome.responseMs, outcome.responseBody, outcome.error],
  );
}

/** The oldest pending delivery of the same webhook and key: the one to send after `id` (undefined: none). */
export function nextInOrder(webhookId: number, orderingKey: string): Promise<DueDelivery | undefined> {
  return one(
    `SELECT id, "nextAttemptAt" FROM "WebhookDeliveries"
     WHERE "webhookId" = $1 AND "orderingKey" = $2 AND status = 'pending' ORDER BY seq LIMIT 1`,
    [webhookId, orderingKey],
  );
}

/**
 * The deliveries to ring now: due, of an active webhook, and first of their ordering key (a later one would
 * only find its elder pending). `limit` bounds a sweep; the next one takes the rest.
 */
export function dueDeliveries(limit: number): Promise<DueDelivery[]> {
  return many(
    `SELECT d.id, d."nextAttemptAt" FROM "WebhookDeliveries" d JOIN "Webhooks" w ON w.id = d."webhookId" AND w.active
     WHERE d.status = 'pending' AND d."nextAttemptAt" <= now()
       AND NOT EXISTS (
         SELECT 1 FROM "WebhookDeliveries" o
         WHERE o."webhookId" = d."webhookId" AND o."orderingKey" = d."orderingKey" AND o.status = 'pending' AND o.seq < d.seq)
     ORDER BY d."nextAttemptAt" LIMIT $1`,
    [limit],
  );
}

/** A page of a webhook's log, newest first, after the cursor's seq. */
export function listDeliveryRows(input: { webhookId: number; status?: DeliveryStatus; beforeSeq?: number; limit: number }): Promise<DeliveryRow[]> {
  return many(
    `SELECT ${COLUMNS} FROM "WebhookDeliveries"
     WHERE "webhookId" = $1 AND ($2::varchar IS NULL OR status = $2) AND ($3::bigint IS NULL OR seq < $3)
     ORDER BY seq DESC LIMIT $4`,
    [input.webhookId, input.status ?? null, input.beforeSeq ?? null, input.limit],
  );
}

export function selectDelivery(webhookId: number, id: string): Promise<DeliveryRow | undefined> {
  return one(`SELECT ${COLUMNS} FROM "WebhookDeliveries" WHERE "webhookId" = $1 AND id = $2`, [webhookId, id]);
}

/**
 * Sends it again: the same row back to pending and due now (its attempts and last answer kept for the log). A
 * delivery being attempted right now (pending, leased) is left alone: it is already being sent.
 */
export function resetDelivery(webhookId: number, id: string): Promise<DeliveryRow | undefined> {
  return one(
    `UPDATE "WebhookDeliveries" SET status = 'pending', "nextAttemptAt" = now()
     WHERE "webhookId" = $1 AND id = $2 AND (status <> 'pending' OR "nextAttemptAt" <= now()) RETURNING ${COLUMNS}`,
    [webhookId, id],
  );
}

/** Removes what the log no longer needs: settled deliveries older than `before` (bounded per call). */
export function pruneDeliveries(before: Date, limit: number): Promise<number> {
  return exec(
    `DELETE FROM "WebhookDeliveries" WHERE id IN (
       SELECT id FROM "WebhookDeliveries" WHERE status <> 'pending' AND "createdAt" < $1 LIMIT $2)`,
    [before, limit],
  );
}

/** Whether and when a delivery is due (an alarm that found nothing to claim looks). */
export function selectDeliveryTiming(id: string): Promise<{ status: DeliveryStatus; nextAttemptAt: Date } | undefined> {
  return one(`SELECT status, "nextAttemptAt" FROM "WebhookDeliveries" WHERE id = $1`, [id]);
}
