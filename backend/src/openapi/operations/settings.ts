import type { Operation } from '../operation.js';
import { keyParams, settingsPatchSchema, valueBody } from '../../routes/settings/schema.js';

export const settingsOperations: Operation[] = [
  { method: 'GET', path: '/api/settings', summary: "The company's settings", access: 'user', errors: [] },
  {
    method: 'PUT',
    path: '/api/settings',
    summary: 'Change several settings',
    access: 'admin',
    body: settingsPatchSchema,
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND', 'ERR_SETTING_UNKNOWN'],
  },
  { method: 'GET', path: '/api/settings/:key', summary: 'One setting', access: 'user', params: keyParams, errors: ['ERR_SETTING_UNKNOWN'] },
  {
    method: 'PUT',
    path: '/api/settings/:key',
    summary: 'Change one setting',
    access: 'admin',
    params: keyParams,
    body: valueBody,
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND', 'ERR_SETTING_UNKNOWN'],
  },
];
