import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { ContactRecord } from '../../presenters/contact.js';
import type { TagRef } from '../../presenters/tag.js';

export const CONTACT_COLUMNS = `c.id, c."companyId", c.name, c.number, c.email, c."isGroup", c."profilePicUrl", c."extraInfo",
  c."createdAt", c."updatedAt"`;

export type ContactRow = Omit<ContactRecord, 'tags'>;

/** Attaches each contact's tags with one query for the whole page. */
export async function withTags(rows: ContactRow[], transaction?: Transaction): Promise<ContactRecord[]> {
  if (rows.length === 0) return [];
  const links = await ctx().sequelize.query<TagRef & { contactId: number }>(
    `SELECT ct."contactId", t.id, t.name, t.color FROM "ContactTags" ct JOIN "Tags" t ON t.id = ct."tagId"
     WHERE ct."contactId" = ANY($1::int[]) ORDER BY lower(t.name), t.id`,
    { bind: [rows.map((r) => r.id)], type: QueryTypes.SELECT, transaction },
  );
  const byContact = new Map<number, TagRef[]>();
  for (const { contactId, ...tag } of links) byContact.set(contactId, [...(byContact.get(contactId) ?? []), tag]);
  return rows.map((row) => ({ ...row, tags: byContact.get(row.id) ?? [] }));
}

/** A contact of another company does not exist, as far as the caller can tell: same 404 as a missing one. */
export async function findContactInCompany(
  companyId: number,
  contactId: number,
  options: { transaction?: Transaction; lock?: boolean } = {},
): Promise<ContactRecord> {
  const rows = await ctx().sequelize.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM "Contacts" c WHERE c.id = $1 AND c."companyId" = $2${options.lock ? ' FOR UPDATE' : ''}`,
    { bind: [contactId, companyId], type: QueryTypes.SELECT, transaction: options.transaction },
  );
  if (!rows[0]) throw AppError.notFound('ERR_CONTACT_NOT_FOUND', 'Contact not found');
  const [contact] = await withTags(rows, options.transaction);
  return contact!;
}

/**
 * The unique indexes decide, not a check-then-insert race: the exact number, or the same Brazilian mobile
 * with or without its ninth digit (contact_number_key).
 */
export function isNumberTaken(err: unknown): boolean {
  const original = (err as { original?: { code?: string; constraint?: string } } | null)?.original;
  return original?.code === '23505' && (original.constraint === 'Contacts_company_number' || original.constraint === 'Contacts_company_number_key');
}

export const numberInUse = () => AppError.conflict('ERR_CONTACT_NUMBER_IN_USE', 'Another contact already has this number');
