import { ctx } from '../../context.js';
import { setQuickReplyMedia, type QuickReplyMediaFields, type QuickReplyRow } from '../../db/quickReplies.js';
import { domainEvents } from '../../events/bus.js';
import { removeMediaFiles } from '../media/removeMediaFiles.js';
import { findQuickReplyInCompany } from './findQuickReplyInCompany.js';

/**
 * Sets a quick reply's one file (an uploaded image, PDF, audio… already classified by its bytes), or with null
 * takes it away. The file it had goes after the commit, unless a sent message still points at it
 * (removeMediaFiles): messages sent with the reply share its stored file rather than copying it.
 */
export async function attachQuickReplyMedia({
  companyId,
  quickReplyId,
  media,
}: {
  companyId: number;
  quickReplyId: number;
  media: QuickReplyMediaFields | null;
}): Promise<QuickReplyRow> {
  const { previous, row } = await ctx().sequelize.transaction(async (transaction) => {
    const current = await findQuickReplyInCompany(companyId, quickReplyId, transaction);
    const row = await setQuickReplyMedia(transaction, companyId, quickReplyId, media);
    domainEvents.publishAfterCommit(transaction, 'quickReply.changed', { companyId, action: 'updated', quickReplyId });
    return { previous: current.mediaPath, row };
  });
  if (previous !== null && previous !== media?.mediaPath) await removeMediaFiles([previous]);
  return row;
}
