import { insertTag, isTagNameTaken, type TagRecord } from '../../db/tags.js';
import { domainEvents } from '../../events/bus.js';
import { tagNameInUse } from './findTagInCompany.js';

export async function createTag(input: { companyId: number; name: string; color?: string }): Promise<TagRecord> {
  try {
    const tag = await insertTag(input.companyId, input.name, input.color);
    domainEvents.publish('tag.changed', { companyId: input.companyId, action: 'created', tagId: tag.id });
    return tag;
  } catch (err) {
    if (isTagNameTaken(err)) throw tagNameInUse();
    throw err;
  }
}
