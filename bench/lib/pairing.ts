// Pairing a connection the way an admin does, over the API of a backend running in a child process: create it,
// start it, read the QR from GET /api/whatsapps/:id, the simulated phone scans it, wait for CONNECTED.
import type { WaSimulator } from '../../simulator/src/index.js';
import { sleep } from './stats.js';

export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Pairs a new connection named `name` with the simulated phone `phone`; its id. */
export async function pairThroughApi(base: string, token: string, sim: WaSimulator, phone: string, name: string): Promise<number> {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { whatsapp: { id: number; status: string; qrcode: string | null } };
  };
  const { whatsapp } = await call('POST', '/api/whatsapps', { name });
  await call('POST', `/api/whatsapps/${whatsapp.id}/session`);
  const qr = await waitFor(`the QR of ${name}`, 30_000, async () => {
    const { whatsapp: w } = await call('GET', `/api/whatsapps/${whatsapp.id}`);
    return w.status === 'qrcode' && w.qrcode ? w.qrcode : undefined;
  });
  await sim.phone(phone).scan(qr);
  await waitFor(`${name} CONNECTED`, 30_000, async () =>
    (await call('GET', `/api/whatsapps/${whatsapp.id}`)).whatsapp.status === 'CONNECTED' ? true : undefined,
  );
  return whatsapp.id;
}
