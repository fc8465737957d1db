import type { CampaignStatus } from '@atende/contract';
import { ctx } from '../../context.js';
import { setCampaignStatus, type CampaignRow, type CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { assertCampaignStatus, findCampaignInCompany, reloadCampaign } from './campaignAccess.js';

export type CampaignMove = 'pause' | 'resume' | 'cancel';

// Where each move may start from. Cancelling keeps the shippings: the pending ones are never sent, and the report
// shows them as not sent.
const FROM: Record<CampaignMove, CampaignStatus[]> = {
  pause: ['running', 'scheduled'],
  resume: ['paused'],
  cancel: ['draft', 'scheduled', 'running', 'paused'],
};

function target(move: CampaignMove, campaign: CampaignRow): CampaignStatus {
  if (move === 'pause') return 'paused';
  if (move === 'cancel') return 'cancelled';
  // Resumed before its start time: it waits for it again.
  return campaign.scheduledAt !== null && new Date(campaign.scheduledAt).getTime() > Date.now() ? 'scheduled' : 'running';
}

/**
 * Pause, resume or cancel, under the campaign's row lock; 409 ERR_CAMPAIGN_STATE from a status the move does not
 * start from. The engine only claims shippings of running campaigns: a message it claimed before the commit
 * still goes out, none after.
 */
export async function changeCampaignStatus({ actor, id, move }: { actor: UserRecord; id: number; move: CampaignMove }): Promise<CampaignWithStats> {
  const { companyId } = actor;
  return ctx().sequelize.transaction(async (transaction) => {
    const campaign = await findCampaignInCompany(companyId, id, { transaction, lock: true });
    assertCampaignStatus(campaign, FROM[move]);
    await setCampaignStatus(transaction, id, target(move, campaign));
    domainEvents.publishAfterCommit(transaction, 'campaign.changed', { companyId, action: 'updated', campaignId: id, whatsappId: campaign.whatsappId });
    return reloadCampaign(companyId, id, transaction);
  });
}
