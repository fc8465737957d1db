import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import type { ApiClient } from './api.js';
import { connectSocket } from './sockets.js';
import { ADMIN, startTestApp } from './testApp.js';

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
  const waiters: { test: (e: SessionEvent) => boolean; resolve: (e: SessionEvent) => void }[] = [];
  socket.on('whatsappSession', (e: SessionEvent | SessionAlert) => {
    if (e.action === 'alert') return void alerts.push(e as SessionAlert);
    if (!('whatsapp' in e)) return;
    seen.push(e);
    for (const w of waiters.splice(0)) (w.test(e) ? w.resolve(e) : waiters.push(w));
  });
  return {
    seen,
    alerts,
    next(test: (e: SessionEvent) => boolean, timeoutMs = 15_000): Promise<SessionEvent> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching whatsappSession event; saw ${JSON.stringify(seen.map((e) => e.whatsapp.status))}`)),
          timeoutMs,
        );
        waiters.push({ test, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
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
 * connection whose QR the simulated `phone` scanned (CONNECTED).
 */
export async function startConnectedApp(phone: string) {
  const sim = await startWaSimulator();
  const app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  const adminSocket = await connectSocket(app.url, admin.token);
  const whatsappId = await connectWhatsapp(app.api, admin.token, adminSocket, sim, phone);
  return { sim, app, admin, adminSocket, whatsappId };
}
