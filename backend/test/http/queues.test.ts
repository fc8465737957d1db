import type { Socket } from 'socket.io-client';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { barrier, connectSocket, nextEvent, record } from '../support/sockets.js';

let app: TestApp;
let admin: { token: string };
let adminB: { token: string };
let attendant: { token: string; user: { id: number } };
let ids: { ana: number; bruno: number; biaUser: number; vendasWa: number; suporteWa: number; waB: number };
let socketA: Socket;
let socketB: Socket;

const week = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  const company = await app.api.post(
    '/api/companies',
    { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } },
    { token: admin.token },
  );
  adminB = await app.api.login('bia@b.test', 'bia-pass-123');
  const user = (name: string, email: string) =>
    app.api.post('/api/users', { name, email, password: 'agent-pass-1', profile: 'user' }, { token: admin.token }).then((r) => r.body.user.id as number);
  const wa = (name: string, token: string) => app.api.post('/api/whatsapps', { name }, { token }).then((r) => r.body.whatsapp.id as number);
  ids = {
    ana: await user('Ana', 'ana@a.test'),
    bruno: await user('Bruno', 'bruno@a.test'),
    biaUser: company.body.admin.id,
    vendasWa: await wa('Vendas', admin.token),
    suporteWa: await wa('Suporte', admin.token),
    waB: await wa('Loja B', adminB.token),
  };
  attendant = await app.api.login('ana@a.test', 'agent-pass-1');
  [socketA, socketB] = await Promise.all([connectSocket(app.url, attendant.token), connectSocket(app.url, adminB.token)]);
});
afterAll(async () => {
  socketA.close();
  socketB.close();
  await app.stop();
});
// Each test starts from companies without queues and creates those it needs (no events: nothing is announced).
beforeEach(() => ctx().sequelize.query(`DELETE FROM "Queues"`));

const listNames = async (token = admin.token) => (await app.api.get('/api/queues', { token })).body.queues.map((q: { name: string }) => q.name);

/** Vendas (Bruno and Ana, the Vendas connection), then Suporte (Ana; both connections), then Financeiro at position 0. */
async function threeQueues(): Promise<{ vendas: number; suporte: number; financeiro: number }> {
  const create = async (body: object) => {
    const res = await app.api.post('/api/queues', body, { token: admin.token });
    expect(res.status).toBe(201);
    return res.body.queue.id as number;
  };
  const vendas = await create({ name: 'Vendas', userIds: [ids.bruno, ids.ana], whatsappIds: [ids.vendasWa] });
  const suporte = await create({ name: 'Suporte', userIds: [ids.ana], whatsappIds: [ids.suporteWa, ids.vendasWa] });
  const financeiro = await create({ name: 'Financeiro', position: 0 });
  return { vendas, suporte, financeiro };
}

it('creates a queue with its users, connections and schedule, and tells the company room only', async () => {
  const seenByB = record(socketB, 'queue');
  const event = nextEvent<{ action: string; queue: { name: string; userIds: number[] } }>(socketA, 'queue');
  const res = await app.api.post(
    '/api/queues',
    {
      name: ' Vendas ',
      color: '#FF5722',
      greetingMessage: 'Bem-vindo às vendas',
      outOfHoursMessage: 'Estamos fechados',
      schedules: { '1': week, '2': week, '3': week, '4': week, '5': week },
      distribution: 'round_robin',
      userIds: [ids.bruno, ids.ana, ids.ana],
      whatsappIds: [ids.vendasWa],
    },
    { token: admin.token },
  );
  expect(res.status).toBe(201);
  expect(res.body.queue).toMatchObject({
    name: 'Vendas',
    color: '#ff5722',
    distribution: 'round_robin',
    position: 0,
    userIds: [ids.ana, ids.bruno].sort((a, b) => a - b),
    whatsappIds: [ids.vendasWa],
    schedules: { '1': week },
  });
  expect(await event).toMatchObject({ action: 'created', queue: { name: 'Vendas' } });
  // Company B's own queue reaches B's socket after anything that was sent to it about A's.
  const marker = await barrier<{ queue: { name: string } }>(socketB, 'queue', () => app.api.post('/api/queues', { name: 'Só de B' }, { token: adminB.token }));
  expect(seenByB).toEqual([marker]);
});

