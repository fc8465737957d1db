import type { Answer, SettingsView } from '@atende/contract';
import { api } from '../api/client';

export type { SettingsView as Settings } from '@atende/contract';

export const settingsApi = {
  get: (signal?: AbortSignal) => api.get<Answer<'GET /api/settings'>>('/api/settings', { signal }).then((r) => r.settings),
  /** All keys written or none. */
  save: (changes: Partial<SettingsView>) => api.put<Answer<'PUT /api/settings'>>('/api/settings', changes).then((r) => r.settings),
};
