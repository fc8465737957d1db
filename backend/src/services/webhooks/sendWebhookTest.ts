import { insertDelivery, type DeliveryRow } from '../../db/webhookDeliveries.js';
import { AppError } from '../../errors/AppError.js';
import { setDeliveryAlarm } from './deliveryAlarms.js';
import { findWebhook } from './findWebhook.js';
import { TEST_EVENT } from './webhookEvents.js';

/** Queues a `webhook.test` delivery to this webhook now (out of any order: it has no ordering key). */
export async function sendWebhookTest({ companyId, webhookId }: { companyId: number; webhookId: number }): Promise<DeliveryRow> {
  const webhook = await findWebhook(companyId, webhookId);
  // A disabled webhook sends nothing (the engine claims only active ones): say so rather than queue in vain.
  if (!webhook.active) throw AppError.conflict('ERR_WEBHOOK_INACTIVE', 'The webhook is disabled; enable it first');
  const data = { message: 'Evento de teste do Atende: se você recebeu isto, o webhook funciona.' };
  const row = await insertDelivery(webhook.id, companyId, TEST_EVENT, JSON.stringify(data));
  if (!row) throw new Error('delivery not stored');
  setDeliveryAlarm(row.id, new Date(row.nextAttemptAt));
  return row;
}
