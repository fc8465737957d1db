import type { Transaction } from 'sequelize';
import { exec, many } from './sql.js';
import type { CustomField } from './contacts.js';

// The CSV import and export of contacts (services/contacts/importContacts, exportContacts): set-wise
// statements with bind parameters, a whole file in one round trip each.

/** The company's contacts among these canonical numbers, by canonical number (a contact stored by WhatsApp's 8-digit form is found too). */
export async function contactIdsByNumberKey(companyId: number, numbers: string[], transaction?: Transaction): Promise<Map<string, number>> {
  const rows = await many<{ id: number; number: string }>(
    `SELECT id, contact_number_key(number) AS number FROM "Contacts" WHERE "companyId" = $1 AND contact_number_key(number) = ANY($2::text[])`,
    [companyId, numbers],
    { transaction },
  );
  return new Map(rows.map((r) => [r.number, r.id]));
}

export interface ImportedContact {
  name: string;
  number: string;
  email: string | null;
  extraInfo: CustomField[];
}

/** Inserts the rows; a contact created meanwhile (by a message, a colleague) wins and its row is left out. Answers the new ones by number. */
export async function insertImportedContacts(transaction: Transaction, companyId: number, rows: ImportedContact[]): Promise<Map<string, number>> {
  const inserted = await many<{ id: number; number: string }>(
    `INSERT INTO "Contacts" ("companyId", name, number, email, "extraInfo")
       SELECT $1, u.name, u.number, u.email, u.extra FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[]) AS u(name, number, email, extra)
       ON CONFLICT ("companyId", contact_number_key(number)) DO NOTHING RETURNING id, number`,
    [companyId, rows.map((r) => r.name), rows.map((r) => r.number), rows.map((r) => r.email), rows.map((r) => JSON.stringify(r.extraInfo))],
    { transaction },
  );
  return new Map(inserted.map((c) => [c.number, c.id]));
}

/** Tags each contact with the company's tags of these names (lower case), pair by pair. */
export async function linkContactTagsByName(transaction: Transaction, companyId: number, pairs: { contactId: number; tagName: string }[]): Promise<void> {
  if (pairs.length === 0) return;
  await exec(
    `INSERT INTO "ContactTags" ("contactId", "tagId")
     SELECT p.contact, t.id FROM unnest($2::int[], $3::text[]) AS p(contact, tag) JOIN "Tags" t ON t."companyId" = $1 AND lower(t.name) = p.tag
     ON CONFLICT DO NOTHING`,
    [companyId, pairs.map((p) => p.contactId), pairs.map((p) => p.tagName)],
    { transaction },
  );
}

/** The custom field names of the company's contacts (groups aside), one per name whatever its case ("CPF" and "cpf" are one field). */
export async function customFieldNames(companyId: number, max: number): Promise<string[]> {
  const rows = await many<{ name: string }>(
    `SELECT DISTINCT ON (lower(f->>'name')) f->>'name' AS name FROM "Contacts" c, jsonb_array_elements(c."extraInfo") f
       WHERE c."companyId" = $1 AND NOT c."isGroup" AND jsonb_typeof(f) = 'object' ORDER BY lower(f->>'name'), 1 LIMIT $2`,
    [companyId, max],
  );
  return rows.map((r) => r.name);
}

export interface ExportRow {
  id: number;
  sortName: string;
  name: string;
  number: string;
  email: string | null;
  extraInfo: CustomField[];
  /** Its tag names, alphabetical, comma-separated. */
  tags: string | null;
}

/** One batch of the export in name order, keyset after (lower(name), id); groups are left out. */
export function exportContactsBatch(companyId: number, after: [string, number] | null, size: number): Promise<ExportRow[]> {
  return many(
    `SELECT c.id, lower(c.name) AS "sortName", c.name, c.number, c.email, c."extraInfo",
         (SELECT string_agg(t.name, ', ' ORDER BY lower(t.name)) FROM "ContactTags" ct JOIN "Tags" t ON t.id = ct."tagId"
          WHERE ct."contactId" = c.id) AS tags
       FROM "Contacts" c
       WHERE c."companyId" = $1 AND NOT c."isGroup" AND ($2::text IS NULL OR (lower(c.name), c.id) > ($2, $3::int))
       ORDER BY lower(c.name), c.id LIMIT ${size}`,
    [companyId, after?.[0] ?? null, after?.[1] ?? 0],
  );
}
