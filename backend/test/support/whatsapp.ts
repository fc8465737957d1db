import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import type { ApiClient } from './api.js';
import { connectSocket } from './sockets.js';
import { ADMIN, startTestApp } from './testApp.js';
import { until } from './waiting.js';

export interface SessionEvent {
  action: string;
  whatsapp: { id: number; status: string; qrcode: string | null; number: string | null; retries: number; nextAttemptAt: string | null };
}

export interface SessionAlert {
  action: 'alert';
  whatsappId: number;
  reason: string;
  alert: { id: number; whatsappId: number; whatsappName: string; reason: string; createdAt: string };
}

/** Records whatsappSession events and lets a test wait for the one it expects. */
export function sessionEvents(socket: Socket) {
  const seen: SessionEvent[] = [];
  const alerts: SessionAlert[] = [];
  socket.on('whatsappSession', (e: SessionEvent | SessionAlert) => {
    if (e.action === 'alert') return void alerts.push(e as SessionAlert);
    if ('whatsapp' in e) seen.push(e);
  });
  return {
    seen,
    alerts,
    /** The first matching event after this call (earlier ones are in `seen`). */
    next(test: (e: SessionEvent) => boolean, timeoutMs = 15_000): Promise<SessionEvent> {
      const from = seen.length;
      const what = () => `a matching whatsappSession event; saw ${JSON.stringify(seen.map((e) => e.whatsapp.status))}`;
      return until(
        () => seen.slice(from).find(test),
        (e) => e !== undefined,
        what,
        timeoutMs,
      ) as Promise<SessionEvent>;
    },
  };
}

/** What an admin does: create a connection, start it, let the simulated phone scan the QR, wait for CONNECTED. */
export async function connectWhatsapp(api: ApiClient, token: string, socket: Socket, sim: WaSimulator, phone: string, name = 'Loja'): Promise<number> {
  const events = sessionEvents(socket);
  const created = await api.post('/api/whatsapps', { name }, { token });
  const id: number = created.body.whatsapp.id;
  await api.post(`/api/whatsapps/${id}/session`, undefined, { token });
  const qr = await events.next((e) => e.whatsapp.id === id && e.whatsapp.status === 'qrcode');
  await sim.phone(phone).scan(qr.whatsapp.qrcode!);
  await events.next((e) => e.whatsapp.id === id && e.whatsapp.status === 'CONNECTED');
  return id;
}

/**
 * The usual start of a ticket test: a backend with its own simulator, the admin signed in with a socket, and one
 * connection whose QR the simulated `phone` scanned (CONNECTED). `env`: settings of the backend.
 */
export async function startConnectedApp(phone: string, env: Record<string, string> = {}) {
  const sim = await startWaSimulator();
  const app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000', ...env });
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  const adminSocket = await connectSocket(app.url, admin.token);
  const whatsappId = await connectWhatsapp(app.api, admin.token, adminSocket, sim, phone);
  return { sim, app, admin, adminSocket, whatsappId };
}
