import { customFieldNames, exportContactsBatch, type ExportRow } from '../../db/contactsCsv.js';
import { csvCell } from './csv/parseCsv.js';
import { isStandardColumn } from './csv/readImportRows.js';
import { CONTACT_LIMITS } from './limits.js';

const DELIMITER = ';';
const BATCH = 1000;

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
  // One column per name whatever its case ("CPF" and "cpf" are one field, as the import sees headers).
  const fieldNames = (await customFieldNames(companyId, CONTACT_LIMITS.importMaxCustomColumns)).filter((n) => !!n && !isStandardColumn(n));
  const line = (cells: string[]) => `${cells.map((c) => csvCell(c, DELIMITER)).join(DELIMITER)}\r\n`;
  yield `\ufeff${line(['name', 'number', 'email', 'tags', ...fieldNames])}`;
  let after: [string, number] | null = null;
  for (;;) {
    const rows: ExportRow[] = await exportContactsBatch(companyId, after, BATCH);
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
