import type { Socket } from 'socket.io-client';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, record } from '../support/sockets.js';

let app: TestApp;
let admin: { token: string };
let attendantSocket: Socket;
let otherCompanySocket: Socket;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/users', { name: 'Ana', email: 'ana@a.test', password: 'ana-pass-1234', profile: 'user' }, { token: admin.token });
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  attendantSocket = await connectSocket(app.url, (await app.api.login('ana@a.test', 'ana-pass-1234')).token);
  otherCompanySocket = await connectSocket(app.url, (await app.api.login('bia@b.test', 'bia-pass-1234')).token);
});
afterAll(async () => {
  attendantSocket?.close();
  otherCompanySocket?.close();
  await app.stop();
});

async function eventually(check: () => void): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

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

  await eventually(() => {
    expect(heard.tag).toEqual([
      { action: 'created', tagId: tag.id },
      { action: 'updated', tagId: tag.id },
      { action: 'deleted', tagId: tag.id },
    ]);
    expect(heard.quickReply).toEqual([
      { action: 'created', quickReplyId: reply.id },
      { action: 'updated', quickReplyId: reply.id },
      { action: 'deleted', quickReplyId: reply.id },
    ]);
    expect(heard.settings).toEqual([{ action: 'updated' }]);
  });
  // Company B's admin heard nothing of it; and a quick reply's text never travels on the socket.
  expect(overheard.flat()).toEqual([]);
  expect(JSON.stringify(heard)).not.toContain('Olá');
});
