import { listWebhookRows, type WebhookRow } from '../../db/webhooks.js';

export function listWebhooks({ companyId }: { companyId: number }): Promise<WebhookRow[]> {
  return listWebhookRows(companyId);
}
