import type { CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { reloadCampaign } from './campaignAccess.js';

/** One of the company's campaigns with its counts (404 otherwise). */
export function findCampaign({ actor, id }: { actor: UserRecord; id: number }): Promise<CampaignWithStats> {
  return reloadCampaign(actor.companyId, id);
}
