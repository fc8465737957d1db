import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { availabilityBody, createUserBody, listUsersQuery, updateUserBody } from '../../routes/users/schema.js';

export const usersOperations: Operation[] = [
  { method: 'GET', path: '/api/users', summary: 'List users', access: 'supervisor', query: listUsersQuery, errors: ['ERR_INVALID_CURSOR'] },
  {
    method: 'POST',
    path: '/api/users',
    summary: 'Create a user',
    access: 'admin',
    body: createUserBody,
    answers: { status: 201 },
    errors: ['ERR_EMAIL_IN_USE', 'ERR_QUEUE_NOT_FOUND'],
  },
  { method: 'GET', path: '/api/users/:id', summary: 'Get a user', access: 'supervisor', params: idParams, errors: ['ERR_USER_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/users/:id',
    summary: 'Update a user',
    access: 'admin',
    params: idParams,
    body: updateUserBody,
    errors: ['ERR_CANNOT_CHANGE_SELF', 'ERR_EMAIL_IN_USE', 'ERR_QUEUE_NOT_FOUND', 'ERR_TICKET_NOT_FOUND', 'ERR_USER_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/users/:id',
    summary: 'Delete a user',
    access: 'admin',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_CANNOT_DELETE_SELF', 'ERR_TICKET_NOT_FOUND', 'ERR_USER_NOT_FOUND'],
  },

  {
    method: 'PUT',
    path: '/api/users/:id/availability',
    summary: 'Pause a user or make them available',
    description:
      'Anyone for themself; supervisors and admins for the people of their company (a supervisor not for an admin). Paused users get no distributed tickets.',
    access: 'user',
    params: idParams,
    body: availabilityBody,
    errors: ['ERR_USER_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/api/users/:id/logout',
    summary: 'End every session of a user',
    description: 'From the team panel: access and refresh tokens end, open sockets are disconnected. A supervisor may not log out an admin.',
    access: 'supervisor',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_USER_NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/api/team',
    summary: 'The team panel',
    description: 'Active users with presence (online), pause (since, reason), open tickets held, cap and queues.',
    access: 'supervisor',
    errors: [],
  },
];
