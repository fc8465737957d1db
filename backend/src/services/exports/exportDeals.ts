import type { CsvDelimiter } from '../contacts/csv/parseCsv.js';
import { companyTimezone } from '../../db/companies.js';
import { dealExportBatch, type DealExportBatch, type DealExportRow } from '../../db/dealExport.js';
import type { UserRecord } from '../../db/users.js';
import { dealOwnerFilter } from '../deals/dealAccess.js';
import { findPipeline } from '../pipelines/findPipeline.js';
import { BOM, csvLine } from './csvFile.js';

const BATCH = 1000;
const COLUMNS = [
  'id',
  'title',
  'pipeline',
  'stage',
  'stageKind',
  'value',
  'owner',
  'contact',
  'number',
  'source',
  'expectedCloseAt',
  'closedAt',
  'lostReason',
  'createdAt',
] as const satisfies readonly (keyof DealExportRow)[];

export interface ExportDealsInput {
  actor: UserRecord;
  pipelineId?: number;
  delimiter: CsvDelimiter;
}

/** Cents as a spreadsheet reads money: "1234.50", with a decimal comma where ";" separates cells (Brazilian Excel). */
function money(cents: string, delimiter: CsvDelimiter): string {
  const n = BigInt(cents);
  const text = `${n / 100n}.${String(n % 100n).padStart(2, '0')}`;
  return delimiter === ';' ? text.replace('.', ',') : text;
}

/**
 * The deals of one pipeline (or of every pipeline) as CSV: stage and its kind, value, owner, contact, source, dates
 * in the company's clock and the lost reason. Only what the caller may see — the deals' rule (dealAccess.ts):
 * an attendant's file holds the deals they own. Streamed in keyset batches of 1,000; the pipeline is checked (404)
 * before the first byte.
 */
export async function exportDeals({ actor, pipelineId, delimiter }: ExportDealsInput): Promise<AsyncGenerator<string>> {
  if (pipelineId !== undefined) await findPipeline(actor.companyId, pipelineId);
  const batch: DealExportBatch = {
    companyId: actor.companyId,
    pipelineId,
    ownerId: dealOwnerFilter(actor),
    timezone: (await companyTimezone(actor.companyId)) ?? 'America/Sao_Paulo',
    afterId: 0,
    size: BATCH,
  };
  return lines(batch, delimiter);
}

async function* lines(batch: DealExportBatch, delimiter: CsvDelimiter): AsyncGenerator<string> {
  yield BOM + csvLine(COLUMNS, delimiter);
  for (;;) {
    const rows = await dealExportBatch(batch);
    if (rows.length > 0)
      yield rows
        .map((row) =>
          csvLine(
            COLUMNS.map((column) => (column === 'value' ? money(row.value, delimiter) : row[column])),
            delimiter,
          ),
        )
        .join('');
    if (rows.length < batch.size) return;
    batch.afterId = rows[rows.length - 1]!.id;
  }
}
