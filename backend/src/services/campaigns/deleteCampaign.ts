import { ctx } from '../../context.js';
import { deleteCampaignRow, type CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { removeMediaFiles } from '../media/removeMediaFiles.js';
import { assertCampaignStatus, findCampaignInCompany, reloadCampaign } from './campaignAccess.js';

/**
 * Deletes a draft (its file too, after the commit); a campaign that started keeps its report and is cancelled
 * instead (409 ERR_CAMPAIGN_STATE). Answers the campaign as it was.
 */
export async function deleteCampaign({ actor, id }: { actor: UserRecord; id: number }): Promise<CampaignWithStats> {
  const { companyId } = actor;
  const gone = await ctx().sequelize.transaction(async (transaction) => {
    await findCampaignInCompany(companyId, id, { transaction, lock: true });
    const current = await reloadCampaign(companyId, id, transaction);
    assertCampaignStatus(current, ['draft']);
    await deleteCampaignRow(transaction, id);
    domainEvents.publishAfterCommit(transaction, 'campaign.changed', {
      companyId,
      action: 'deleted',
      campaignId: id,
      whatsappId: current.whatsappId,
      campaign: current,
    });
    return current;
  });
  await removeMediaFiles([gone.mediaPath]);
  return gone;
}
