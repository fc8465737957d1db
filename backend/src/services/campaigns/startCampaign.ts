import { ctx } from '../../context.js';
import { insertAudienceShippings } from '../../db/campaignAudience.js';
import { fullTarget, setCampaignStatus, type CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { AppError } from '../../errors/AppError.js';
import { assertCampaignStatus, findCampaignInCompany, reloadCampaign } from './campaignAccess.js';

/**
 * Starts a draft: in one transaction, under the campaign's row lock, its audience (db/campaignAudience.ts) is
 * resolved into shippings — eligible contacts pending with their variant, excluded ones skipped with the
 * reason — and the status moves to scheduled (a start time still ahead) or running. A second start, even a
 * concurrent one, waits for the lock and finds it no longer a draft (409): one shipping per contact. Nobody
 * eligible → 400 ERR_CAMPAIGN_AUDIENCE_EMPTY and nothing is written. The audience is frozen from here on.
 * The sending engine hears `campaign.changed` once committed and takes it from there.
 */
export async function startCampaign({ actor, id }: { actor: UserRecord; id: number }): Promise<CampaignWithStats> {
  const { companyId } = actor;
  return ctx().sequelize.transaction(async (transaction) => {
    const campaign = await findCampaignInCompany(companyId, id, { transaction, lock: true });
    assertCampaignStatus(campaign, ['draft']);
    if (campaign.whatsappId === null) throw AppError.badRequest('ERR_CAMPAIGN_NO_CONNECTION', 'Choose the connection the campaign goes out through');
    const pending = await insertAudienceShippings(transaction, { companyId, id, target: fullTarget(campaign.target), variants: campaign.messages.length });
    if (pending === 0) throw AppError.badRequest('ERR_CAMPAIGN_AUDIENCE_EMPTY', 'Nobody in the audience can receive this campaign');
    const later = campaign.scheduledAt !== null && new Date(campaign.scheduledAt).getTime() > Date.now();
    await setCampaignStatus(transaction, id, later ? 'scheduled' : 'running');
    domainEvents.publishAfterCommit(transaction, 'campaign.changed', { companyId, action: 'updated', campaignId: id, whatsappId: campaign.whatsappId });
    return reloadCampaign(companyId, id, transaction);
  });
}
