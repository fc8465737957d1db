import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { TagRecord } from '../../presenters/tag.js';

export const TAG_COLUMNS = `id, "companyId", name, color, "createdAt", "updatedAt"`;

/** A tag of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findTagInCompany(companyId: number, tagId: number, transaction?: Transaction): Promise<TagRecord> {
  const [tag] = await ctx().sequelize.query<TagRecord>(
    `SELECT ${TAG_COLUMNS} FROM "Tags" WHERE id = $1 AND "companyId" = $2${transaction ? ' FOR UPDATE' : ''}`,
    { bind: [tagId, companyId], type: QueryTypes.SELECT, transaction },
  );
  if (!tag) throw AppError.notFound('ERR_TAG_NOT_FOUND', 'Tag not found');
  return tag;
}

/** The unique index on (companyId, lower(name)) decides: "VIP" and "vip" are one tag. */
export function isTagNameTaken(err: unknown): boolean {
  const original = (err as { original?: { code?: string; constraint?: string } } | null)?.original;
  return original?.code === '23505' && original.constraint === 'Tags_company_name';
}

export const tagNameInUse = () => AppError.conflict('ERR_TAG_NAME_IN_USE', 'Another tag already has this name');
