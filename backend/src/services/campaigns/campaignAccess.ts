import type { CampaignStatus, CampaignTarget } from '@atende/contract';
import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { selectCampaign, withStats, type CampaignRow, type CampaignWithStats } from '../../db/campaigns.js';
import { companyContactIds, companyContactListIds } from '../../db/contactLists.js';
import { companyTagIds } from '../../db/tags.js';
import { AppError } from '../../errors/AppError.js';

// The rules every campaign use case shares: whose campaign it is (another company's is "not found"), which
// status allows what, and what a target and a rate may be. Admins and supervisors only: the routes check the
// profile before any of this runs.

/** The company's campaign, or 404 as for a missing one; with `lock`, held until the transaction ends. */
export async function findCampaignInCompany(companyId: number, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<CampaignRow> {
  const row = await selectCampaign(companyId, id, options);
  if (!row) throw AppError.notFound('ERR_CAMPAIGN_NOT_FOUND', 'Campaign not found');
  return row;
}

/** The campaign with its counts, re-read (inside the transaction that changed it, when given). */
export async function reloadCampaign(companyId: number, id: number, transaction?: Transaction): Promise<CampaignWithStats> {
  const [row] = await withStats([await findCampaignInCompany(companyId, id, { transaction })], transaction);
  return row!;
}

/** 409 unless the campaign is in one of the statuses the move starts from. */
export function assertCampaignStatus(row: CampaignRow, allowed: CampaignStatus[]): void {
  if (!allowed.includes(row.status))
    throw new AppError('ERR_CAMPAIGN_STATE', 409, `Not possible while the campaign is ${row.status}`, { status: row.status, allowed });
}

/** Only a draft is edited (its file too): what started is what its recipients get. */
export function assertEditable(row: CampaignRow): void {
  if (row.status !== 'draft') throw new AppError('ERR_CAMPAIGN_NOT_EDITABLE', 409, 'Only a draft campaign can be changed', { status: row.status });
}

/** The config's cap (CAMPAIGN_MAX_RATE_PER_MINUTE) protects the number: above it WhatsApp bans. */
export function assertRate(ratePerMinute: number): void {
  const max = ctx().config.campaignMaxRatePerMinute;
  if (ratePerMinute > max) throw AppError.badRequest('ERR_CAMPAIGN_RATE', `At most ${max} messages per minute`, { max });
}

/** Every id of the target is the company's: another company's tag, contact or list is a 404, as a missing one. */
export async function assertTargetInCompany(companyId: number, target: CampaignTarget): Promise<void> {
  const missing = async (ids: number[], known: (ids: number[]) => Promise<Set<number>>) => {
    const found = await known(ids);
    return ids.some((id) => !found.has(id));
  };
  if (await missing(target.tagIds, (ids) => companyTagIds(companyId, ids))) throw AppError.notFound('ERR_TAG_NOT_FOUND', 'Tag not found');
  if (await missing(target.contactIds, (ids) => companyContactIds(companyId, ids))) throw AppError.notFound('ERR_CONTACT_NOT_FOUND', 'Contact not found');
  if (await missing(target.contactListIds, (ids) => companyContactListIds(companyId, ids)))
    throw AppError.notFound('ERR_CONTACT_LIST_NOT_FOUND', 'Contact list not found');
}
