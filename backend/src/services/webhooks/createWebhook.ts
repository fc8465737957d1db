import { countWebhooks, insertWebhook, type WebhookFields, type WebhookRow } from '../../db/webhooks.js';
import { AppError } from '../../errors/AppError.js';
import { checkWebhookUrl } from './checkWebhookUrl.js';
import { MAX_WEBHOOKS_PER_COMPANY } from './webhookEvents.js';
import { newWebhookSecret } from './webhookSecret.js';

export type WebhookSettings = Partial<WebhookFields> & Pick<WebhookFields, 'url' | 'events'>;

/** Saves a webhook with a fresh signing secret; the secret is answered this once. */
export async function createWebhook({
  companyId,
  settings,
}: {
  companyId: number;
  settings: WebhookSettings;
}): Promise<{ webhook: WebhookRow; secret: string }> {
  const fields: WebhookFields = { name: '', active: true, allowLocal: false, ...settings };
  await checkWebhookUrl(fields.url, fields.allowLocal);
  // Checked before the insert, not under a lock: two admins racing past the limit by one is harmless.
  if ((await countWebhooks(companyId)) >= MAX_WEBHOOKS_PER_COMPANY) {
    throw AppError.conflict('ERR_WEBHOOK_LIMIT', `A company keeps at most ${MAX_WEBHOOKS_PER_COMPANY} webhooks`);
  }
  const { secret, sealed } = newWebhookSecret(companyId);
  const webhook = await insertWebhook(companyId, fields, sealed);
  if (!webhook) throw new Error('webhook not stored');
  return { webhook, secret };
}
