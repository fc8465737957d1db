import type { WebhookDeliveryView, WebhookEvent, WebhookView } from '@atende/contract';
import type { DeliveryRow } from '../db/webhookDeliveries.js';
import type { WebhookRow } from '../db/webhooks.js';
import { iso } from '../db/sql.js';

export function presentWebhook(row: WebhookRow): WebhookView {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    // The API admits only the contract's events (routes/webhooks/schema.ts).
    events: row.events as WebhookEvent[],
    active: row.active,
    allowLocal: row.allowLocal,
    failingSince: iso(row.failingSince),
    disabledAt: iso(row.disabledAt),
    createdAt: iso(row.createdAt),
  };
}

/**
 * The JSON body of a delivery, as sent and as the log shows it: composed from the row in one fixed key order
 * (JSONB would reorder stored keys), so every attempt of a delivery signs and sends the same bytes.
 */
export function deliveryBody(row: Pick<DeliveryRow, 'id' | 'event' | 'companyId' | 'createdAt' | 'payload'>): {
  id: string;
  event: string;
  companyId: number;
  createdAt: string;
  data: unknown;
} {
  return { id: row.id, event: row.event, companyId: row.companyId, createdAt: iso(row.createdAt), data: row.payload };
}

export function presentWebhookDelivery(row: DeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    event: row.event as WebhookDeliveryView['event'],
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
    lastAttemptAt: iso(row.lastAttemptAt),
    responseStatus: row.responseStatus,
    responseMs: row.responseMs,
    responseBody: row.responseBody,
    error: row.error,
    createdAt: iso(row.createdAt),
    payload: deliveryBody(row),
  };
}
