import type { Socket } from 'socket.io-client';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, nextEvent } from '../support/sockets.js';

let app: TestApp;
let admin: { token: string };
let adminB: { token: string };
let socket: Socket;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-123');
  socket = await connectSocket(app.url, admin.token);
});
afterAll(async () => {
  socket.close();
  await app.stop();
});
// Each test starts from companies without connections (the first one becomes the default).
beforeEach(() => ctx().sequelize.query(`DELETE FROM "Whatsapps"`));

it('makes the first connection the default and moves the flag when another becomes default', async () => {
  const event = nextEvent<{ action: string; whatsapp: { name: string; status: string } }>(socket, 'whatsappSession');
  const vendas = await app.api.post('/api/whatsapps', { name: 'Vendas', greetingMessage: 'Olá!' }, { token: admin.token });
  expect(vendas.status).toBe(201);
  expect(vendas.body.whatsapp).toMatchObject({ name: 'Vendas', isDefault: true, status: 'DISCONNECTED', greetingMessage: 'Olá!', qrcode: null });
  expect(await event).toMatchObject({ action: 'created', whatsapp: { name: 'Vendas', status: 'DISCONNECTED' } });

  const suporte = await app.api.post('/api/whatsapps', { name: 'Suporte', isDefault: true }, { token: admin.token });
  expect(suporte.body.whatsapp.isDefault).toBe(true);
  const list = await app.api.get('/api/whatsapps', { token: admin.token });
  expect(list.body.whatsapps.map((w: { name: string; isDefault: boolean }) => [w.name, w.isDefault])).toEqual([
    ['Suporte', true],
    ['Vendas', false],
  ]);

  const unset = await app.api.put(`/api/whatsapps/${suporte.body.whatsapp.id}`, { isDefault: false }, { token: admin.token });
  expect(unset.body.error.code).toBe('ERR_WHATSAPP_DEFAULT_REQUIRED');

  await app.api.delete(`/api/whatsapps/${suporte.body.whatsapp.id}`, { token: admin.token });
  const after = await app.api.get(`/api/whatsapps/${vendas.body.whatsapp.id}`, { token: admin.token });
  expect(after.body.whatsapp.isDefault).toBe(true);
});

it('refuses a duplicate name in the same company, but not in another', async () => {
  expect((await app.api.post('/api/whatsapps', { name: 'Vendas' }, { token: admin.token })).status).toBe(201);
  const dup = await app.api.post('/api/whatsapps', { name: 'vendas' }, { token: admin.token });
  expect(dup.status).toBe(409);
  expect(dup.body.error.code).toBe('ERR_WHATSAPP_NAME_IN_USE');
  expect((await app.api.post('/api/whatsapps', { name: 'Vendas' }, { token: adminB.token })).status).toBe(201);
});

it('hides other companies’ connections and keeps writes to admins', async () => {
  const mine = (await app.api.post('/api/whatsapps', { name: 'Loja' }, { token: admin.token })).body.whatsapp;
  expect((await app.api.get(`/api/whatsapps/${mine.id}`, { token: adminB.token })).status).toBe(404);
  expect((await app.api.put(`/api/whatsapps/${mine.id}`, { name: 'X' }, { token: adminB.token })).status).toBe(404);
  expect((await app.api.delete(`/api/whatsapps/${mine.id}`, { token: adminB.token })).status).toBe(404);
  expect((await app.api.get('/api/whatsapps', { token: adminB.token })).body.whatsapps.map((w: { id: number }) => w.id)).not.toContain(mine.id);

  await app.api.post('/api/users', { name: 'Ana', email: 'ana@a.test', password: 'ana-pass-123', profile: 'user' }, { token: admin.token });
  const ana = await app.api.login('ana@a.test', 'ana-pass-123');
  expect((await app.api.get('/api/whatsapps', { token: ana.token })).status).toBe(200);
  expect((await app.api.post('/api/whatsapps', { name: 'Nova' }, { token: ana.token })).status).toBe(403);
});

it('validates input', async () => {
  expect((await app.api.post('/api/whatsapps', { name: '' }, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  expect((await app.api.post('/api/whatsapps', { name: 'X', status: 'CONNECTED' }, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  expect((await app.api.post('/api/whatsapps', { name: 'X', greetingMessage: 'a'.repeat(5000) }, { token: admin.token })).status).toBe(400);
});
