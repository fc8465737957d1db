import type { Operation } from '../operation.js';
import { dashboardQuery } from '../../routes/dashboard/schema.js';

export const dashboardOperations: Operation[] = [
  {
    method: 'GET',
    path: '/api/dashboard',
    summary: 'Dashboard figures for a period',
    access: 'supervisor',
    query: dashboardQuery,
    errors: ['ERR_COMPANY_NOT_FOUND', 'ERR_DASHBOARD_RANGE_INVALID', 'ERR_DASHBOARD_RANGE_TOO_LONG', 'ERR_QUEUE_NOT_FOUND'],
  },
];
