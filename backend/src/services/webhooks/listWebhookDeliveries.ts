import { listDeliveryRows, type DeliveryRow, type DeliveryStatus } from '../../db/webhookDeliveries.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { findWebhook } from './findWebhook.js';

/** A webhook's delivery log, newest first, keyset-paginated on its sequence. */
export async function listWebhookDeliveries(input: {
  companyId: number;
  webhookId: number;
  status?: DeliveryStatus;
  cursor?: string;
  limit: number;
}): Promise<{ deliveries: DeliveryRow[]; nextCursor: string | null }> {
  await findWebhook(input.companyId, input.webhookId);
  const beforeSeq = input.cursor ? (decodeCursor(input.cursor, ['number']) as [number])[0] : undefined;
  const rows = await listDeliveryRows({ webhookId: input.webhookId, status: input.status, beforeSeq, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return { deliveries: page, nextCursor: rows.length > input.limit && last ? encodeCursor([Number(last.seq)]) : null };
}
