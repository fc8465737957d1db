import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import type { CustomField } from '../../presenters/contact.js';
import { csvCell } from './csv/parseCsv.js';
import { isStandardColumn } from './csv/readImportRows.js';
import { CONTACT_LIMITS } from './limits.js';

const DELIMITER = ';';
const BATCH = 1000;

interface ExportRow {
  id: number;
  sortName: string;
  name: string;
  number: string;
  email: string | null;
  extraInfo: CustomField[];
  tags: string | null;
}

/** Brazilian numbers written the way people read them, which also keeps Excel from turning them into 5,51E+12. */
function displayNumber(number: string): string {
  const br = /^55(\d{2})(\d{4,5})(\d{4})$/.exec(number);
  return br ? `+55 ${br[1]} ${br[2]}-${br[3]}` : `+${number}`;
}

/**
 * The company's contacts as CSV, streamed in keyset batches so a large address book is never held whole.
 * Format (what the import reads back): UTF-8 with a BOM, ";" between cells (Brazilian Excel opens it in
 * columns), CRLF line ends, columns name;number;email;tags then one column per custom field name; tags
 * are comma-separated in their cell. Groups are left out: they cannot be created from a file.
 */
export async function* exportContacts({ companyId }: { companyId: number }): AsyncGenerator<string> {
  const { sequelize } = ctx();
  const fieldNames = (
    await sequelize.query<{ name: string }>(
      // One column per name whatever its case ("CPF" and "cpf" are one field, as the import sees headers).
      `SELECT DISTINCT ON (lower(f->>'name')) f->>'name' AS name FROM "Contacts" c, jsonb_array_elements(c."extraInfo") f
       WHERE c."companyId" = $1 AND NOT c."isGroup" AND jsonb_typeof(f) = 'object' ORDER BY lower(f->>'name'), 1 LIMIT $2`,
      { bind: [companyId, CONTACT_LIMITS.importMaxCustomColumns], type: QueryTypes.SELECT },
    )
  ).map((r) => r.name).filter((n) => !!n && !isStandardColumn(n));
  const line = (cells: string[]) => `${cells.map((c) => csvCell(c, DELIMITER)).join(DELIMITER)}\r\n`;
  yield `\ufeff${line(['name', 'number', 'email', 'tags', ...fieldNames])}`;
  let after: [string, number] | null = null;
  for (;;) {
    const rows: ExportRow[] = await sequelize.query<ExportRow>(
      `SELECT c.id, lower(c.name) AS "sortName", c.name, c.number, c.email, c."extraInfo",
         (SELECT string_agg(t.name, ', ' ORDER BY lower(t.name)) FROM "ContactTags" ct JOIN "Tags" t ON t.id = ct."tagId"
          WHERE ct."contactId" = c.id) AS tags
       FROM "Contacts" c
       WHERE c."companyId" = $1 AND NOT c."isGroup" AND ($2::text IS NULL OR (lower(c.name), c.id) > ($2, $3::int))
       ORDER BY lower(c.name), c.id LIMIT ${BATCH}`,
      { bind: [companyId, after?.[0] ?? null, after?.[1] ?? 0], type: QueryTypes.SELECT },
    );
    let chunk = '';
    for (const row of rows) {
      const fields = Array.isArray(row.extraInfo) ? row.extraInfo : [];
      const custom = fieldNames.map((n) => fields.find((f) => f.name.toLowerCase() === n.toLowerCase())?.value ?? '');
      chunk += line([row.name, displayNumber(row.number), row.email ?? '', row.tags ?? '', ...custom]);
    }
    if (chunk) yield chunk;
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) return;
    after = [last.sortName, last.id];
  }
}