it('lists by position then name, appends new queues, and everyone in the company may read', async () => {
  await threeQueues();
  const list = await app.api.get('/api/queues', { token: attendant.token });
  expect(list.status).toBe(200);
  expect(list.body.queues.map((q: { name: string; position: number }) => [q.name, q.position])).toEqual([
    ['Financeiro', 0],
    ['Vendas', 0],
    ['Suporte', 1],
  ]);
  const suporte = list.body.queues[2];
  expect(suporte).toMatchObject({ schedules: null, distribution: 'manual', color: '#00897b', greetingMessage: null });
  expect((await app.api.get(`/api/queues/${suporte.id}`, { token: attendant.token })).body.queue).toEqual(suporte);

  const mine = await app.api.get(`/api/queues?userId=${ids.bruno}`, { token: attendant.token });
  expect(mine.body.queues.map((q: { name: string }) => q.name)).toEqual(['Vendas']);
  const routed = await app.api.get(`/api/queues?whatsappId=${ids.vendasWa}`, { token: attendant.token });
  expect(routed.body.queues.map((q: { name: string }) => q.name)).toEqual(['Vendas', 'Suporte']);
});

it('keeps writes to admins', async () => {
  await threeQueues();
  expect((await app.api.post('/api/queues', { name: 'X' }, { token: attendant.token })).status).toBe(403);
  const [queue] = (await app.api.get('/api/queues', { token: admin.token })).body.queues;
  expect((await app.api.put(`/api/queues/${queue.id}`, { name: 'X' }, { token: attendant.token })).status).toBe(403);
  expect((await app.api.delete(`/api/queues/${queue.id}`, { token: attendant.token })).status).toBe(403);
});

it('updates fields and replaces member lists atomically; omitted lists stay', async () => {
  await threeQueues();
  const vendas = (await app.api.get(`/api/queues?userId=${ids.bruno}`, { token: admin.token })).body.queues[0];
  const event = nextEvent<{ action: string; queue: { userIds: number[] } }>(socketA, 'queue');
  const res = await app.api.put(`/api/queues/${vendas.id}`, { userIds: [ids.ana], schedules: null, distribution: 'least_busy' }, { token: admin.token });
  expect(res.status).toBe(200);
  expect(res.body.queue).toMatchObject({ userIds: [ids.ana], whatsappIds: [ids.vendasWa], schedules: null, distribution: 'least_busy', name: 'Vendas' });
  expect(await event).toMatchObject({ action: 'updated', queue: { userIds: [ids.ana] } });

  const cleared = await app.api.put(`/api/queues/${vendas.id}`, { whatsappIds: [], greetingMessage: null }, { token: admin.token });
  expect(cleared.body.queue).toMatchObject({ userIds: [ids.ana], whatsappIds: [], greetingMessage: null });
});

it('refuses a duplicate name in the company (any case), but not in another company', async () => {
  await threeQueues();
  const dup = await app.api.post('/api/queues', { name: 'vendas' }, { token: admin.token });
  expect(dup.status).toBe(409);
  expect(dup.body.error.code).toBe('ERR_QUEUE_NAME_IN_USE');
  const [financeiro] = (await app.api.get('/api/queues', { token: admin.token })).body.queues;
  const rename = await app.api.put(`/api/queues/${financeiro.id}`, { name: 'SUPORTE' }, { token: admin.token });
  expect(rename.body.error.code).toBe('ERR_QUEUE_NAME_IN_USE');
  expect((await app.api.post('/api/queues', { name: 'Vendas' }, { token: adminB.token })).status).toBe(201);
});

it.each([
  ['a bad color', { name: 'Q', color: 'red' }],
  ['a short color', { name: 'Q', color: '#fff' }],
  [
    'overlapping intervals',
    {
      name: 'Q',
      schedules: {
        '1': [
          { start: '08:00', end: '12:00' },
          { start: '11:00', end: '14:00' },
        ],
      },
    },
  ],
  ['an unknown weekday', { name: 'Q', schedules: { '7': [{ start: '08:00', end: '12:00' }] } }],
  ['an interval ending before it starts', { name: 'Q', schedules: { '1': [{ start: '18:00', end: '08:00' }] } }],
  ['an unknown distribution', { name: 'Q', distribution: 'random' }],
  ['an unknown field', { name: 'Q', companyId: 2 }],
  ['an empty name', { name: '  ' }],
  ['a name too long', { name: 'x'.repeat(81) }],
  ['ids that are not ids', { name: 'Q', userIds: ['1'] }],
  ['a negative position', { name: 'Q', position: -1 }],
])('refuses %s with ERR_VALIDATION and creates nothing', async (_label, body) => {
  const before = await listNames();
  const res = await app.api.post('/api/queues', body, { token: admin.token });
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('ERR_VALIDATION');
  expect(await listNames()).toEqual(before);
});

