import type { CampaignShippingStatus } from '@atende/contract';
import { many } from './sql.js';

// A campaign's per-recipient report: its shippings (migration 0025) with the contact's name and the ticket the
// message landed in, keyset-paged by shipping id for the screen, and in batches for the CSV export.

export interface ShippingRow {
  id: string | number;
  contactId: number;
  contactName: string;
  number: string;
  variant: number;
  status: CampaignShippingStatus;
  reason: string | null;
  messageId: string | number | null;
  ticketId: number | null;
  attempts: number;
  sentAt: Date | string | null;
  deliveredAt: Date | string | null;
  readAt: Date | string | null;
  repliedAt: Date | string | null;
  failedAt: Date | string | null;
}

/** The shippings after `afterId` in id order (the order they were resolved in), optionally of one status. */
export function listShippingRows(query: { campaignId: number; status?: CampaignShippingStatus; afterId?: number; limit: number }): Promise<ShippingRow[]> {
  const where = ['s."campaignId" = :campaignId'];
  if (query.status) where.push('s.status = :status');
  if (query.afterId !== undefined) where.push('s.id > :afterId');
  return many(
    `SELECT s.id, s."contactId", c.name AS "contactName", s.number, s.variant, s.status, s.reason, s."messageId", m."ticketId", s.attempts,
       s."sentAt", s."deliveredAt", s."readAt", s."repliedAt", s."failedAt"
     FROM "CampaignShippings" s
     JOIN "Contacts" c ON c.id = s."contactId"
     LEFT JOIN "Messages" m ON m.id = s."messageId"
     WHERE ${where.join(' AND ')} ORDER BY s.id LIMIT :limit`,
    { campaignId: query.campaignId, status: query.status ?? null, afterId: query.afterId ?? null, limit: query.limit },
  );
}

/** One row of the CSV export: times already written in the company's clock ("2026-12-07 14:30:05"). */
export interface ShippingExportRow {
  id: string;
  name: string;
  number: string;
  variant: number;
  status: string;
  reason: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  repliedAt: string | null;
  failedAt: string | null;
}

const LOCAL = (column: string) => `to_char(s."${column}" AT TIME ZONE :timezone, 'YYYY-MM-DD HH24:MI:SS') AS "${column}"`;

/** One batch of the export after shipping `afterId`, in id order. */
export function exportShippingsBatch(campaignId: number, timezone: string, afterId: string | null, size: number): Promise<ShippingExportRow[]> {
  return many(
    `SELECT s.id::text AS id, c.name, s.number, s.variant, s.status, s.reason,
       ${['sentAt', 'deliveredAt', 'readAt', 'repliedAt', 'failedAt'].map(LOCAL).join(', ')}
     FROM "CampaignShippings" s JOIN "Contacts" c ON c.id = s."contactId"
     WHERE s."campaignId" = :campaignId ${afterId === null ? '' : 'AND s.id > :afterId'}
     ORDER BY s.id LIMIT :size`,
    { campaignId, timezone, afterId, size },
  );
}
