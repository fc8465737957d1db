import type { CampaignMedia } from '@atende/contract';
import { ctx } from '../../context.js';
import { setCampaignMedia, type CampaignWithStats } from '../../db/campaigns.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { removeMediaFiles } from '../media/removeMediaFiles.js';
import { assertEditable, findCampaignInCompany, reloadCampaign } from './campaignAccess.js';

/** The uploaded file, already classified by its bytes (services/messages/classifyUpload.ts), relative to MEDIA_DIR. */
export interface UploadedCampaignMedia extends CampaignMedia {
  path: string;
}

/**
 * Sets a draft's one file (replacing the one it had, whose file goes after the commit). Every recipient gets
 * this same stored file; the messages the engine writes point at it, and removeMediaFiles keeps a file any
 * message still points at.
 */
export async function attachCampaignMedia({
  actor,
  id,
  media,
}: {
  actor: UserRecord;
  id: number;
  media: UploadedCampaignMedia | null;
}): Promise<CampaignWithStats> {
  const { companyId } = actor;
  const { previous, campaign } = await ctx().sequelize.transaction(async (transaction) => {
    const current = await findCampaignInCompany(companyId, id, { transaction, lock: true });
    assertEditable(current);
    await setCampaignMedia(
      transaction,
      id,
      media && { mediaPath: media.path, mediaType: media.mediaType, mimetype: media.mimetype, fileName: media.fileName, size: media.size },
    );
    domainEvents.publishAfterCommit(transaction, 'campaign.changed', { companyId, action: 'updated', campaignId: id, whatsappId: current.whatsappId });
    return { previous: current.mediaPath, campaign: await reloadCampaign(companyId, id, transaction) };
  });
  if (previous !== null && previous !== media?.path) await removeMediaFiles([previous]);
  return campaign;
}
