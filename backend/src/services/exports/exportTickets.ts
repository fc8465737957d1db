import type { CsvDelimiter } from '../contacts/csv/parseCsv.js';
import { queueIdsOfUser } from '../../db/ticketTargets.js';
import { ticketExportBatch, type TicketExportBatch, type TicketExportRow } from '../../db/ticketExport.js';
import type { UserRecord } from '../../db/users.js';
import { resolveDashboardRange, type RangeBound } from '../dashboard/dashboardRange.js';
import { readTicketSettings } from '../tickets/readTicketSettings.js';
import { seesEverything } from '../tickets/ticketVisibility.js';
import { BOM, csvLine } from './csvFile.js';

const BATCH = 1000;
const COLUMNS = [
  'id',
  'status',
  'contact',
  'number',
  'connection',
  'queue',
  'attendant',
  'createdAt',
  'acceptedAt',
  'closedAt',
  'waitingSeconds',
  'handlingSeconds',
  'tags',
  'csatRating',
  'csatAnsweredAt',
] as const satisfies readonly (keyof TicketExportRow)[];

export interface ExportTicketsInput {
  actor: UserRecord;
  from?: RangeBound;
  to?: RangeBound;
  delimiter: CsvDelimiter;
}

/**
 * The tickets created in a period (the dashboard's period: local days or instants, the last 30 days by default,
 * at most a year) as CSV: queue, attendant, times in the company's clock, waiting and handling seconds, tags and
 * the CSAT rating. Only what the caller may see — the ticket list's rule (ticketVisibility.ts): an attendant's
 * file holds their own tickets and the pending ones they are offered, a supervisor's the company's. Streamed in
 * keyset batches of 1,000, so memory stays flat whatever the period holds; the period and the caller are checked
 * before the first byte, so a bad range answers 400, not a broken file.
 */
export async function exportTickets({ actor, from, to, delimiter }: ExportTicketsInput): Promise<AsyncGenerator<string>> {
  const range = await resolveDashboardRange(actor.companyId, { from, to });
  const batch: TicketExportBatch = { companyId: actor.companyId, from: range.from, to: range.to, timezone: range.timezone, after: null, size: BATCH };
  if (!seesEverything(actor)) {
    const [queueIds, settings] = await Promise.all([queueIdsOfUser(actor.id), readTicketSettings(actor.companyId)]);
    batch.visibility = { viewer: { ...actor, queueIds }, settings };
  }
  return lines(batch, delimiter);
}

async function* lines(batch: TicketExportBatch, delimiter: CsvDelimiter): AsyncGenerator<string> {
  yield BOM + csvLine(COLUMNS, delimiter);
  for (;;) {
    const rows = await ticketExportBatch(batch);
    if (rows.length > 0)
      yield rows
        .map((row) =>
          csvLine(
            COLUMNS.map((column) => row[column]),
            delimiter,
          ),
        )
        .join('');
    if (rows.length < batch.size) return;
    const last = rows[rows.length - 1]!;
    batch.after = { at: last.afterAt, id: last.id };
  }
}
