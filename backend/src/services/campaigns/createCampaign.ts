import { ctx } from '../../context.js';
import { insertCampaign, type CampaignFields, type CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { findQueueInCompany } from '../queues/findQueueInCompany.js';
import { findWhatsappInCompany } from '../whatsapps/findWhatsappInCompany.js';
import { assertRate, assertTargetInCompany, reloadCampaign } from './campaignAccess.js';

/** What a new campaign is given; what is left out takes the defaults (any time, no jitter, only logged). */
export type NewCampaign = Pick<CampaignFields, 'name' | 'whatsappId' | 'messages' | 'target' | 'ratePerMinute'> & Partial<CampaignFields>;

/** Checks a campaign's fields: the rate under the cap, and the connection (when chosen), queue and target the company's (404 otherwise). */
export async function checkCampaignFields(companyId: number, fields: CampaignFields): Promise<void> {
  assertRate(fields.ratePerMinute);
  if (fields.whatsappId !== null) await findWhatsappInCompany(companyId, fields.whatsappId);
  if (fields.queueId !== null) await findQueueInCompany(companyId, fields.queueId);
  await assertTargetInCompany(companyId, fields.target);
}

/** A draft: nothing is resolved nor sent until it is started. */
export async function createCampaign({ actor, campaign }: { actor: UserRecord; campaign: NewCampaign }): Promise<CampaignWithStats> {
  const { companyId } = actor;
  const fields: CampaignFields = { scheduledAt: null, jitterSeconds: 0, sendingWindow: null, ticketMode: 'log', queueId: null, ...campaign };
  await checkCampaignFields(companyId, fields);
  return ctx().sequelize.transaction(async (transaction) => {
    const id = await insertCampaign(transaction, { ...fields, companyId, userId: actor.id });
    domainEvents.publishAfterCommit(transaction, 'campaign.changed', { companyId, action: 'created', campaignId: id, whatsappId: fields.whatsappId });
    return reloadCampaign(companyId, id, transaction);
  });
}
