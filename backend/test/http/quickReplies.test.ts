import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let admin: { token: string };
let adminB: { token: string };
let supervisor: { token: string };
let attendant: { token: string };
let vendas: number;
let suporte: number;
let queueB: number;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-123');
  for (const [name, profile] of [
    ['sara', 'supervisor'],
    ['ana', 'user'],
  ]) {
    await app.api.post('/api/users', { name, email: `${name}@a.test`, password: `${name}-pass-123`, profile }, { token: admin.token });
  }
  supervisor = await app.api.login('sara@a.test', 'sara-pass-123');
  attendant = await app.api.login('ana@a.test', 'ana-pass-123');
  const queue = (name: string, token: string) => app.api.post('/api/queues', { name }, { token }).then((r) => r.body.queue.id as number);
  [vendas, suporte, queueB] = [await queue('Vendas', admin.token), await queue('Suporte', admin.token), await queue('Loja', adminB.token)];
});
afterAll(() => app.stop());
// Every test starts without replies and writes those it needs.
beforeEach(() => ctx().sequelize.query(`DELETE FROM "QuickReplies"`));

/** Company A's replies of the first test: ola (company-wide, and Suporte's), preco (Vendas'), pix (company-wide). */
async function replies(): Promise<void> {
  for (const body of [
    { shortcut: 'ola', message: '{{greeting}}, {{firstName}}!' },
    { shortcut: 'ola', message: 'Olá, aqui é o suporte', queueId: suporte },
    { shortcut: 'preco', message: 'Tabela de preços 100%_off', queueId: vendas },
    { shortcut: 'pix', message: 'Chave PIX: 123' },
  ]) {
    expect((await app.api.post('/api/quick-replies', body, { token: admin.token })).status).toBe(201);
  }
}

const shortcuts = async (query = '', token = attendant.token) =>
  (await app.api.get(`/api/quick-replies${query}`, { token })).body.quickReplies.map(
    (r: { shortcut: string; queueId: number | null }) => `${r.shortcut}@${r.queueId ?? '*'}`,
  );

it('lets admins and supervisors write company-wide and per-queue replies, everyone read them', async () => {
  const wide = await app.api.post('/api/quick-replies', { shortcut: '/Ola', message: '{{greeting}}, {{firstName}}!' }, { token: admin.token });
  expect(wide.status).toBe(201);
  expect(wide.body.quickReply).toMatchObject({ shortcut: 'ola', queueId: null, message: '{{greeting}}, {{firstName}}!' });
  const perQueue = await app.api.post(
    '/api/quick-replies',
    { shortcut: 'ola', message: 'Olá, aqui é o suporte', queueId: suporte },
    { token: supervisor.token },
  );
  expect(perQueue.status).toBe(201);
  await app.api.post('/api/quick-replies', { shortcut: 'preco', message: 'Tabela de preços 100%_off', queueId: vendas }, { token: admin.token });
  await app.api.post('/api/quick-replies', { shortcut: 'pix', message: 'Chave PIX: 123' }, { token: admin.token });
  expect((await app.api.post('/api/quick-replies', { shortcut: 'x', message: 'y' }, { token: attendant.token })).status).toBe(403);

  expect(await shortcuts()).toEqual([`ola@${suporte}`, 'ola@*', 'pix@*', `preco@${vendas}`]);
  const one = await app.api.get(`/api/quick-replies/${perQueue.body.quickReply.id}`, { token: attendant.token });
  expect(one.body.quickReply).toEqual(perQueue.body.quickReply);
});

it('gives a ticket’s queue its own replies plus the company-wide ones, and searches them', async () => {
  await replies();
  expect(await shortcuts(`?queueId=${vendas}`)).toEqual(['ola@*', 'pix@*', `preco@${vendas}`]);
  expect(await shortcuts(`?queueId=${suporte}`)).toEqual([`ola@${suporte}`, 'ola@*', 'pix@*']);
  expect(await shortcuts(`?queueId=${suporte}&search=/O`)).toEqual([`ola@${suporte}`, 'ola@*']);
  expect(await shortcuts('?search=chave')).toEqual(['pix@*']);
  expect(await shortcuts('?search=%25_')).toEqual([`preco@${vendas}`]); // "%_" is text, not a pattern
  expect(await shortcuts('?search=zzz')).toEqual([]);
});

