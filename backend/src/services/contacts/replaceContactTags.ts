import type { Transaction } from 'sequelize';
import { replaceContactTagLinks } from '../../db/contacts.js';
import { lockCompanyTags } from '../../db/tags.js';
import { AppError } from '../../errors/AppError.js';

/**
 * Makes the contact's tags exactly `tagIds`. Every id must be a tag of the contact's company: a tag of
 * another company is reported as not found, like any id the caller cannot see.
 */
export async function replaceContactTags(companyId: number, contactId: number, tagIds: number[], transaction: Transaction): Promise<void> {
  const unique = [...new Set(tagIds)];
  if (unique.length > 0) {
    const known = await lockCompanyTags(transaction, companyId, unique);
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length > 0) throw new AppError('ERR_TAG_NOT_FOUND', 404, 'Tag not found', { tagIds: missing });
  }
  await replaceContactTagLinks(transaction, contactId, unique);
}
