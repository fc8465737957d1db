import { resetDelivery, selectDelivery, type DeliveryRow } from '../../db/webhookDeliveries.js';
import { AppError } from '../../errors/AppError.js';
import { setDeliveryAlarm } from './deliveryAlarms.js';
import { findWebhook } from './findWebhook.js';

/**
 * Sends a delivery again: the same row (same id and body; a fresh timestamp and signature at the attempt) back
 * to pending and due now, its attempts and last answer kept. One being attempted right now answers as it is.
 */
export async function redeliverWebhookDelivery({
  companyId,
  webhookId,
  deliveryId,
}: {
  companyId: number;
  webhookId: number;
  deliveryId: string;
}): Promise<DeliveryRow> {
  const webhook = await findWebhook(companyId, webhookId);
  if (!webhook.active) throw AppError.conflict('ERR_WEBHOOK_INACTIVE', 'The webhook is disabled; enable it first');
  const row = (await resetDelivery(webhookId, deliveryId)) ?? (await selectDelivery(webhookId, deliveryId));
  if (!row) throw AppError.notFound('ERR_WEBHOOK_DELIVERY_NOT_FOUND', 'Delivery not found');
  if (row.status === 'pending') setDeliveryAlarm(row.id, new Date(row.nextAttemptAt));
  return row;
}
