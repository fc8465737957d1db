import type { CsvDelimiter } from '../contacts/csv/parseCsv.js';
import type { RangeBound } from '../dashboard/dashboardRange.js';
import { getDashboard } from '../dashboard/getDashboard.js';
import { BOM, csvLine } from './csvFile.js';

const COLUMNS = ['attendant', 'closed', 'avgHandlingSeconds', 'csatCount', 'csatAverage', 'csat1', 'csat2', 'csat3', 'csat4', 'csat5'];

export interface ExportDashboardAttendantsInput {
  companyId: number;
  from?: RangeBound;
  to?: RangeBound;
  queueId?: number;
  delimiter: CsvDelimiter;
}

/**
 * The dashboard's attendant table (same period and queue filter, same figures) as CSV. The table has one row
 * per attendant of the company — tens, not thousands — and its figures are aggregates the dashboard computes
 * in SQL, so it is built by getDashboard and written out line by line; nothing grows with the ticket count.
 */
export async function exportDashboardAttendants({ delimiter, ...query }: ExportDashboardAttendantsInput): Promise<AsyncGenerator<string>> {
  const dashboard = await getDashboard(query);
  return (async function* () {
    yield BOM + csvLine(COLUMNS, delimiter);
    for (const a of dashboard.attendants) {
      // A decimal comma where ";" separates cells (Brazilian Excel), a point otherwise.
      const average = a.csat.average === null ? null : delimiter === ';' ? String(a.csat.average).replace('.', ',') : String(a.csat.average);
      yield csvLine([a.name, a.closed, a.avgHandlingSeconds, a.csat.count, average, ...a.csat.distribution], delimiter);
    }
  })();
}
