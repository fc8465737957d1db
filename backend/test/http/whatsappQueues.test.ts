import type { Socket } from 'socket.io-client';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { barrier, connectSocket, record } from '../support/sockets.js';

// The queues a connection serves, written from the connection's side (POST/PUT /api/whatsapps {queueIds}).
let app: TestApp;
let admin: { token: string };
let adminB: { token: string };
let socket: Socket;
const ids = { sales: 0, support: 0, billing: 0, other: 0 };

async function queue(name: string, token = admin.token): Promise<number> {
  const res = await app.api.post('/api/queues', { name }, { token });
  expect(res.status).toBe(201);
  return res.body.queue.id;
}
async function connection(name: string, queueIds: number[]): Promise<number> {
  const res = await app.api.post('/api/whatsapps', { name, queueIds }, { token: admin.token });
  expect(res.status).toBe(201);
  return res.body.whatsapp.id;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-123');
  socket = await connectSocket(app.url, admin.token);
  ids.sales = await queue('Vendas');
  ids.support = await queue('Suporte');
  ids.billing = await queue('Financeiro');
  ids.other = await queue('Da outra empresa', adminB.token);
});
afterAll(async () => {
  socket.close();
  await app.stop();
});

it('creates a connection serving queues, shown on the connection and on the queues', async () => {
  const created = await app.api.post('/api/whatsapps', { name: 'Loja', queueIds: [ids.support, ids.sales, ids.sales] }, { token: admin.token });
  expect(created.status).toBe(201);
  expect(created.body.whatsapp.queueIds).toEqual([ids.sales, ids.support].sort((a, b) => a - b));
  const loja = created.body.whatsapp.id;

  const one = await app.api.get(`/api/whatsapps/${loja}`, { token: admin.token });
  expect(one.body.whatsapp.queueIds).toEqual(created.body.whatsapp.queueIds);
  const queues = await app.api.get(`/api/queues?whatsappId=${loja}`, { token: admin.token });
  expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['Suporte', 'Vendas']);

  const plain = await app.api.post('/api/whatsapps', { name: 'Sem filas' }, { token: admin.token });
  expect(plain.body.whatsapp.queueIds).toEqual([]);
  const list = await app.api.get('/api/whatsapps', { token: admin.token });
  const byName = Object.fromEntries(list.body.whatsapps.map((w: { name: string; queueIds: number[] }) => [w.name, w.queueIds]));
  expect(byName).toMatchObject({ Loja: created.body.whatsapp.queueIds, 'Sem filas': [] });
});

it('replaces the queues on update, leaves them when omitted, and announces the queues that changed', async () => {
  const loja = await connection('Filial', [ids.support, ids.sales]);
  const queueEvents = record<{ action: string; queue: { id: number; whatsappIds: number[] } }>(socket, 'queue');
  const res = await app.api.put(`/api/whatsapps/${loja}`, { queueIds: [ids.billing, ids.sales] }, { token: admin.token });
  expect(res.status).toBe(200);
  expect(res.body.whatsapp.queueIds).toEqual([ids.sales, ids.billing].sort((a, b) => a - b));

  // Suporte lost the connection and Financeiro gained it; Vendas did not change, so it is not announced: a
  // queue created afterwards is announced after anything the update announced.
  await barrier(socket, 'queue', () => queue('Barreira'));
  const updates = queueEvents.filter((e) => e.action === 'updated');
  expect(updates.map((e) => e.queue.id).sort((a, b) => a - b)).toEqual([ids.support, ids.billing].sort((a, b) => a - b));
  const announced = Object.fromEntries(updates.map((e) => [e.queue.id, e.queue.whatsappIds]));
  expect(announced[ids.support]).not.toContain(loja);
  expect(announced[ids.billing]).toContain(loja);

  const renamed = await app.api.put(`/api/whatsapps/${loja}`, { name: 'Filial Centro' }, { token: admin.token });
  expect(renamed.body.whatsapp.queueIds).toEqual(res.body.whatsapp.queueIds);

  const cleared = await app.api.put(`/api/whatsapps/${loja}`, { queueIds: [] }, { token: admin.token });
  expect(cleared.body.whatsapp.queueIds).toEqual([]);
  const billing = await app.api.get(`/api/queues/${ids.billing}`, { token: admin.token });
  expect(billing.body.queue.whatsappIds).not.toContain(loja);
});

it('refuses unknown and other companies’ queues with nothing changed', async () => {
  const loja = await connection('Loja Centro', [ids.sales]);

  const foreign = await app.api.put(`/api/whatsapps/${loja}`, { name: 'Trocado', queueIds: [ids.support, ids.other] }, { token: admin.token });
  expect(foreign.status).toBe(404);
  expect(foreign.body.error).toMatchObject({ code: 'ERR_QUEUE_NOT_FOUND', details: { ids: [ids.other] } });
  const missing = await app.api.put(`/api/whatsapps/${loja}`, { queueIds: [2147483000] }, { token: admin.token });
  expect(missing.body.error.code).toBe('ERR_QUEUE_NOT_FOUND');
  const after = await app.api.get(`/api/whatsapps/${loja}`, { token: admin.token });
  expect(after.body.whatsapp).toMatchObject({ name: 'Loja Centro', queueIds: [ids.sales] });

  const created = await app.api.post('/api/whatsapps', { name: 'Nunca criada', queueIds: [ids.other] }, { token: admin.token });
  expect(created.status).toBe(404);
  expect(created.body.error.code).toBe('ERR_QUEUE_NOT_FOUND');
  const names = (await app.api.get('/api/whatsapps', { token: admin.token })).body.whatsapps.map((w: { name: string }) => w.name);
  expect(names).not.toContain('Nunca criada');
});

it('validates the queue ids', async () => {
  const loja = await connection('Loja Oeste', []);
  for (const queueIds of ['1', [0], [-1], [1.5], ['1'], null]) {
    const res = await app.api.put(`/api/whatsapps/${loja}`, { queueIds }, { token: admin.token });
    expect([queueIds, res.status, res.body.error?.code]).toEqual([queueIds, 400, 'ERR_VALIDATION']);
  }
});
