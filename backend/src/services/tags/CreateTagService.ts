import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import type { TagRecord } from '../../presenters/tag.js';
import { TAG_COLUMNS, isTagNameTaken, tagNameInUse } from './tagRows.js';

export async function createTag(input: { companyId: number; name: string; color?: string }): Promise<TagRecord> {
  try {
    const [tag] = await ctx().sequelize.query<TagRecord>(
      `INSERT INTO "Tags" ("companyId", name, color) VALUES ($1, $2, COALESCE($3, '#607d8b')) RETURNING ${TAG_COLUMNS}`,
      { bind: [input.companyId, input.name, input.color ?? null], type: QueryTypes.SELECT },
    );
    domainEvents.publish('tag.changed', { companyId: input.companyId, action: 'created', tagId: tag!.id });
    return tag!;
  } catch (err) {
    if (isTagNameTaken(err)) throw tagNameInUse();
    throw err;
  }
}
