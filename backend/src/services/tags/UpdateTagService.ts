import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import type { TagRecord } from '../../presenters/tag.js';
import { TAG_COLUMNS, findTagInCompany, isTagNameTaken, tagNameInUse } from './tagRows.js';

export async function updateTag(input: { companyId: number; tagId: number; changes: { name?: string; color?: string } }): Promise<TagRecord> {
  const { companyId, tagId, changes } = input;
  try {
    return await ctx().sequelize.transaction(async (transaction) => {
      await findTagInCompany(companyId, tagId, transaction);
      const [tag] = await ctx().sequelize.query<TagRecord>(
        `UPDATE "Tags" SET name = COALESCE($3, name), color = COALESCE($4, color), "updatedAt" = now()
         WHERE id = $1 AND "companyId" = $2 RETURNING ${TAG_COLUMNS}`,
        { bind: [tagId, companyId, changes.name ?? null, changes.color ?? null], type: QueryTypes.SELECT, transaction },
      );
      domainEvents.publishAfterCommit(transaction, 'tag.changed', { companyId, action: 'updated', tagId });
      return tag!;
    });
  } catch (err) {
    if (isTagNameTaken(err)) throw tagNameInUse();
    throw err;
  }
}
