import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import type { TagRecord } from '../../presenters/tag.js';
import { TAG_COLUMNS } from './tagRows.js';

/** A company's tags are few (a handful to a few hundred): the whole list, in name order, in one answer. */
export async function listTags({ companyId, search }: { companyId: number; search?: string }): Promise<TagRecord[]> {
  const pattern = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return ctx().sequelize.query<TagRecord>(
    `SELECT ${TAG_COLUMNS} FROM "Tags" WHERE "companyId" = $1 AND ($2::text IS NULL OR name ILIKE $2)
     ORDER BY lower(name), id LIMIT 1000`,
    { bind: [companyId, pattern], type: QueryTypes.SELECT },
  );
}
