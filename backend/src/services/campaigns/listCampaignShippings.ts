import type { CampaignShippingStatus } from '@atende/contract';
import { listShippingRows, type ShippingRow } from '../../db/campaignReport.js';
import type { UserRecord } from '../../db/users.js';
import { findCampaignInCompany } from './campaignAccess.js';

/** A page of a campaign's recipients in the order they were resolved, keyset on the shipping id: no OFFSET, no COUNT. */
export async function listCampaignShippings(input: {
  actor: UserRecord;
  id: number;
  status?: CampaignShippingStatus;
  cursor?: number;
  limit: number;
}): Promise<{ shippings: ShippingRow[]; nextCursor: number | null }> {
  await findCampaignInCompany(input.actor.companyId, input.id);
  const rows = await listShippingRows({ campaignId: input.id, status: input.status, afterId: input.cursor, limit: input.limit + 1 });
  const shippings = rows.slice(0, input.limit);
  const last = shippings[shippings.length - 1];
  return { shippings, nextCursor: rows.length > input.limit && last ? Number(last.id) : null };
}