it('refuses users and connections of another company as not found, changing nothing', async () => {
  await threeQueues();
  const before = await listNames();
  const foreignUser = await app.api.post('/api/queues', { name: 'Q', userIds: [ids.ana, ids.biaUser] }, { token: admin.token });
  expect(foreignUser.status).toBe(404);
  expect(foreignUser.body.error).toMatchObject({ code: 'ERR_USER_NOT_FOUND', details: { ids: [ids.biaUser] } });
  const missingUser = await app.api.post('/api/queues', { name: 'Q', userIds: [999999] }, { token: admin.token });
  expect(missingUser.body.error.code).toBe('ERR_USER_NOT_FOUND');
  expect(await listNames()).toEqual(before);

  // An update that would rename and re-staff the queue rolls back entirely.
  const suporte = (await app.api.get(`/api/queues?whatsappId=${ids.suporteWa}`, { token: admin.token })).body.queues[0];
  const res = await app.api.put(`/api/queues/${suporte.id}`, { name: 'Renamed', userIds: [ids.bruno], whatsappIds: [ids.waB] }, { token: admin.token });
  expect(res.status).toBe(404);
  expect(res.body.error.code).toBe('ERR_WHATSAPP_NOT_FOUND');
  expect((await app.api.get(`/api/queues/${suporte.id}`, { token: admin.token })).body.queue).toEqual(suporte);

  // Company B cannot route its queue to A's connection either.
  const b = await app.api.post('/api/queues', { name: 'Loja', whatsappIds: [ids.vendasWa] }, { token: adminB.token });
  expect(b.body.error.code).toBe('ERR_WHATSAPP_NOT_FOUND');
  expect((await app.api.post('/api/queues', { name: 'Loja', whatsappIds: [ids.waB], userIds: [ids.biaUser] }, { token: adminB.token })).status).toBe(201);
});

it('answers 404 to another company for read, update and delete, and leaves the queue alone', async () => {
  await threeQueues();
  const [queue] = (await app.api.get('/api/queues', { token: admin.token })).body.queues;
  for (const res of [
    await app.api.get(`/api/queues/${queue.id}`, { token: adminB.token }),
    await app.api.put(`/api/queues/${queue.id}`, { name: 'Hacked' }, { token: adminB.token }),
    await app.api.delete(`/api/queues/${queue.id}`, { token: adminB.token }),
  ]) {
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ERR_QUEUE_NOT_FOUND');
  }
  expect((await app.api.get('/api/queues', { token: adminB.token })).body.queues.map((q: { id: number }) => q.id)).not.toContain(queue.id);
  expect((await app.api.get(`/api/queues/${queue.id}`, { token: admin.token })).body.queue).toEqual(queue);
  expect((await app.api.get(`/api/queues?userId=${ids.ana}`, { token: adminB.token })).body.queues).toEqual([]);
});

it('deletes a queue and says so to the company', async () => {
  await threeQueues();
  const [queue] = (await app.api.get('/api/queues', { token: admin.token })).body.queues;
  const event = nextEvent<{ action: string; queueId: number }>(socketA, 'queue');
  expect((await app.api.delete(`/api/queues/${queue.id}`, { token: admin.token })).status).toBe(204);
  expect(await event).toEqual({ action: 'deleted', queueId: queue.id });
  expect((await app.api.get(`/api/queues/${queue.id}`, { token: admin.token })).status).toBe(404);
  expect((await app.api.delete(`/api/queues/${queue.id}`, { token: admin.token })).status).toBe(404);
});

it('validates ids in the path and the query', async () => {
  expect((await app.api.get('/api/queues/abc', { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  expect((await app.api.get('/api/queues?userId=-1', { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  expect((await app.api.get('/api/queues?foo=1', { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
});
