import { deleteWebhookRow, type WebhookRow } from '../../db/webhooks.js';
import { AppError } from '../../errors/AppError.js';

/** Deletes the webhook with its delivery log and alerts; pending deliveries are never sent. */
export async function deleteWebhook({ companyId, webhookId }: { companyId: number; webhookId: number }): Promise<WebhookRow> {
  const row = await deleteWebhookRow(companyId, webhookId);
  if (!row) throw AppError.notFound('ERR_WEBHOOK_NOT_FOUND', 'Webhook not found');
  return row;
}
