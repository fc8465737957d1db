import { ctx } from '../../context.js';
import { isTagNameTaken, updateTagRow, type TagRecord } from '../../db/tags.js';
import { domainEvents } from '../../events/bus.js';
import { findTagInCompany, tagNameInUse } from './findTagInCompany.js';

export async function updateTag(input: { companyId: number; tagId: number; changes: { name?: string; color?: string } }): Promise<TagRecord> {
  const { companyId, tagId, changes } = input;
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      await findTagInCompany(companyId, tagId, transaction);
      const tag = await updateTagRow(transaction, companyId, tagId, changes);
      domainEvents.publishAfterCommit(transaction, 'tag.changed', { companyId, action: 'updated', tagId });
      return tag;
    });
  } catch (err) {
    if (isTagNameTaken(err)) throw tagNameInUse();
    throw err;
  }
}
