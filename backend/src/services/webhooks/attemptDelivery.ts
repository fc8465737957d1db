import { ctx } from '../../context.js';
import { claimDelivery, nextInOrder, recordAttempt, type AttemptOutcome, type DeliveryRow, type DueDelivery } from '../../db/webhookDeliveries.js';
import { clearWebhookFailing, disableFailingWebhook, markWebhookFailing, selectWebhookById, type WebhookRow } from '../../db/webhooks.js';
import { domainEvents } from '../../events/bus.js';
import { guardedRequest, GuardedHttpError } from '../../lib/guardedHttp.js';
import { logger } from '../../lib/logger.js';
import { deliveryBody } from '../../presenters/webhook.js';
import { openWebhookSecret, signWebhookBody } from './webhookSecret.js';

// One attempt of one delivery: claimed (db/webhookDeliveries.ts claimDelivery: once, in order, with a lease),
// signed, POSTed through the SSRF guard, and its outcome stored. A failure is retried later with exponential
// backoff for a day; a webhook whose every delivery failed for WEBHOOK_DISABLE_AFTER_MS is disabled and its
// company's admins alerted. The engine (webhookEngine.ts) sets the alarms this answers.

/** Longer than the request's timeout: a live worker always finishes before another may take the row. */
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;
/** What the log keeps of an answer (the column is 1 KiB). */
const RESPONSE_BYTES = 1024;
/** A delivery is retried for a day, then given up ("failed"). */
const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** Retries wait base × 4^(n-1): 10 s, 40 s, 2m40, 10m40, 42m40, 2h50, then every 4 h. */
const MAX_BACKOFF_MS = 4 * 3_600_000;

export interface AttemptResult {
  /** The row could not be claimed (not due, sent, or an elder of its key is pending). */
  claimed: boolean;
  /** When to ring it again (a failure with attempts left). */
  retryAt?: Date;
  /** The delivery of the same key to ring now (this one settled). */
  next?: DueDelivery;
}

export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 4 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/** Text for the log: no NUL (PostgreSQL text refuses it), at most the column's length. */
const loggable = (text: string, max: number) => text.replace(/\0/g, '').slice(0, max);

async function send(row: DeliveryRow, webhook: WebhookRow): Promise<{ ok: boolean } & Omit<AttemptOutcome, 'status' | 'nextAttemptAt'>> {
  const body = JSON.stringify(deliveryBody(row));
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const secret = openWebhookSecret(webhook.companyId, webhook.secret);
    const response = await guardedRequest(webhook.url, {
      method: 'POST',
      body,
      timeoutMs: TIMEOUT_MS,
      maxBytes: RESPONSE_BYTES,
      allowLocal: webhook.allowLocal,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Atende-Webhooks/1',
        'X-Atende-Event': row.event,
        'X-Atende-Delivery': row.id,
        'X-Atende-Timestamp': String(timestamp),
        'X-Atende-Signature': signWebhookBody(secret, timestamp, body),
      },
    });
    return {
      ok: response.status >= 200 && response.status < 300,
      responseStatus: response.status,
      responseMs: response.ms,
      responseBody: loggable(response.body.toString('utf8'), RESPONSE_BYTES),
      error: null,
    };
  } catch (err) {
    const error = err instanceof GuardedHttpError ? `${err.code}: ${err.message}` : `error: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, responseStatus: null, responseMs: null, responseBody: null, error: loggable(error, 500) };
  }
}

/** A failure with the webhook failing long enough: disabled (once, whoever sees it first), admins alerted. */
async function disableIfFailingTooLong(webhookId: number): Promise<void> {
  const failingSince = await markWebhookFailing(webhookId);
  const { disableAfterMs } = ctx().config.webhooks;
  if (!failingSince || Date.now() - new Date(failingSince).getTime() < disableAfterMs) return;
  const alert = await disableFailingWebhook(webhookId, new Date(Date.now() - disableAfterMs));
  if (!alert) return;
  logger.warn('webhook disabled after failing', { webhookId, companyId: alert.companyId, failingSince });
  domainEvents.publish('company.alert', { companyId: alert.companyId, alert });
}

/** Claims and attempts the delivery once; says what to ring next. */
export async function attemptDelivery(deliveryId: string): Promise<AttemptResult> {
  const row = await claimDelivery(deliveryId, LEASE_MS);
  if (!row) return { claimed: false };
  const webhook = await selectWebhookById(row.webhookId);
  if (!webhook) return { claimed: true }; // deleted meanwhile: its rows went with it
  const outcome = await send(row, webhook);
  const attempts = row.attempts + 1;
  const now = Date.now();
  const giveUpAt = new Date(row.createdAt).getTime() + GIVE_UP_AFTER_MS;
  const gaveUp = !outcome.ok && now >= giveUpAt;
  const retryAt = new Date(Math.min(now + backoffMs(attempts, ctx().config.webhooks.retryBaseMs), giveUpAt));
  const { ok: _ok, ...response } = outcome;
  const recorded = await recordAttempt(row.id, {
    ...response,
    status: outcome.ok ? 'succeeded' : gaveUp ? 'failed' : 'pending',
    nextAttemptAt: outcome.ok || gaveUp ? new Date(now) : retryAt,
  });
  if (outcome.ok) await clearWebhookFailing(webhook.id);
  else await disableIfFailingTooLong(webhook.id);
  if (!recorded) return { claimed: true }; // settled meanwhile (the webhook was disabled)
  if (recorded.status === 'pending') return { claimed: true, retryAt };
  const next = row.orderingKey === null ? undefined : await nextInOrder(row.webhookId, row.orderingKey);
  return { claimed: true, next };
}
