import { ctx } from '../../context.js';
import { deleteQuickReplyRow } from '../../db/quickReplies.js';
import { domainEvents } from '../../events/bus.js';
import { removeMediaFiles } from '../media/removeMediaFiles.js';
import { findQuickReplyInCompany } from './findQuickReplyInCompany.js';

export async function deleteQuickReply({ companyId, quickReplyId }: { companyId: number; quickReplyId: number }): Promise<void> {
  const mediaPath = await ctx().sequelize.transaction(async (transaction) => {
    const row = await findQuickReplyInCompany(companyId, quickReplyId, transaction);
    await deleteQuickReplyRow(transaction, companyId, quickReplyId);
    domainEvents.publishAfterCommit(transaction, 'quickReply.changed', { companyId, action: 'deleted', quickReplyId });
    return row.mediaPath;
  });
  // Its file goes too, unless messages sent with it still point at it.
  await removeMediaFiles([mediaPath]);
}
