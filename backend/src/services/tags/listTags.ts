import { listTags as selectTags, type TagRecord } from '../../db/tags.js';

/** A company's tags are few (a handful to a few hundred): the whole list, in name order, in one answer. */
export function listTags({ companyId, search }: { companyId: number; search?: string }): Promise<TagRecord[]> {
  return selectTags(companyId, search);
}
