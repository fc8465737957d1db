import { ctx } from '../../context.js';
import { fullTarget, updateDraftCampaign, type CampaignFields, type CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { assertEditable, findCampaignInCompany, reloadCampaign } from './campaignAccess.js';
import { checkCampaignFields } from './createCampaign.js';

/** Edits a draft (409 ERR_CAMPAIGN_NOT_EDITABLE once started), under its row lock — the one the start takes. */
export async function updateCampaign({ actor, id, changes }: { actor: UserRecord; id: number; changes: Partial<CampaignFields> }): Promise<CampaignWithStats> {
  const { companyId } = actor;
  return ctx().sequelize.transaction(async (transaction) => {
    const current = await findCampaignInCompany(companyId, id, { transaction, lock: true });
    assertEditable(current);
    const fields: CampaignFields = {
      name: current.name,
      whatsappId: current.whatsappId, // null: none chosen yet, or its connection was deleted (start refuses it)
      messages: current.messages,
      target: fullTarget(current.target),
      scheduledAt: current.scheduledAt === null ? null : new Date(current.scheduledAt),
      ratePerMinute: current.ratePerMinute,
      jitterSeconds: current.jitterSeconds,
      sendingWindow: current.sendingWindow,
      ticketMode: current.ticketMode,
      queueId: current.queueId,
      ...changes,
    };
    await checkCampaignFields(companyId, fields);
    await updateDraftCampaign(transaction, id, fields);
    domainEvents.publishAfterCommit(transaction, 'campaign.changed', { companyId, action: 'updated', campaignId: id, whatsappId: fields.whatsappId });
    return reloadCampaign(companyId, id, transaction);
  });
}
