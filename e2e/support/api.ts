// The REST API from a test, for setup the screens under test do not cover (attendants, queues). It goes
// through the same origin as the browser (the preview server's /api proxy). Its shapes are @atende/contract's.
import type { Answer, UserView, WhatsappView } from '@atende/contract';
import type { SimPhone } from '../../simulator/src/index.js';

export type { QueueView as ApiQueue } from '@atende/contract';

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

export async function apiSignIn(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  const login = await call<Answer<'POST /api/auth/login'>>(baseUrl, 'POST', '/api/auth/login', undefined, { email, password });
  const token = login.accessToken;
  return {
    get: (path) => call(baseUrl, 'GET', path, token),
    post: (path, body) => call(baseUrl, 'POST', path, token, body),
    put: (path, body) => call(baseUrl, 'PUT', path, token, body),
  };
}

async function call<T>(baseUrl: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** An attendant (profile "user") serving no queue yet. */
export async function createAttendant(api: ApiClient, name: string, email: string, password: string): Promise<UserView> {
  const { user } = await api.post<Answer<'POST /api/users'>>('/api/users', { name, email, password, profile: 'user' });
  return user;
}

export async function connectionNamed(api: ApiClient, name: string): Promise<WhatsappView> {
  const { whatsapps } = await api.get<Answer<'GET /api/whatsapps'>>('/api/whatsapps');
  const found = whatsapps.find((w) => w.name === name);
  if (!found) throw new Error(`no connection named ${name}`);
  return found;
}

/**
 * A connection paired through the API (for files whose subject is not the connections screen, which
 * whatsapp.test.ts walks): created, its session started, the simulated phone scans the QR the server holds.
 */
export async function pairConnection(api: ApiClient, phone: SimPhone, body: { name: string } & Record<string, unknown>): Promise<WhatsappView> {
  const { whatsapp } = await api.post<Answer<'POST /api/whatsapps'>>('/api/whatsapps', body);
  await api.post(`/api/whatsapps/${whatsapp.id}/session`, {});
  const qr = await polled(
    `a QR for ${body.name}`,
    async () => (await api.get<Answer<'GET /api/whatsapps/:id'>>(`/api/whatsapps/${whatsapp.id}`)).whatsapp.qrcode,
  );
  await phone.scan(qr);
  return polled(`${body.name} connected`, async () => {
    const now = (await api.get<Answer<'GET /api/whatsapps/:id'>>(`/api/whatsapps/${whatsapp.id}`)).whatsapp;
    return now.status === 'CONNECTED' ? now : null;
  });
}

/** Asks again every 200 ms until `read` gives something, for 30 s. */
export async function polled<T>(what: string, read: () => Promise<T | null | undefined>): Promise<T> {
  const until = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
