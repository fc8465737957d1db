import { ctx } from '../../context.js';
import { deleteTagRow } from '../../db/tags.js';
import { domainEvents } from '../../events/bus.js';
import { findTagInCompany } from './findTagInCompany.js';

/** The tag leaves every contact and ticket it was on (ON DELETE CASCADE on ContactTags and TicketTags). */
export async function deleteTag({ companyId, tagId }: { companyId: number; tagId: number }): Promise<void> {
  await ctx().sequelize.transaction(async (transaction) => {
    await findTagInCompany(companyId, tagId, transaction);
    await deleteTagRow(transaction, companyId, tagId);
    domainEvents.publishAfterCommit(transaction, 'tag.changed', { companyId, action: 'deleted', tagId });
  });
}
