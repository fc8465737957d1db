import { exportShippingsBatch, type ShippingExportRow } from '../../db/campaignReport.js';
import { companyTimezone } from '../../db/companies.js';
import type { UserRecord } from '../../db/users.js';
import { csvCell } from '../contacts/csv/parseCsv.js';
import { findCampaignInCompany } from './campaignAccess.js';

const DELIMITER = ';';
const BATCH = 1000;
const COLUMNS = ['name', 'number', 'variant', 'status', 'reason', 'sentAt', 'deliveredAt', 'readAt', 'repliedAt', 'failedAt'] as const;

/**
 * A campaign's report as CSV, in the contacts export's format (UTF-8 with a BOM, ";" between cells so Brazilian
 * Excel opens it in columns, CRLF): one row per recipient in the order they were resolved, streamed in keyset
 * batches so a large campaign is never held whole. The variant is counted from 1 as the wizard shows it; status
 * and reason are the API's codes; times are in the company's clock. The campaign is checked before the first
 * byte, so another company's answers 404, not a broken file.
 */
export async function exportCampaignShippings({ actor, id }: { actor: UserRecord; id: number }): Promise<AsyncGenerator<string>> {
  await findCampaignInCompany(actor.companyId, id);
  const timezone = (await companyTimezone(actor.companyId)) ?? 'UTC';
  return csvLines(id, timezone);
}

async function* csvLines(campaignId: number, timezone: string): AsyncGenerator<string> {
  const line = (cells: string[]) => `${cells.map((c) => csvCell(c, DELIMITER)).join(DELIMITER)}\r\n`;
  // A skipped recipient was given no variant: its cell stays empty, as in the report on screen.
  const cells = (row: ShippingExportRow) =>
    COLUMNS.map((column) => (column === 'variant' ? (row.status === 'skipped' ? '' : String(row.variant + 1)) : (row[column] ?? '')));
  yield `\ufeff${line([...COLUMNS])}`;
  let after: string | null = null;
  for (;;) {
    const rows: ShippingExportRow[] = await exportShippingsBatch(campaignId, timezone, after, BATCH);
    if (rows.length > 0) yield rows.map((row) => line(cells(row))).join('');
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
