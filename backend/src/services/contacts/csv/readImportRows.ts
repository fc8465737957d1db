import type { ImportRowProblem } from '@atende/contract';
import { z } from 'zod';
import { AppError } from '../../../errors/AppError.js';
import { normalizePhoneNumber } from '../../../lib/phoneNumber.js';
import type { CustomField } from '../../../db/contacts.js';
import { CONTACT_LIMITS } from '../limits.js';
import { parseCsv, uncsvCell } from './parseCsv.js';

export interface ImportRow {
  /** The spreadsheet row number: the header is row 1. */
  row: number;
  name: string;
  number: string;
  email: string | null;
  tags: string[];
  extraInfo: CustomField[];
  /** Why the row cannot be imported (stable codes the frontend translates). */
  problems: ImportRowProblem[];
}

// Header names as people write them, in the product's languages; anything else becomes a custom field.
const COLUMNS: Record<string, 'name' | 'number' | 'email' | 'tags'> = {
  name: 'name',
  nome: 'name',
  nombre: 'name',
  number: 'number',
  numero: 'number',
  número: 'number',
  phone: 'number',
  telefone: 'number',
  celular: 'number',
  whatsapp: 'number',
  teléfono: 'number',
  email: 'email',
  'e-mail': 'email',
  correo: 'email',
  tags: 'tags',
  etiquetas: 'tags',
  tag: 'tags',
  etiqueta: 'tags',
};

/** Whether a header names one of the standard columns (so a custom field must not be called that). */
export const isStandardColumn = (header: string) => header.trim().toLowerCase() in COLUMNS;

const emailSchema = z.string().email().max(254);

function headerError(message: string, details?: unknown): AppError {
  return AppError.badRequest('ERR_IMPORT_HEADER', message, details);
}

/** Reads the header, then checks every row on its own (duplicates are judged later, across rows). */
export function readImportRows(text: string): ImportRow[] {
  const { records } = parseCsv(text, CONTACT_LIMITS.importMaxRows + 1);
  const header = records[0]?.map((h) => h.trim());
  if (!header || header.every((h) => h === '')) throw AppError.badRequest('ERR_IMPORT_EMPTY', 'The file is empty');
  const roles = header.map((h) => COLUMNS[h.toLowerCase()] ?? (h === '' ? null : 'custom'));
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h.toLowerCase())) throw headerError(`The column "${h}" appears twice`, { column: h });
    seen.add(h.toLowerCase());
  }
  for (const role of ['name', 'number'] as const) {
    if (roles.filter((r) => r === role).length !== 1) throw headerError(`The file needs one "${role}" column`, { missing: role });
  }
  if (roles.filter((r) => r === 'custom').length > CONTACT_LIMITS.importMaxCustomColumns)
    throw headerError('Too many custom field columns', { maxColumns: CONTACT_LIMITS.importMaxCustomColumns });

  const rows: ImportRow[] = [];
  records.slice(1).forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return; // blank lines (Excel leaves ";;;" rows) are not rows
    const row: ImportRow = { row: index + 2, name: '', number: '', email: null, tags: [], extraInfo: [], problems: [] };
    const problem = (p: ImportRowProblem) => row.problems.includes(p) || row.problems.push(p);
    if (cells.slice(header.length).some((c) => c.trim() !== '')) problem('ERR_TOO_MANY_CELLS');
    header.forEach((column, i) => {
      const value = uncsvCell((cells[i] ?? '').trim());
      const role = roles[i];
      if (role === 'name') row.name = value;
      else if (role === 'number') row.number = value;
      else if (role === 'email') row.email = value === '' ? null : value.toLowerCase();
      else if (role === 'tags')
        row.tags = [
          ...new Set(
            value
              .split(/[,|]/)
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ];
      else if (role === 'custom' && value !== '') {
        if (value.length > CONTACT_LIMITS.customFieldValue) problem('ERR_CUSTOM_FIELD_TOO_LONG');
        row.extraInfo.push({ name: column.slice(0, CONTACT_LIMITS.customFieldName), value });
      }
    });
    if (row.name === '') problem('ERR_NAME_REQUIRED');
    else if (row.name.length > CONTACT_LIMITS.name) problem('ERR_NAME_TOO_LONG');
    if (row.number === '') problem('ERR_NUMBER_REQUIRED');
    else {
      const number = normalizePhoneNumber(row.number);
      if (number) row.number = number;
      else problem('ERR_INVALID_PHONE_NUMBER');
    }
    if (row.email !== null && !emailSchema.safeParse(row.email).success) problem('ERR_INVALID_EMAIL');
    if (row.extraInfo.length > CONTACT_LIMITS.customFields) problem('ERR_TOO_MANY_CUSTOM_FIELDS');
    if (row.tags.length > CONTACT_LIMITS.tagsPerContact || row.tags.some((t) => t.length > CONTACT_LIMITS.tagName)) problem('ERR_INVALID_TAGS');
    rows.push(row);
  });
  return rows;
}
