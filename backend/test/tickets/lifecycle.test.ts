import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import { ctx } from '../../src/context.js';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import type { TestApp } from '../support/testApp.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import { startConnectedApp } from '../support/whatsapp.js';
import { createAttendant, createQueue, ticketOf, type Attendant } from '../support/factories.js';
import { until } from '../support/waiting.js';

// The attendant's day through the API and the sockets, with the customer played by the simulator.
const PHONE = '5511999990010';
type TicketEvent = { action: string; ticket: { id: number; status: string; userId: number | null; queueId: number | null } };

let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let vendas: number;
let suporte: number;
let xavier: Attendant; // serves Vendas
let yara: Attendant; // serves Suporte
const sockets: Socket[] = [];
let seen: Record<'admin' | 'xavier' | 'yara' | 'otherCompany', TicketEvent[]>;
let whatsappId: number;
let carla: SimContact;
let companyB: { token: string; socket: Socket };

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin, whatsappId } = started);
  const adminSocket = started.adminSocket;
  await app.api.put(`/api/whatsapps/${whatsappId}`, { farewellMessage: 'Obrigado pelo contato!' }, { token: admin.token });
  xavier = await createAttendant(app.api, admin.token, 'Xavier');
  yara = await createAttendant(app.api, admin.token, 'Yara');
  // Queues not served by the connection: no menu, the admin files the ticket by hand.
  vendas = await createQueue(admin.user.companyId, 'Vendas', [xavier.id]);
  suporte = await createQueue(admin.user.companyId, 'Suporte', [yara.id]);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  const b = await app.api.login('bia@b.test', 'bia-pass-123');
  const list = [adminSocket, await connectSocket(app.url, xavier.token), await connectSocket(app.url, yara.token), await connectSocket(app.url, b.token)];
  sockets.push(...list);
  companyB = { token: b.token, socket: list[3]! };
  seen = { admin: record(list[0]!, 'ticket'), xavier: record(list[1]!, 'ticket'), yara: record(list[2]!, 'ticket'), otherCompany: record(list[3]!, 'ticket') };
  carla = sim.contact('5511977770010', { pushName: 'Carla' });
}, 60_000);
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
});

const put = (who: { token: string }, id: number, body: object) => app.api.put(`/api/tickets/${id}`, body, { token: who.token });
const clear = () => Object.values(seen).forEach((list) => list.splice(0));
const statusesOf = (list: TicketEvent[], id: number) => list.filter((e) => e.ticket.id === id).map((e) => e.ticket.status);
const reactionsOn = async (wid: string) =>
  (
    await ctx().sequelize.query<{ reactions: Record<string, { emoji: string }> }>(`SELECT reactions FROM "Messages" WHERE wid = :wid`, {
      replacements: { wid },
      type: QueryTypes.SELECT,
    })
  )[0]?.reactions ?? {};

