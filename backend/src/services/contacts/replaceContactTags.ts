import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';

/**
 * Makes the contact's tags exactly `tagIds`. Every id must be a tag of the contact's company: a tag of
 * another company is reported as not found, like any id the caller cannot see.
 */
export async function replaceContactTags(companyId: number, contactId: number, tagIds: number[], transaction: Transaction): Promise<void> {
  const { sequelize } = ctx();
  const unique = [...new Set(tagIds)];
  if (unique.length > 0) {
    const found = await sequelize.query<{ id: number }>(`SELECT id FROM "Tags" WHERE "companyId" = $1 AND id = ANY($2::int[]) FOR SHARE`, {
      bind: [companyId, unique],
      type: QueryTypes.SELECT,
      transaction,
    });
    const known = new Set(found.map((t) => t.id));
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length > 0) throw new AppError('ERR_TAG_NOT_FOUND', 404, 'Tag not found', { tagIds: missing });
  }
  await sequelize.query(`DELETE FROM "ContactTags" WHERE "contactId" = $1 AND NOT ("tagId" = ANY($2::int[]))`, {
    bind: [contactId, unique],
    transaction,
  });
  if (unique.length > 0) {
    await sequelize.query(
      `INSERT INTO "ContactTags" ("contactId", "tagId") SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
      { bind: [contactId, unique], transaction },
    );
  }
}
