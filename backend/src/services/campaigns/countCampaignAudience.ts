import type { CampaignAudience, CampaignTarget } from '@atende/contract';
import { countAudience } from '../../db/campaignAudience.js';
import type { UserRecord } from '../../db/users.js';
import { assertTargetInCompany } from './campaignAccess.js';

/** Who a target reaches and who is excluded (opted out, groups, invalid numbers): the same SQL the start resolves. */
export async function countCampaignAudience({ actor, target }: { actor: UserRecord; target: CampaignTarget }): Promise<CampaignAudience> {
  await assertTargetInCompany(actor.companyId, target);
  return countAudience(actor.companyId, target);
}