it('walks pending → queue → accepted → transferred → accepted → closed (farewell) → reopened → returned, telling exactly the right people', async () => {
  await carla.sendText(sim.phone(PHONE), 'Quero comprar');
  const { id } = (await until(
    () => ticketOf('5511977770010'),
    (t) => t?.status === 'pending',
    'the pending ticket',
  ))!;

  // The admin puts it in Vendas: Xavier (Vendas) is told, Yara (Suporte) and company B are not.
  clear();
  expect((await put(admin, id, { action: 'transfer', queueId: vendas })).body.ticket).toMatchObject({ status: 'pending', queueId: vendas });
  await until(
    async () => statusesOf(seen.xavier, id),
    (s) => s.includes('pending'),
    'Xavier told',
  );
  expect(statusesOf(seen.admin, id)).toEqual(['pending']);

  // Yara cannot see or accept a ticket of a queue she does not serve.
  expect((await app.api.get(`/api/tickets/${id}`, { token: yara.token })).status).toBe(404);
  const { uuid } = (await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket;
  expect((await app.api.get(`/api/tickets/${uuid}`, { token: yara.token })).status).toBe(404);
  expect((await put(yara, id, { action: 'accept' })).status).toBe(404);

  clear();
  const accepted = await put(xavier, id, { action: 'accept' });
  expect(accepted.body.ticket).toMatchObject({ status: 'open', userId: xavier.id, acceptedAt: expect.any(String) });
  await until(
    async () => statusesOf(seen.xavier, id),
    (s) => s.includes('open'),
    'Xavier told of his accept',
  );

  // Transfer to Suporte: it leaves Xavier's list (he is told) and lands in Yara's.
  clear();
  expect((await put(xavier, id, { action: 'transfer', queueId: suporte })).body.ticket).toMatchObject({ status: 'pending', queueId: suporte, userId: null });
  await until(
    async () => statusesOf(seen.yara, id),
    (s) => s.includes('pending'),
    'Yara told',
  );
  expect(statusesOf(seen.xavier, id)).toEqual(['pending']);
  expect((await app.api.get(`/api/tickets/${id}`, { token: xavier.token })).status).toBe(404);

  expect((await put(yara, id, { action: 'accept' })).status).toBe(200);
  clear();
  const closed = await put(yara, id, { action: 'close' });
  expect(closed.body.ticket).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
  const farewell = await carla.nextMessage({ timeoutMs: 15_000 });
  expect(farewell.text).toBe('Obrigado pelo contato!');
  // The farewell's own echo from WhatsApp is recognised: it neither opens a ticket nor reopens this one. Carla's
  // reaction to the farewell comes through the same chat after the echo: once it is stored, the echo was handled.
  const phone = sim.phone(PHONE);
  await carla.send(phone, { reactionMessage: { key: { remoteJid: phone.jid, fromMe: false, id: farewell.id }, text: '🙏', senderTimestampMs: Date.now() } });
  await until(
    () => reactionsOn(farewell.id),
    (r) => r['5511977770010']?.emoji === '🙏',
    'Carla’s reaction to the farewell',
  );
  expect(await ticketOf('5511977770010')).toMatchObject({ id, status: 'closed' });
  expect((await put(yara, id, { action: 'close' })).body.error.code).toBe('ERR_TICKET_ALREADY_CLOSED');

  expect((await put(yara, id, { action: 'reopen' })).body.ticket).toMatchObject({ status: 'open', userId: yara.id });
  expect((await put(yara, id, { action: 'return' })).body.ticket).toMatchObject({ status: 'pending', userId: null, queueId: suporte });

  const history = (await app.api.get(`/api/tickets/${id}/history`, { token: admin.token })).body.history;
  expect(history.map((h: { action: string; userId: number }) => [h.action, h.userId])).toEqual([
    ['transferred', admin.user.id],
    ['accepted', xavier.id],
    ['transferred', xavier.id],
    ['accepted', yara.id],
    ['closed', yara.id],
    ['reopened', yara.id],
    ['returned', yara.id],
  ]);
  expect(history[2]).toMatchObject({ fromQueueId: vendas, toQueueId: suporte, fromUserId: xavier.id, toUserId: null });
  // Company B heard none of it: once the admin has the last update, B's own change reaches B after anything sent
  // to it along with that update.
  await until(
    async () => statusesOf(seen.admin, id),
    (s) => s.at(-1) === 'pending',
    'the admin told of the return',
  );
  await barrier(companyB.socket, 'tag', () => app.api.post('/api/tags', { name: 'Só de B' }, { token: companyB.token }));
  expect(seen.otherCompany).toEqual([]);
}, 60_000);

it('lets exactly one of 50 attendants accepting at once have the ticket; the others get 409', async () => {
  const dora = sim.contact('5511977770011', { pushName: 'Dora' });
  await dora.sendText(sim.phone(PHONE), 'Alguém?');
  const { id } = (await until(
    () => ticketOf('5511977770011'),
    (t) => t?.status === 'pending',
    'the pending ticket',
  ))!;
  const crowd = await Promise.all(Array.from({ length: 50 }, (_, i) => createAttendant(app.api, admin.token, `Agente ${i}`)));
  const results = await Promise.all(crowd.map((a) => put(a, id, { action: 'accept' })));
  const winners = results.filter((r) => r.status === 200);
  expect(winners).toHaveLength(1);
  expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'ERR_TICKET_ALREADY_ACCEPTED')).toBe(true);
  expect(results.filter((r) => r.status === 409)).toHaveLength(49);
  const history = (await app.api.get(`/api/tickets/${id}/history`, { token: admin.token })).body.history;
  expect(history.filter((h: { action: string }) => h.action === 'accepted')).toHaveLength(1);
  expect((await ticketOf('5511977770011'))!.userId).toBe(winners[0]!.body.ticket.userId);
}, 60_000);

