import type { Operation } from '../operation.js';
import { attendantsExportQuery, dealsExportQuery, ticketsExportQuery } from '../../routes/exports/schema.js';

export const exportsOperations: Operation[] = [
  {
    method: 'GET',
    path: '/api/exports/tickets.csv',
    summary: 'Export the tickets you may see as CSV',
    access: 'user',
    query: ticketsExportQuery,
    answers: { content: 'csv' },
    errors: [
      'ERR_COMPANY_NOT_FOUND',
      'ERR_DASHBOARD_RANGE_INVALID',
      'ERR_DASHBOARD_RANGE_TOO_LONG',
      'ERR_DEAL_NOT_FOUND',
      'ERR_DEAL_OWNER_FORBIDDEN',
      'ERR_IMPORT_MALFORMED_CSV',
      'ERR_IMPORT_TOO_MANY_ROWS',
      'ERR_PIPELINE_NOT_FOUND',
      'ERR_USER_NOT_FOUND',
    ],
  },
  {
    method: 'GET',
    path: '/api/exports/deals.csv',
    summary: 'Export deals as CSV',
    access: 'user',
    query: dealsExportQuery,
    answers: { content: 'csv' },
    errors: [
      'ERR_DEAL_NOT_FOUND',
      'ERR_DEAL_OWNER_FORBIDDEN',
      'ERR_IMPORT_MALFORMED_CSV',
      'ERR_IMPORT_TOO_MANY_ROWS',
      'ERR_PIPELINE_NOT_FOUND',
      'ERR_USER_NOT_FOUND',
    ],
  },
  {
    method: 'GET',
    path: '/api/exports/dashboard-attendants.csv',
    summary: "Export the dashboard's per-attendant figures as CSV",
    access: 'supervisor',
    query: attendantsExportQuery,
    answers: { content: 'csv' },
    errors: [
      'ERR_COMPANY_NOT_FOUND',
      'ERR_DASHBOARD_RANGE_INVALID',
      'ERR_DASHBOARD_RANGE_TOO_LONG',
      'ERR_IMPORT_MALFORMED_CSV',
      'ERR_IMPORT_TOO_MANY_ROWS',
      'ERR_QUEUE_NOT_FOUND',
    ],
  },
];
