import type { Answer } from '@atende/contract';
import { api } from '../api/client';

// The UI calls a WhatsApp connection a "connection"; the API's shapes are @atende/contract's.
export type { WhatsappStatus as ConnectionStatus, WhatsappView as Connection } from '@atende/contract';

export interface ConnectionInput {
  name: string;
  isDefault: boolean;
  greetingMessage: string;
  farewellMessage: string;
  /** The AI agent that answers this connection's new tickets first (a queue's own agent wins); null: none. */
  aiAgentId: number | null;
  /** Replaces the served queues when given; left out when the dialog never knew them. */
  queueIds?: number[];
}

export const connectionsApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/whatsapps'>>('/api/whatsapps', { signal }).then((r) => r.whatsapps),
  create: (input: ConnectionInput) => api.post<Answer<'POST /api/whatsapps'>>('/api/whatsapps', input).then((r) => r.whatsapp),
  update: (id: number, input: ConnectionInput) => api.put<Answer<'PUT /api/whatsapps/:id'>>(`/api/whatsapps/${id}`, input).then((r) => r.whatsapp),
  remove: (id: number) => api.delete(`/api/whatsapps/${id}`),
  startSession: (id: number) => api.post(`/api/whatsapps/${id}/session`),
  stopSession: (id: number) => api.delete(`/api/whatsapps/${id}/session`),
  qrcode: (id: number, signal?: AbortSignal) => api.get<Answer<'GET /api/whatsapps/:id/qrcode'>>(`/api/whatsapps/${id}/qrcode`, { signal }),
};
