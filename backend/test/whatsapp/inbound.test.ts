import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import { connectWhatsapp } from '../support/whatsapp.js';
import { until } from '../support/waiting.js';

const PHONE = '5511999990002';
let sim: WaSimulator;
let app: TestApp;
let socketA: Socket;
let socketB: Socket;
let whatsappId: number;
let adminToken: string;
let adminBToken: string;

async function count(sql: string): Promise<number> {
  const [rows] = await ctx().sequelize.query(sql);
  return (rows as { n: number }[])[0]!.n;
}

beforeAll(async () => {
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  adminToken = admin.token;
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  const adminB = await app.api.login('bia@b.test', 'bia-pass-123');
  adminBToken = adminB.token;
  socketA = await connectSocket(app.url, admin.token);
  socketB = await connectSocket(app.url, adminB.token);
  whatsappId = await connectWhatsapp(app.api, admin.token, socketA, sim, PHONE);
}, 60_000);
afterAll(async () => {
  socketA?.close();
  socketB?.close();
  await app?.stop();
  await sim?.close();
});

it('turns a contact’s text into one contact, one pending ticket and one message, announced to its company only', async () => {
  const seenByA = record<{ action: string; message: { body: string }; ticket: { status: string }; contact: { number: string } }>(socketA, 'appMessage');
  const seenByB = record(socketB, 'appMessage');
  const alice = sim.contact('5511988887777', { pushName: 'Alice' });
  await alice.sendText(sim.phone(PHONE), 'Olá, quero um orçamento');

  const ofAlice = () => seenByA.filter((e) => e.action === 'create' && e.contact.number === '5511988887777'); // other tests' chats and receipts aside
  await until(async () => ofAlice().length > 0, Boolean, 'the appMessage event');
  expect(ofAlice()).toEqual([
    expect.objectContaining({ message: expect.objectContaining({ body: 'Olá, quero um orçamento' }), ticket: expect.objectContaining({ status: 'pending' }) }),
  ]);
  expect(await count(`SELECT count(*)::int AS n FROM "Contacts" WHERE number = '5511988887777'`)).toBe(1);
  expect(await count(`SELECT count(*)::int AS n FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number = '5511988887777'`)).toBe(1);
  expect(
    await count(
      `SELECT count(*)::int AS n FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number = '5511988887777' AND t.status = 'pending' AND t."whatsappId" = ${whatsappId}`,
    ),
  ).toBe(1);
  expect(await count(`SELECT count(*)::int AS n FROM "Messages" WHERE body = 'Olá, quero um orçamento'`)).toBe(1);
  const [contact] = (await ctx().sequelize.query(`SELECT name FROM "Contacts" WHERE number = '5511988887777'`))[0] as { name: string }[];
  expect(contact!.name).toBe('Alice');
  // Company B's own change reaches its socket after anything sent to it with A's event.
  await barrier(socketB, 'tag', () => app.api.post('/api/tags', { name: 'Só de B' }, { token: adminBToken }));
  expect(seenByB).toEqual([]);
}, 30_000);

it('puts a message from an old account’s 8-digit number on the contact typed with the ninth digit, and replies reach that account', async () => {
  const typed = (await app.api.post('/api/contacts', { name: 'Maria do Cadastro', number: '(21) 97766-5544' }, { token: adminToken })).body.contact;
  expect(typed.number).toBe('5521977665544');
  const maria = sim.contact('552177665544', { pushName: 'Maria Zap' }); // WhatsApp still knows her by the old form
  await maria.sendText(sim.phone(PHONE), 'oi, sou eu');
  await until(async () => (await count(`SELECT count(*)::int AS n FROM "Messages" WHERE body = 'oi, sou eu'`)) === 1, Boolean, 'her message');

  const [people] = await ctx().sequelize.query(`SELECT id, name, number FROM "Contacts" WHERE number IN ('5521977665544', '552177665544')`);
  // One person: the typed contact, now with WhatsApp's form of the number, and the name someone typed.
  expect(people).toEqual([{ id: typed.id, name: 'Maria do Cadastro', number: '552177665544' }]);
  const [tickets] = await ctx().sequelize.query(`SELECT id FROM "Tickets" WHERE "contactId" = ${typed.id}`);
  expect(tickets).toHaveLength(1);

  const ticketId = (tickets as { id: number }[])[0]!.id;
  expect((await app.api.post(`/api/messages/${ticketId}`, { body: 'Olá, Maria!' }, { token: adminToken })).status).toBe(201);
  expect((await maria.nextMessage({ timeoutMs: 15_000 })).text).toBe('Olá, Maria!');
}, 40_000);

it('keeps 200 concurrent messages from 20 contacts: 20 tickets, order kept per chat, a redelivery stored once', async () => {
  const contacts = Array.from({ length: 20 }, (_, i) => sim.contact(`55119777${String(i).padStart(5, '0')}`, { pushName: `Cliente ${i}` }));
  const ids = await Promise.all(
    contacts.map(async (contact) => {
      const sent: string[] = [];
      for (let n = 0; n < 10; n++) sent.push(await contact.sendText(sim.phone(PHONE), `msg ${n}`));
      return sent;
    }),
  );
  await until(async () => (await count(`SELECT count(*)::int AS n FROM "Messages" WHERE body LIKE 'msg %'`)) === 200, Boolean, '200 messages', 90_000);
  expect(await count(`SELECT count(*)::int AS n FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number LIKE '55119777%'`)).toBe(20);

  const [rows] = await ctx().sequelize.query(
    `SELECT c.number, array_agg(m.body ORDER BY m.id) AS bodies FROM "Messages" m JOIN "Contacts" c ON c.id = m."contactId"
     WHERE c.number LIKE '55119777%' GROUP BY c.number`,
  );
  for (const row of rows as { bodies: string[] }[]) expect(row.bodies).toEqual(Array.from({ length: 10 }, (_, n) => `msg ${n}`));
  const [unread] = (
    await ctx().sequelize.query(
      `SELECT DISTINCT "unreadMessages" AS u FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number LIKE '55119777%'`,
    )
  )[0] as { u: number }[];
  expect(unread!.u).toBe(10);

  // The same message delivered again is a no-op.
  await sim.redeliver(ids[0]![0]!);
  const marker = await contacts[0]!.sendText(sim.phone(PHONE), 'after the duplicate');
  await until(async () => (await count(`SELECT count(*)::int AS n FROM "Messages" WHERE wid = '${marker}'`)) === 1, Boolean, 'the marker message');
  expect(await count(`SELECT count(*)::int AS n FROM "Messages" WHERE wid = '${ids[0]![0]!}'`)).toBe(1);
}, 150_000);
