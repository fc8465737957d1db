import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { exportDashboardAttendants } from '../../services/exports/exportDashboardAttendants.js';
import { exportDeals } from '../../services/exports/exportDeals.js';
import { exportTickets } from '../../services/exports/exportTickets.js';
import { attendantsExportQuery, dealsExportQuery, ticketsExportQuery } from './schema.js';

// Spreadsheet exports (issue 15): CSV files, not JSON (UTF-8 with a BOM; `sep=;` by default). Each use case
// checks the caller and the period before the first byte; the rows are then streamed.
export const exportsRouter = Router();
exportsRouter.use(authenticate);

async function sendCsv(res: Response, name: string, lines: AsyncGenerator<string>): Promise<void> {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${name}"`);
  // A failure mid-file cuts the download (the error handler logs it) rather than ending a partial file cleanly.
  await pipeline(Readable.from(lines), res);
}

/** Any user: the tickets they may see (services/exports/exportTickets.ts). */
exportsRouter.get('/tickets.csv', async (req, res) => {
  const { sep, ...period } = parse(ticketsExportQuery, req.query);
  await sendCsv(res, 'atendimentos.csv', await exportTickets({ actor: actorOf(req).user, ...period, delimiter: sep }));
});

/** Any user: the deals they may see (services/exports/exportDeals.ts), of one pipeline or all. */
exportsRouter.get('/deals.csv', async (req, res) => {
  const { sep, pipelineId } = parse(dealsExportQuery, req.query);
  await sendCsv(res, 'negocios.csv', await exportDeals({ actor: actorOf(req).user, pipelineId, delimiter: sep }));
});

/** The dashboard's attendant table: for those who see the dashboard (admins and supervisors). */
exportsRouter.get('/dashboard-attendants.csv', requireProfile('admin', 'supervisor'), async (req, res) => {
  const { sep, ...query } = parse(attendantsExportQuery, req.query);
  await sendCsv(res, 'atendentes.csv', await exportDashboardAttendants({ companyId: actorOf(req).companyId, ...query, delimiter: sep }));
});
