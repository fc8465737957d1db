import { selectWebhook, type WebhookRow } from '../../db/webhooks.js';
import { AppError } from '../../errors/AppError.js';

/** The company's webhook, or 404: another company's id is not found, like a missing one. */
export async function findWebhook(companyId: number, webhookId: number): Promise<WebhookRow> {
  const row = await selectWebhook(companyId, webhookId);
  if (!row) throw AppError.notFound('ERR_WEBHOOK_NOT_FOUND', 'Webhook not found');
  return row;
}
