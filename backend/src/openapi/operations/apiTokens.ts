import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createApiTokenBody } from '../../routes/apiTokens/schema.js';

export const apiTokensOperations: Operation[] = [
  { method: 'GET', path: '/api/api-tokens', summary: "List the company's API tokens (never the tokens themselves)", access: 'admin', errors: [] },
  {
    method: 'POST',
    path: '/api/api-tokens',
    summary: 'Create an API token — the answer is the only time it is readable',
    access: 'admin',
    body: createApiTokenBody,
    answers: { status: 201 },
    errors: ['ERR_TOKEN_EXPIRY_PAST'],
  },
  {
    method: 'DELETE',
    path: '/api/api-tokens/:id',
    summary: 'Revoke an API token (the row stays, named in the list)',
    access: 'admin',
    params: idParams,
    errors: ['ERR_API_TOKEN_NOT_FOUND'],
  },
];
