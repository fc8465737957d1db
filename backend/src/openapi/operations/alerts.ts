import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';

export const alertsOperations: Operation[] = [
  { method: 'GET', path: '/api/alerts', summary: "List the admins' alerts (the bell)", access: 'admin', errors: [] },
  { method: 'POST', path: '/api/alerts/seen', summary: 'Mark every alert as seen', access: 'admin', answers: { status: 204 }, errors: ['ERR_ALERT_NOT_FOUND'] },
  {
    method: 'POST',
    path: '/api/alerts/:id/seen',
    summary: 'Mark an alert as seen',
    access: 'admin',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_ALERT_NOT_FOUND'],
  },
];
