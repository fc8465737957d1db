import { ctx } from '../../context.js';
import { deleteQuickReplyRow } from '../../db/quickReplies.js';
import { domainEvents } from '../../events/bus.js';
import { findQuickReplyInCompany } from './findQuickReplyInCompany.js';

export async function deleteQuickReply({ companyId, quickReplyId }: { companyId: number; quickReplyId: number }): Promise<void> {
  await ctx().sequelize.transaction(async (transaction) => {
    await findQuickReplyInCompany(companyId, quickReplyId, transaction);
    await deleteQuickReplyRow(transaction, companyId, quickReplyId);
    domainEvents.publishAfterCommit(transaction, 'quickReply.changed', { companyId, action: 'deleted', quickReplyId });
  });
}
