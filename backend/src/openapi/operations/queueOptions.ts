import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createQueueOptionBody, listQueueOptionsQuery, updateQueueOptionBody } from '../../routes/queueOptions/schema.js';

export const queueOptionsOperations: Operation[] = [
  { method: 'GET', path: '/api/queue-options', summary: 'List chatbot menu options', access: 'user', query: listQueueOptionsQuery, errors: [] },
  {
    method: 'POST',
    path: '/api/queue-options',
    summary: 'Create a chatbot menu option',
    access: 'admin',
    body: createQueueOptionBody,
    answers: { status: 201 },
    errors: ['ERR_QUEUE_NOT_FOUND', 'ERR_QUEUE_OPTION_LOOP', 'ERR_QUEUE_OPTION_NOT_FOUND', 'ERR_USER_NOT_FOUND'],
  },
  {
    method: 'PUT',
    path: '/api/queue-options/:id',
    summary: 'Update a chatbot menu option',
    access: 'admin',
    params: idParams,
    body: updateQueueOptionBody,
    errors: ['ERR_QUEUE_NOT_FOUND', 'ERR_QUEUE_OPTION_LOOP', 'ERR_QUEUE_OPTION_NOT_FOUND', 'ERR_USER_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/queue-options/:id',
    summary: 'Delete a chatbot menu option',
    access: 'admin',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_QUEUE_OPTION_NOT_FOUND'],
  },
];
