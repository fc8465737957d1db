import { csvCell, type CsvDelimiter } from '../contacts/csv/parseCsv.js';

// The exports' file format, the contacts and campaign exports' own: UTF-8 with a BOM (Excel then reads the
// accents right), CRLF, every cell through csvCell (quoted where needed, formulas defused). The separator is the
// caller's: ";" (the default) is what Brazilian Excel splits into columns, "," what most other tools expect.

export const BOM = '\ufeff';

/** One CRLF-terminated line of cells. */
export function csvLine(cells: readonly (string | number | null)[], delimiter: CsvDelimiter): string {
  return `${cells.map((c) => csvCell(c === null ? '' : String(c), delimiter)).join(delimiter)}\r\n`;
}
