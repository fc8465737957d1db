import type { Operation } from '../operation.js';
import { changePasswordBody, loginBody, preferencesBody } from '../../routes/auth/schema.js';

export const authOperations: Operation[] = [
  {
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Sign in (email and password): an access token, and the refresh cookie',
    access: 'public',
    body: loginBody,
    errors: ['ERR_INVALID_CREDENTIALS', 'ERR_TOO_MANY_ATTEMPTS', 'ERR_USER_INACTIVE'],
  },
  {
    method: 'POST',
    path: '/api/auth/refresh',
    summary: 'New access token from the refresh cookie',
    access: 'public',
    errors: ['ERR_INVALID_CREDENTIALS', 'ERR_REFRESH_REUSED', 'ERR_TOO_MANY_ATTEMPTS', 'ERR_USER_INACTIVE'],
  },
  { method: 'POST', path: '/api/auth/logout', summary: 'Sign out (revokes the refresh cookie)', access: 'public', answers: { status: 204 }, errors: [] },
  { method: 'GET', path: '/api/auth/me', summary: 'The signed-in user', access: 'user', errors: [] },
  { method: 'PUT', path: '/api/auth/password', summary: 'Change my password', access: 'user', body: changePasswordBody, errors: ['ERR_WRONG_PASSWORD'] },
  {
    method: 'PUT',
    path: '/api/auth/preferences',
    summary: 'My own preferences: whether my messages go out signed where the company signs them',
    access: 'user',
    body: preferencesBody,
    errors: [],
  },
];
