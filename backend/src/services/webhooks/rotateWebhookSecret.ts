import { updateWebhookSecret, type WebhookRow } from '../../db/webhooks.js';
import { AppError } from '../../errors/AppError.js';
import { newWebhookSecret } from './webhookSecret.js';

/**
 * A new signing secret, answered this once. Attempts from now on are signed with it (a retry of an older
 * delivery too: the signature is made at each attempt), so the receiver must be updated at once.
 */
export async function rotateWebhookSecret({
  companyId,
  webhookId,
}: {
  companyId: number;
  webhookId: number;
}): Promise<{ webhook: WebhookRow; secret: string }> {
  const { secret, sealed } = newWebhookSecret(companyId);
  const webhook = await updateWebhookSecret(companyId, webhookId, sealed);
  if (!webhook) throw AppError.notFound('ERR_WEBHOOK_NOT_FOUND', 'Webhook not found');
  return { webhook, secret };
}