it('refuses a duplicate shortcut in the same scope with 409, allows it in another', async () => {
  await replies();
  const dup = await app.api.post('/api/quick-replies', { shortcut: 'OLA', message: 'outra' }, { token: admin.token });
  expect(dup.status).toBe(409);
  expect(dup.body.error.code).toBe('ERR_QUICK_REPLY_SHORTCUT_IN_USE');
  const dupQueue = await app.api.post('/api/quick-replies', { shortcut: 'ola', message: 'outra', queueId: suporte }, { token: admin.token });
  expect(dupQueue.body.error.code).toBe('ERR_QUICK_REPLY_SHORTCUT_IN_USE');
  expect((await app.api.post('/api/quick-replies', { shortcut: 'ola', message: 'outra', queueId: vendas }, { token: admin.token })).status).toBe(201);
  expect((await app.api.post('/api/quick-replies', { shortcut: 'ola', message: 'de B' }, { token: adminB.token })).status).toBe(201);
});

it('updates a reply, moves it between scopes, and refuses a move onto a taken shortcut', async () => {
  await replies();
  const [pix] = (await app.api.get('/api/quick-replies?search=pix', { token: admin.token })).body.quickReplies;
  const moved = await app.api.put(`/api/quick-replies/${pix.id}`, { queueId: vendas, message: 'PIX: 456' }, { token: supervisor.token });
  expect(moved.body.quickReply).toMatchObject({ shortcut: 'pix', queueId: vendas, message: 'PIX: 456' });
  const renamed = await app.api.put(`/api/quick-replies/${pix.id}`, { shortcut: 'preco' }, { token: admin.token });
  expect(renamed.status).toBe(409);
  const back = await app.api.put(`/api/quick-replies/${pix.id}`, { queueId: null }, { token: admin.token });
  expect(back.body.quickReply).toMatchObject({ shortcut: 'pix', queueId: null, message: 'PIX: 456' });
  expect((await app.api.put(`/api/quick-replies/${pix.id}`, { message: 'x' }, { token: attendant.token })).status).toBe(403);
});

it('keeps companies apart: another company’s replies and queues are not found', async () => {
  await replies();
  expect((await app.api.post('/api/quick-replies', { shortcut: 'ola', message: 'de B' }, { token: adminB.token })).status).toBe(201);
  const [mine] = (await app.api.get('/api/quick-replies', { token: admin.token })).body.quickReplies;
  for (const res of [
    await app.api.get(`/api/quick-replies/${mine.id}`, { token: adminB.token }),
    await app.api.put(`/api/quick-replies/${mine.id}`, { message: 'hacked' }, { token: adminB.token }),
    await app.api.delete(`/api/quick-replies/${mine.id}`, { token: adminB.token }),
  ]) {
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ERR_QUICK_REPLY_NOT_FOUND');
  }
  expect((await app.api.get(`/api/quick-replies/${mine.id}`, { token: admin.token })).body.quickReply).toEqual(mine);
  expect(await shortcuts('', adminB.token)).toEqual(['ola@*']);
  expect(await shortcuts(`?queueId=${vendas}`, adminB.token)).toEqual(['ola@*']);

  const foreignQueue = await app.api.post('/api/quick-replies', { shortcut: 'z', message: 'z', queueId: queueB }, { token: admin.token });
  expect(foreignQueue.status).toBe(404);
  expect(foreignQueue.body.error.code).toBe('ERR_QUEUE_NOT_FOUND');
  const moveAway = await app.api.put(`/api/quick-replies/${mine.id}`, { queueId: queueB }, { token: admin.token });
  expect(moveAway.body.error.code).toBe('ERR_QUEUE_NOT_FOUND');
});

