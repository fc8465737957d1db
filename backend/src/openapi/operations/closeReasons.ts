import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { closeReasonBody } from '../../routes/closeReasons/schema.js';

const errors = ['ERR_CLOSE_REASON_NAME_IN_USE', 'ERR_CLOSE_REASON_NOT_FOUND'];

export const closeReasonsOperations: Operation[] = [
  { method: 'GET', path: '/api/close-reasons', summary: 'List close reasons', access: 'user', errors: [] },
  { method: 'POST', path: '/api/close-reasons', summary: 'Create a close reason', access: 'admin', body: closeReasonBody, answers: { status: 201 }, errors },
  { method: 'PUT', path: '/api/close-reasons/:id', summary: 'Rename a close reason', access: 'admin', params: idParams, body: closeReasonBody, errors },
  {
    method: 'DELETE',
    path: '/api/close-reasons/:id',
    summary: 'Delete a close reason (tickets closed with it keep none)',
    access: 'admin',
    params: idParams,
    answers: { status: 204 },
    errors,
  },
];
