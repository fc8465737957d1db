import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createQueueBody, listQueuesQuery, updateQueueBody } from '../../routes/queues/schema.js';

export const queuesOperations: Operation[] = [
  { method: 'GET', path: '/api/queues', summary: 'List queues', access: 'user', query: listQueuesQuery, errors: [] },
  {
    method: 'POST',
    path: '/api/queues',
    summary: 'Create a queue',
    access: 'admin',
    body: createQueueBody,
    answers: { status: 201 },
    errors: [
      'ERR_AI_AGENT_NAME_IN_USE',
      'ERR_AI_AGENT_NOT_FOUND',
      'ERR_QUEUE_NAME_IN_USE',
      'ERR_QUEUE_NOT_FOUND',
      'ERR_USER_NOT_FOUND',
      'ERR_WHATSAPP_NOT_FOUND',
    ],
  },
  { method: 'GET', path: '/api/queues/:id', summary: 'Get a queue', access: 'user', params: idParams, errors: ['ERR_QUEUE_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/queues/:id',
    summary: 'Update a queue',
    access: 'admin',
    params: idParams,
    body: updateQueueBody,
    errors: [
      'ERR_AI_AGENT_NAME_IN_USE',
      'ERR_AI_AGENT_NOT_FOUND',
      'ERR_QUEUE_NAME_IN_USE',
      'ERR_QUEUE_NOT_FOUND',
      'ERR_USER_NOT_FOUND',
      'ERR_WHATSAPP_NOT_FOUND',
    ],
  },
  {
    method: 'DELETE',
    path: '/api/queues/:id',
    summary: 'Delete a queue',
    access: 'admin',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_QUEUE_NOT_FOUND'],
  },
];
