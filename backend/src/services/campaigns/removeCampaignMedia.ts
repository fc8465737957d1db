import type { CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { attachCampaignMedia } from './attachCampaignMedia.js';

/** Takes a draft's file away (409 once started); the stored file goes after the commit. */
export function removeCampaignMedia({ actor, id }: { actor: UserRecord; id: number }): Promise<CampaignWithStats> {
  return attachCampaignMedia({ actor, id, media: null });
}
