import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createWebhookBody, deliveryParams, listDeliveriesQuery, updateWebhookBody } from '../../routes/webhooks/schema.js';

const SAVE_ERRORS = ['ERR_WEBHOOK_URL_PRIVATE', 'ERR_WEBHOOK_URL_UNRESOLVED', 'ERR_AI_SECRET_KEY_MISSING'];

export const webhooksOperations: Operation[] = [
  { method: 'GET', path: '/api/webhooks', summary: "List the company's webhooks", access: 'admin', errors: [] },
  {
    method: 'POST',
    path: '/api/webhooks',
    summary: 'Create a webhook — the answer is the only time its signing secret is readable',
    description:
      'Deliveries are POSTs of `{id, event, companyId, createdAt, data}` signed with `X-Atende-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>` ' +
      'and `X-Atende-Timestamp`; retried with exponential backoff for 24 h; in order per ticket (contact, deal, campaign). ' +
      'Private, loopback and link-local targets are refused unless allowLocal.',
    access: 'admin',
    body: createWebhookBody,
    answers: { status: 201 },
    errors: [...SAVE_ERRORS, 'ERR_WEBHOOK_LIMIT'],
  },
  { method: 'GET', path: '/api/webhooks/:id', summary: 'Get a webhook', access: 'admin', params: idParams, errors: ['ERR_WEBHOOK_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/webhooks/:id',
    summary: 'Change a webhook (active again clears failingSince and disabledAt)',
    access: 'admin',
    params: idParams,
    body: updateWebhookBody,
    errors: ['ERR_WEBHOOK_NOT_FOUND', ...SAVE_ERRORS],
  },
  {
    method: 'DELETE',
    path: '/api/webhooks/:id',
    summary: 'Delete a webhook and its delivery log',
    access: 'admin',
    params: idParams,
    errors: ['ERR_WEBHOOK_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/api/webhooks/:id/secret',
    summary: 'Rotate the signing secret (shown once)',
    access: 'admin',
    params: idParams,
    errors: ['ERR_WEBHOOK_NOT_FOUND', 'ERR_AI_SECRET_KEY_MISSING'],
  },
  {
    method: 'POST',
    path: '/api/webhooks/:id/test',
    summary: 'Queue a `webhook.test` delivery now',
    access: 'admin',
    params: idParams,
    answers: { status: 202 },
    errors: ['ERR_WEBHOOK_NOT_FOUND', 'ERR_WEBHOOK_INACTIVE'],
  },
  {
    method: 'GET',
    path: '/api/webhooks/:id/deliveries',
    summary: 'The delivery log, newest first (keyset: nextCursor)',
    access: 'admin',
    params: idParams,
    query: listDeliveriesQuery,
    errors: ['ERR_WEBHOOK_NOT_FOUND', 'ERR_INVALID_CURSOR'],
  },
  {
    method: 'POST',
    path: '/api/webhooks/:id/deliveries/:deliveryId/redeliver',
    summary: 'Send a delivery again (same id and body, a fresh timestamp and signature)',
    access: 'admin',
    params: deliveryParams,
    answers: { status: 202 },
    errors: ['ERR_WEBHOOK_NOT_FOUND', 'ERR_WEBHOOK_DELIVERY_NOT_FOUND', 'ERR_WEBHOOK_INACTIVE'],
  },
];
