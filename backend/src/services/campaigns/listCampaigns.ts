import type { CampaignStatus } from '@atende/contract';
import { listCampaignRows, withStats, type CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';

/** The company's campaigns, the latest first, each with its counts (one grouped query for the page). */
export async function listCampaigns({ actor, status, limit }: { actor: UserRecord; status?: CampaignStatus; limit: number }): Promise<CampaignWithStats[]> {
  return withStats(await listCampaignRows(actor.companyId, status, limit));
}