it('reads a ticket when it is opened: unread back to zero, read receipts to the customer’s phone, once', async () => {
  const eva = sim.contact('5511977770012', { pushName: 'Eva' });
  const first = await eva.sendText(sim.phone(PHONE), 'olá');
  const second = await eva.sendText(sim.phone(PHONE), 'tem alguém aí?');
  const { id } = (await until(
    async () => {
      const [rows] = await ctx().sequelize.query(
        `SELECT t.id, t."unreadMessages" AS unread FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number = '5511977770012'`,
      );
      return (rows as { id: number; unread: number }[])[0];
    },
    (t) => t?.unread === 2,
    'two unread messages',
  ))!;

  const read = await put(admin, id, { action: 'read' });
  expect(read.body.ticket.unreadMessages).toBe(0);
  const receipt = await eva.nextReceipt({ type: 'read', timeoutMs: 10_000 });
  expect([...receipt.ids].sort()).toEqual([first, second].sort());

  // Opening it again sends nothing more: the next read receipt is the one for her next message alone.
  await put(admin, id, { action: 'read' });
  const third = await eva.sendText(sim.phone(PHONE), 'oi?');
  await until(
    () => ctx().sequelize.query(`SELECT 1 FROM "Messages" WHERE wid = :third`, { replacements: { third }, type: QueryTypes.SELECT }),
    (rows) => rows.length === 1,
    'her third message',
  );
  await put(admin, id, { action: 'read' });
  expect((await eva.nextReceipt({ type: 'read', timeoutMs: 10_000 })).ids).toEqual([third]);
}, 30_000);

it('answers bad lifecycle requests with codes and changes nothing', async () => {
  await sim.contact('5511977770013', { pushName: 'Fábio' }).sendText(sim.phone(PHONE), 'Bom dia');
  const { id } = (await until(
    () => ticketOf('5511977770013'),
    (t) => t?.status === 'pending',
    'the pending ticket',
  ))!;
  expect((await put(admin, id, { action: 'fly' })).body.error.code).toBe('ERR_VALIDATION');
  expect((await put(admin, id, { action: 'accept', userId: 3 })).body.error.code).toBe('ERR_VALIDATION');
  expect((await put(admin, id, { action: 'transfer' })).body.error.code).toBe('ERR_VALIDATION');
  expect((await put(admin, id, { action: 'transfer', queueId: 999999 })).body.error.code).toBe('ERR_QUEUE_NOT_FOUND');
  expect((await put(admin, id, { action: 'transfer', userId: 999999 })).body.error.code).toBe('ERR_USER_NOT_FOUND');
  expect((await put(admin, 999999, { action: 'accept' })).body.error.code).toBe('ERR_TICKET_NOT_FOUND');
  expect((await put(admin, id, { action: 'reopen' })).body.error.code).toBe('ERR_TICKET_NOT_CLOSED');
  const b = await app.api.login('bia@b.test', 'bia-pass-123');
  expect((await put(b, id, { action: 'accept' })).status).toBe(404);
  expect((await ticketOf('5511977770013'))!.status).toBe('pending');

  // By its uuid (the address links carry): the same ticket, for those who may see it only.
  const { uuid } = (await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket;
  expect((await app.api.get(`/api/tickets/${uuid}`, { token: admin.token })).body.ticket).toMatchObject({ id, uuid });
  expect((await app.api.get(`/api/tickets/${uuid}`, { token: b.token })).body.error.code).toBe('ERR_TICKET_NOT_FOUND');
  expect((await app.api.get('/api/tickets/8f14e45f-ceea-467f-a8f4-8b0c5c4e0a01', { token: admin.token })).body.error.code).toBe('ERR_TICKET_NOT_FOUND');
  expect((await app.api.get('/api/tickets/not-a-ticket', { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
});
