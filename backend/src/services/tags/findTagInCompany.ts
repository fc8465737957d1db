import type { Transaction } from 'sequelize';
import { findTag, type TagRecord } from '../../db/tags.js';
import { AppError } from '../../errors/AppError.js';

/** A tag of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findTagInCompany(companyId: number, tagId: number, transaction?: Transaction): Promise<TagRecord> {
  const tag = await findTag(companyId, tagId, transaction);
  if (!tag) throw AppError.notFound('ERR_TAG_NOT_FOUND', 'Tag not found');
  return tag;
}

/** The unique index on (companyId, lower(name)) decides (db/tags isTagNameTaken): "VIP" and "vip" are one tag. */
export const tagNameInUse = () => AppError.conflict('ERR_TAG_NAME_IN_USE', 'Another tag already has this name');
