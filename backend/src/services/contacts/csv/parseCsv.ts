import { AppError } from '../../../errors/AppError.js';

export type CsvDelimiter = ';' | ',' | '\t';

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** Every record, header first; a record may span lines when a quoted cell holds a line break. */
  records: string[][];
}

/**
 * Guesses the delimiter from the header line: Brazilian Excel writes ";" (its decimal separator is the
 * comma), most other tools write ",", some write tabs. The one that splits the header most wins.
 */
function guessDelimiter(text: string): CsvDelimiter {
  const firstLine = text.slice(0, text.search(/\r|\n/) === -1 ? text.length : text.search(/\r|\n/)).replace(/"[^"]*"/g, '');
  const counts: [CsvDelimiter, number][] = [';', ',', '\t'].map((d) => [d as CsvDelimiter, firstLine.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ';';
}

/**
 * RFC 4180 plus what real files carry: a UTF-8 BOM, CRLF, LF or CR line ends, quoted cells with doubled
 * quotes and line breaks inside. Stops with a 400 past `maxRecords` so a huge file is not held in memory.
 */
export function parseCsv(input: string, maxRecords: number): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = guessDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(cell);
    records.push(record);
    if (records.length > maxRecords) throw AppError.badRequest('ERR_IMPORT_TOO_MANY_ROWS', 'The file has too many rows', { maxRows: maxRecords - 1 });
    record = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      record.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoted) throw AppError.badRequest('ERR_IMPORT_MALFORMED_CSV', 'A quoted cell is never closed', { row: records.length + 1 });
  if (cell !== '' || record.length > 0) endRecord();
  return { delimiter, records };
}

/** Excel runs cells starting with = + - @ as formulas; a leading apostrophe keeps them text (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, delimiter: CsvDelimiter): string {
  const safe = FORMULA_START.test(value) && !/^\+[\d\s()-]+$/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes csvCell's apostrophe, so an exported file imports back to the same text. */
export function uncsvCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