it.each([
  ['a shortcut with spaces', { shortcut: 'bom dia', message: 'x' }],
  ['a shortcut with accents', { shortcut: 'olá', message: 'x' }],
  ['an empty shortcut', { shortcut: '/', message: 'x' }],
  ['a long shortcut', { shortcut: 'a'.repeat(41), message: 'x' }],
  ['an empty message', { shortcut: 'ok', message: '   ' }],
  ['a huge message', { shortcut: 'ok', message: 'x'.repeat(4097) }],
  ['a string queue id', { shortcut: 'ok', message: 'x', queueId: '1' }],
  ['an unknown field', { shortcut: 'ok', message: 'x', companyId: 1 }],
])('refuses %s with ERR_VALIDATION', async (_label, body) => {
  const res = await app.api.post('/api/quick-replies', body, { token: admin.token });
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('ERR_VALIDATION');
});

it('deletes replies, and a deleted queue takes its replies with it', async () => {
  await replies();
  const [first] = (await app.api.get('/api/quick-replies', { token: admin.token })).body.quickReplies;
  expect((await app.api.delete(`/api/quick-replies/${first.id}`, { token: supervisor.token })).status).toBe(204);
  expect((await app.api.get(`/api/quick-replies/${first.id}`, { token: admin.token })).status).toBe(404);
  const temporaria = (await app.api.post('/api/queues', { name: 'Temporária' }, { token: admin.token })).body.queue.id;
  await app.api.post('/api/quick-replies', { shortcut: 'preco', message: 'Só nesta fila', queueId: temporaria }, { token: admin.token });
  expect(await shortcuts()).toContain(`preco@${temporaria}`);
  await app.api.delete(`/api/queues/${temporaria}`, { token: admin.token });
  expect((await shortcuts()).filter((s: string) => s.endsWith(`@${temporaria}`))).toEqual([]);
  expect((await app.api.get('/api/quick-replies?queueId=abc', { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
});

it('renders a reply for a ticket the attendant may see, and for nobody else', async () => {
  const { QueryTypes } = await import('sequelize');
  const me = (await app.api.get('/api/auth/me', { token: attendant.token })).body.user;
  const ticketIn = (queueId: number | null, number: string) =>
    ctx()
      .sequelize.query<{ id: number }>(
        `WITH c AS (INSERT INTO "Contacts" ("companyId", name, number) VALUES (:companyId, 'Maria da Silva', :number) RETURNING id)
         INSERT INTO "Tickets" ("companyId", "contactId", "queueId", status) SELECT :companyId, c.id, :queueId, 'pending' FROM c RETURNING id`,
        { replacements: { companyId: me.companyId, number, queueId }, type: QueryTypes.SELECT },
      )
      .then(([row]) => row!.id);
  const visible = await ticketIn(null, '5511911112222');
  const otherQueue = await ticketIn(suporte, '5511933334444');
  const reply = await app.api.post(
    '/api/quick-replies',
    { shortcut: 'oi', message: '{{greeting}}, {{firstName}}! Sou {{attendant}}. {{name}} / {{number}} {{pedido}}' },
    { token: admin.token },
  );
  const id = reply.body.quickReply.id;

  const res = await app.api.get(`/api/quick-replies/${id}/rendered?ticketId=${visible}`, { token: attendant.token });
  expect(res.status).toBe(200);
  expect(res.body.text).toMatch(/^(Bom dia|Boa tarde|Boa noite), Maria! Sou ana\. Maria da Silva \/ 5511911112222 \{\{pedido\}\}$/);
  const preview = await app.api.get(`/api/quick-replies/${id}/rendered`, { token: admin.token });
  expect(preview.body.text).toMatch(/^(Bom dia|Boa tarde|Boa noite), ! Sou Admin.* \/ {2}\{\{pedido\}\}$/);

  const hidden = await app.api.get(`/api/quick-replies/${id}/rendered?ticketId=${otherQueue}`, { token: attendant.token });
  expect(hidden.status).toBe(404);
  expect(hidden.body.error.code).toBe('ERR_TICKET_NOT_FOUND');
  const replyB = (await app.api.post('/api/quick-replies', { shortcut: 'ola', message: 'de B' }, { token: adminB.token })).body.quickReply;
  const foreign = await app.api.get(`/api/quick-replies/${replyB.id}/rendered?ticketId=${visible}`, { token: adminB.token });
  expect(foreign.body.error.code).toBe('ERR_TICKET_NOT_FOUND');
  expect((await app.api.get(`/api/quick-replies/${id}/rendered?ticketId=x`, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
});
