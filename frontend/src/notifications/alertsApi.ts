import type { Answer } from '@atende/contract';
import { api } from '../api/client';

/** An alert an admin must act on, stored until they mark it seen. */
export type { AlertView as StoredAlert } from '@atende/contract';

export const alertsApi = {
  unseen: () => api.get<Answer<'GET /api/alerts'>>('/api/alerts').then((r) => r.alerts),
  markSeen: (id: number) => api.post<void>(`/api/alerts/${id}/seen`),
  markAllSeen: () => api.post<void>('/api/alerts/seen'),
};
