import { api } from '../api/client';
import type { StoredAlert } from '../notifications/alertsApi';

// Shapes from docs/api-contract.md (Connections); the backend owns them.
export type ConnectionStatus = 'OPENING' | 'qrcode' | 'CONNECTED' | 'DISCONNECTED' | 'TIMEOUT';

export interface Connection {
  id: number;
  name: string;
  status: ConnectionStatus;
  /** The raw QR payload while status = qrcode; the page renders it and a browser test reads it. */
  qrcode: string | null;
  number: string | null;
  isDefault: boolean;
  greetingMessage: string | null;
  farewellMessage: string | null;
  /** Failed reconnect attempts in a row while OPENING after a drop (QR codes shown while pairing). */
  retries: number;
  /** While a dropped connection retries: when the next attempt comes (ISO). Absent from older backends. */
  nextAttemptAt?: string | null;
  /** The queues the connection serves; HTTP answers carry it, socket status updates leave it out. */
  queueIds?: number[];
}

export interface ConnectionInput {
  name: string;
  isDefault: boolean;
  greetingMessage: string;
  farewellMessage: string;
  /** Replaces the served queues when given; left out when the dialog never knew them. */
  queueIds?: number[];
}

export type ConnectionEvent =
  | { action: 'created' | 'updated'; whatsapp: Connection }
  | { action: 'deleted'; whatsappId: number }
  | { action: 'alert'; whatsappId: number; reason: 'loggedOut' | 'unreachable'; alert?: StoredAlert };

export const connectionsApi = {
  list: (signal?: AbortSignal) => api.get<{ whatsapps: Connection[] }>('/api/whatsapps', { signal }).then((r) => r.whatsapps),
  create: (input: ConnectionInput) => api.post<{ whatsapp: Connection }>('/api/whatsapps', input).then((r) => r.whatsapp),
  update: (id: number, input: ConnectionInput) =>
    api.put<{ whatsapp: Connection }>(`/api/whatsapps/${id}`, input).then((r) => r.whatsapp),
  remove: (id: number) => api.delete(`/api/whatsapps/${id}`),
  startSession: (id: number) => api.post(`/api/whatsapps/${id}/session`),
  stopSession: (id: number) => api.delete(`/api/whatsapps/${id}/session`),
  qrcode: (id: number, signal?: AbortSignal) =>
    api.get<{ status: ConnectionStatus; qrcode: string | null }>(`/api/whatsapps/${id}/qrcode`, { signal }),
};
