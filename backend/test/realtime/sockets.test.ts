import type { Socket } from 'socket.io-client';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, nextEvent, record, waitForDisconnect } from '../support/sockets.js';

let app: TestApp;
let adminA: { token: string; user: { id: number; companyId: number } };
let adminB: { token: string; user: { id: number; companyId: number } };
const open: Socket[] = [];
const track = (s: Socket) => (open.push(s), s);

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  adminA = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Bianca', email: 'bianca@empresa-b.test', password: 'bianca-pass-1' } },
    { token: adminA.token },
  );
  adminB = await app.api.login('bianca@empresa-b.test', 'bianca-pass-1');
});
afterEach(() => open.splice(0).forEach((s) => s.close()));
afterAll(() => app.stop());

it('refuses a socket without a token, with a garbage token, and with a token of a deleted session', async () => {
  await expect(connectSocket(app.url)).rejects.toThrow('ERR_UNAUTHORIZED');
  await expect(connectSocket(app.url, 'not-a-jwt')).rejects.toThrow('ERR_UNAUTHORIZED');
  const user = await app.api.post('/api/users', { name: 'Tmp', email: 'tmp@a.test', password: 'tmp-pass-123', profile: 'user' }, { token: adminA.token });
  const tmp = await app.api.login('tmp@a.test', 'tmp-pass-123');
  await app.api.delete(`/api/users/${user.body.user.id}`, { token: adminA.token });
  await expect(connectSocket(app.url, tmp.token)).rejects.toThrow('ERR_UNAUTHORIZED');
});

it('delivers a company’s user events to its own sockets and never to another company’s', async () => {
  const socketA = track(await connectSocket(app.url, adminA.token));
  const socketB = track(await connectSocket(app.url, adminB.token));
  const seenByB = record(socketB, 'user');
  const seenByA = record(socketA, 'user');

  const createdA = nextEvent<{ action: string; user: { email: string } }>(socketA, 'user');
  await app.api.post('/api/users', { name: 'Novo A', email: 'novo@a.test', password: 'novo-pass-123', profile: 'user' }, { token: adminA.token });
  expect(await createdA).toMatchObject({ action: 'created', user: { email: 'novo@a.test' } });

  // B acts too, and A must see none of it; then a round trip on B proves B's events did flow meanwhile.
  const createdB = nextEvent(socketB, 'user');
  await app.api.post('/api/users', { name: 'Novo B', email: 'novo@b.test', password: 'novo-pass-123', profile: 'user' }, { token: adminB.token });
  await createdB;

  expect(seenByB.map((e) => (e as { user: { email: string } }).user.email)).toEqual(['novo@b.test']);
  expect(seenByA.map((e) => (e as { user: { email: string } }).user.email)).toEqual(['novo@a.test']);
});

it('emits updated and deleted user events', async () => {
  const socketA = track(await connectSocket(app.url, adminA.token));
  const created = await app.api.post('/api/users', { name: 'Eva', email: 'eva@a.test', password: 'eva-pass-1234', profile: 'user' }, { token: adminA.token });
  const id = created.body.user.id;
  const updated = nextEvent<{ action: string; user: { name: string } }>(socketA, 'user');
  await app.api.put(`/api/users/${id}`, { name: 'Eva Lima' }, { token: adminA.token });
  expect(await updated).toMatchObject({ action: 'updated', user: { name: 'Eva Lima' } });
  const deleted = nextEvent(socketA, 'user');
  await app.api.delete(`/api/users/${id}`, { token: adminA.token });
  expect(await deleted).toEqual({ action: 'deleted', userId: id });
});

it('emits nothing for a change that was refused', async () => {
  const socketA = track(await connectSocket(app.url, adminA.token));
  const seen = record(socketA, 'user');
  const dup = await app.api.post('/api/users', { name: 'Dup', email: ADMIN.email, password: 'dup-pass-123', profile: 'user' }, { token: adminA.token });
  expect(dup.status).toBe(409);
  // A later, successful change arrives alone: the refused one published nothing.
  const next = nextEvent(socketA, 'user');
  await app.api.post('/api/users', { name: 'Ok', email: 'ok@a.test', password: 'ok-pass-1234', profile: 'user' }, { token: adminA.token });
  await next;
  expect(seen).toHaveLength(1);
});

it('disconnects the sockets of a user whose sessions end', async () => {
  const created = await app.api.post(
    '/api/users',
    { name: 'Fabio', email: 'fabio@a.test', password: 'fabio-pass-1', profile: 'user' },
    { token: adminA.token },
  );
  const fabio = await app.api.login('fabio@a.test', 'fabio-pass-1');
  const socket = track(await connectSocket(app.url, fabio.token));
  const gone = waitForDisconnect(socket);
  await app.api.put(`/api/users/${created.body.user.id}`, { active: false }, { token: adminA.token });
  expect(await gone).toBe('io server disconnect');
  await expect(connectSocket(app.url, fabio.token)).rejects.toThrow('ERR_UNAUTHORIZED');
});
