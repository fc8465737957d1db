import { api } from '../api/client';

/** An alert an admin must act on, stored until they mark it seen (docs/api-contract.md, Alerts). */
export interface StoredAlert {
  id: number;
  whatsappId: number;
  whatsappName: string;
  reason: 'loggedOut' | 'unreachable';
  createdAt: string;
}

export const alertsApi = {
  unseen: () => api.get<{ alerts: StoredAlert[] }>('/api/alerts').then((r) => r.alerts),
  markSeen: (id: number) => api.post<void>(`/api/alerts/${id}/seen`),
  markAllSeen: () => api.post<void>('/api/alerts/seen'),
};
