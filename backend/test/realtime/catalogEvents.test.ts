import type { Socket } from 'socket.io-client';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { barrier, connectSocket, record } from '../support/sockets.js';

let app: TestApp;
let admin: { token: string };
let attendantSocket: Socket;
let otherCompanySocket: Socket;
let adminB: { token: string };

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/users', { name: 'Ana', email: 'ana@a.test', password: 'ana-pass-1234', profile: 'user' }, { token: admin.token });
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  attendantSocket = await connectSocket(app.url, (await app.api.login('ana@a.test', 'ana-pass-1234')).token);
  adminB = await app.api.login('bia@b.test', 'bia-pass-1234');
  otherCompanySocket = await connectSocket(app.url, adminB.token);
});
afterAll(async () => {
  attendantSocket?.close();
  otherCompanySocket?.close();
  await app.stop();
});

it('tells the whole company, and only it, when tags, quick replies and settings change (ids only)', async () => {
  const names = ['tag', 'quickReply', 'settings'];
  const heard = Object.fromEntries(names.map((name) => [name, record(attendantSocket, name)]));
  const overheard = names.map((name) => record(otherCompanySocket, name));

  const tag = (await app.api.post('/api/tags', { name: 'VIP' }, { token: admin.token })).body.tag;
  await app.api.put(`/api/tags/${tag.id}`, { name: 'VIP Ouro' }, { token: admin.token });
  await app.api.delete(`/api/tags/${tag.id}`, { token: admin.token });
  const reply = (await app.api.post('/api/quick-replies', { shortcut: 'oi', message: 'Olá!' }, { token: admin.token })).body.quickReply;
  await app.api.put(`/api/quick-replies/${reply.id}`, { message: 'Olá, tudo bem?' }, { token: admin.token });
  await app.api.delete(`/api/quick-replies/${reply.id}`, { token: admin.token });
  await app.api.put('/api/settings', { userMaxOpenTickets: 7 }, { token: admin.token });
  // Refused changes are not announced.
  expect((await app.api.post('/api/tags', { name: '' }, { token: admin.token })).status).toBe(400);

  // A later change is heard after all of these (one connection keeps the server's order), and nothing between.
  const marker = await barrier<{ action: string; tagId: number }>(
    attendantSocket,
    'tag',
    () => app.api.post('/api/tags', { name: 'Marcador' }, { token: admin.token }),
    (e) => e.tagId !== tag.id,
  );
  expect(heard.tag).toEqual([{ action: 'created', tagId: tag.id }, { action: 'updated', tagId: tag.id }, { action: 'deleted', tagId: tag.id }, marker]);
  expect(heard.quickReply).toEqual([
    { action: 'created', quickReplyId: reply.id },
    { action: 'updated', quickReplyId: reply.id },
    { action: 'deleted', quickReplyId: reply.id },
  ]);
  expect(heard.settings).toEqual([{ action: 'updated' }]);
  // Company B's admin heard nothing of it, only its own change; and a quick reply's text never travels on the socket.
  const markerB = await barrier(otherCompanySocket, 'tag', () => app.api.post('/api/tags', { name: 'Marcador' }, { token: adminB.token }));
  expect(overheard.flat()).toEqual([markerB]);
  expect(JSON.stringify(heard)).not.toContain('Olá');
});
