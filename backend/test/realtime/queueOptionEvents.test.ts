import type { Socket } from 'socket.io-client';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, record } from '../support/sockets.js';

// A queue's menu changed by an admin reaches every open menu editor of the company (ids only: each asks again),
// after the change committed, and nobody outside the company.
let app: TestApp;
let admin: { token: string };
let otherAdmin: { token: string };
let attendantSocket: Socket;
let otherCompanySocket: Socket;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/users', { name: 'Ana', email: 'ana@a.test', password: 'ana-pass-1234', profile: 'user' }, { token: admin.token });
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  otherAdmin = await app.api.login('bia@b.test', 'bia-pass-1234');
  attendantSocket = await connectSocket(app.url, (await app.api.login('ana@a.test', 'ana-pass-1234')).token);
  otherCompanySocket = await connectSocket(app.url, otherAdmin.token);
});
afterAll(async () => {
  attendantSocket?.close();
  otherCompanySocket?.close();
  await app.stop();
});

/** Polls until `check` passes, for at most 10 s (a loaded machine delivers late, never wrongly). */
async function until(check: () => void): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

async function createQueue(name: string, token: string): Promise<number> {
  const res = await app.api.post('/api/queues', { name }, { token });
  expect(res.status).toBe(201);
  return res.body.queue.id;
}

it('tells the company which queue’s menu changed: created, updated, moved (both queues), deleted', async () => {
  const heard = record(attendantSocket, 'queueOption');
  const overheard = record(otherCompanySocket, 'queueOption');
  const suporte = await createQueue('Suporte', admin.token);
  const vendas = await createQueue('Vendas', admin.token);

  const post = (body: object) => app.api.post('/api/queue-options', body, { token: admin.token });
  const financeiro = (await post({ queueId: suporte, title: 'Financeiro' })).body.option;
  const segundaVia = (await post({ queueId: suporte, parentId: financeiro.id, title: 'Segunda via' })).body.option;
  expect((await app.api.put(`/api/queue-options/${segundaVia.id}`, { title: '2ª via' }, { token: admin.token })).status).toBe(200);
  // Refused changes are not announced: a queue that is not the company's, an option inside itself.
  expect((await post({ queueId: 424242, title: 'Nada' })).status).toBe(404);
  expect((await app.api.put(`/api/queue-options/${financeiro.id}`, { parentId: segundaVia.id }, { token: admin.token })).status).toBe(400);
  const comercial = (await post({ queueId: suporte, title: 'Comercial' })).body.option;
  expect((await app.api.put(`/api/queue-options/${comercial.id}`, { queueId: vendas }, { token: admin.token })).status).toBe(200);
  expect((await app.api.delete(`/api/queue-options/${financeiro.id}`, { token: admin.token })).status).toBe(204);

  await until(() =>
    expect(heard).toEqual([
      { action: 'created', queueId: suporte, queueOptionId: financeiro.id },
      { action: 'created', queueId: suporte, queueOptionId: segundaVia.id },
      { action: 'updated', queueId: suporte, queueOptionId: segundaVia.id },
      { action: 'created', queueId: suporte, queueOptionId: comercial.id },
      { action: 'updated', queueId: suporte, queueOptionId: comercial.id },
      { action: 'updated', queueId: vendas, queueOptionId: comercial.id },
      // Its sub-option went with it: one event for the subtree.
      { action: 'deleted', queueId: suporte, queueOptionId: financeiro.id },
    ]),
  );

  // Company B hears its own menu change; what A did was emitted before it, so it would have arrived first.
  const bQueue = await createQueue('Atendimento B', otherAdmin.token);
  const bOption = (await app.api.post('/api/queue-options', { queueId: bQueue, title: 'Olá' }, { token: otherAdmin.token })).body.option;
  await until(() => expect(overheard).toEqual([{ action: 'created', queueId: bQueue, queueOptionId: bOption.id }]));
  // …and the option's text never travels on the socket.
  expect(JSON.stringify(heard)).not.toContain('Financeiro');
});

it('answers the menu as before: parents first, by position, the same fields', async () => {
  const queueId = await createQueue('Financeiro', admin.token);
  const post = (body: object) => app.api.post('/api/queue-options', body, { token: admin.token });
  const second = (await post({ queueId, title: 'Boletos', position: 1, message: 'Qual boleto?' })).body.option;
  const first = (await post({ queueId, title: 'Pix', position: 0 })).body.option;
  const child = (await post({ queueId, parentId: second.id, title: 'Vencido' })).body.option;
  expect(second).toEqual({
    id: second.id,
    queueId,
    parentId: null,
    title: 'Boletos',
    message: 'Qual boleto?',
    targetQueueId: null,
    targetUserId: null,
    position: 1,
  });
  const { body } = await app.api.get(`/api/queue-options?queueId=${queueId}`, { token: admin.token });
  expect(body.options.map((o: { id: number }) => o.id)).toEqual([first.id, second.id, child.id]);
  expect(body.options[2]).toEqual({
    id: child.id,
    queueId,
    parentId: second.id,
    title: 'Vencido',
    message: null,
    targetQueueId: null,
    targetUserId: null,
    position: 0,
  });
  expect((await app.api.delete('/api/queue-options/424242', { token: admin.token })).body.error.code).toBe('ERR_QUEUE_OPTION_NOT_FOUND');
  expect((await app.api.get('/api/queue-options', { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
});
