import { updateWebhookRow, type WebhookFields, type WebhookRow } from '../../db/webhooks.js';
import { AppError } from '../../errors/AppError.js';
import { checkWebhookUrl } from './checkWebhookUrl.js';
import { findWebhook } from './findWebhook.js';

/**
 * Changes a webhook. The target is checked again when the URL or `allowLocal` changes (turning `allowLocal` off
 * must not leave a loopback target in place). Made active again, its failure run starts over.
 */
export async function updateWebhook({
  companyId,
  webhookId,
  settings,
}: {
  companyId: number;
  webhookId: number;
  settings: Partial<WebhookFields>;
}): Promise<WebhookRow> {
  const current = await findWebhook(companyId, webhookId);
  if (settings.url !== undefined || settings.allowLocal !== undefined) {
    await checkWebhookUrl(settings.url ?? current.url, settings.allowLocal ?? current.allowLocal);
  }
  const row = await updateWebhookRow(companyId, webhookId, settings);
  if (!row) throw AppError.notFound('ERR_WEBHOOK_NOT_FOUND', 'Webhook not found');
  return row;
}
