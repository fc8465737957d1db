import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createTaskBody, listTasksQuery, updateTaskBody } from '../../routes/tasks/schema.js';

export const tasksOperations: Operation[] = [
  { method: 'GET', path: '/api/tasks', summary: 'List tasks', access: 'user', query: listTasksQuery, errors: ['ERR_TASK_NOT_FOUND'] },
  {
    method: 'POST',
    path: '/api/tasks',
    summary: 'Create a task',
    access: 'user',
    body: createTaskBody,
    answers: { status: 201 },
    errors: ['ERR_CONTACT_NOT_FOUND', 'ERR_CONTACT_NUMBER_IN_USE', 'ERR_DEAL_NOT_FOUND', 'ERR_DEAL_OWNER_FORBIDDEN', 'ERR_USER_NOT_FOUND'],
  },
  { method: 'GET', path: '/api/tasks/:id', summary: 'Get a task', access: 'user', params: idParams, errors: ['ERR_TASK_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/tasks/:id',
    summary: 'Update a task',
    access: 'user',
    params: idParams,
    body: updateTaskBody,
    errors: [
      'ERR_CONTACT_NOT_FOUND',
      'ERR_CONTACT_NUMBER_IN_USE',
      'ERR_DEAL_NOT_FOUND',
      'ERR_DEAL_OWNER_FORBIDDEN',
      'ERR_TASK_NOT_FOUND',
      'ERR_USER_NOT_FOUND',
    ],
  },
  { method: 'DELETE', path: '/api/tasks/:id', summary: 'Delete a task', access: 'user', params: idParams, errors: ['ERR_TASK_NOT_FOUND'] },
];
