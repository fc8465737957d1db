import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { optOutSettled } from '../../src/services/campaigns/subscribeOptOut.js';
import { chatbotSettled } from '../../src/services/chatbot/subscribeChatbot.js';
import { ticketOf } from '../support/factories.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { connectWhatsapp, startConnectedApp } from '../support/whatsapp.js';

// Opt-out of campaigns (issue 14): a customer whose whole message is one of the company's keywords ("Sair!",
// "parar", "CANCELAR") is marked opted out with the time and told so once; their message stays in the ticket.
// Customers played by the simulator, through the real inbound pipeline.
const PHONE = '5511999990140';
const PHONE_B = '5511999990141'; // company B's connection
const CONFIRMATION = 'Pronto! Você não receberá mais nossas mensagens promocionais. Se mudar de ideia, é só nos chamar.';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string };
let adminB: { token: string };
let socket: Socket;
let socketB: Socket;

interface AppMessage {
  action: string;
  message: { body: string; fromMe: boolean; ticketId: number };
}
interface ContactEvent {
  action: string;
  contact: { id: number; number: string; optedOutAt: string | null };
}
let messages: AppMessage[];
let messagesB: AppMessage[];
let contactEvents: ContactEvent[];
let contactEventsB: ContactEvent[];

beforeAll(async () => {
  ({ sim, app, admin, adminSocket: socket } = await startConnectedApp(PHONE));
  messages = record<AppMessage>(socket, 'appMessage');
  contactEvents = record<ContactEvent>(socket, 'contact');
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-1234');
  socketB = await connectSocket(app.url, adminB.token);
  contactEventsB = record<ContactEvent>(socketB, 'contact');
  messagesB = record<AppMessage>(socketB, 'appMessage');
  await connectWhatsapp(app.api, adminB.token, socketB, sim, PHONE_B, 'Loja B');
}, 90_000);
afterAll(async () => {
  socket?.close();
  socketB?.close();
  await app?.stop();
  await sim?.close();
});

async function contactRow(number: string, companyId?: number): Promise<{ id: number; optedOutAt: Date | null }> {
  const rows = await ctx().sequelize.query<{ id: number; optedOutAt: Date | null }>(
    `SELECT id, "optedOutAt" FROM "Contacts" WHERE number = :number ${companyId ? 'AND "companyId" = :companyId' : ''}`,
    { replacements: { number, companyId }, type: QueryTypes.SELECT },
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** Resolves once the customer's `text` is stored (the socket saw it) and the opt-out step and the bot have looked at it. */
async function looked(text: string, seen = messages): Promise<void> {
  await until(async () => seen.some((e) => e.action === 'create' && !e.message.fromMe && e.message.body === text), Boolean, `the customer's "${text}"`);
  await optOutSettled();
  await chatbotSettled();
}

/** What the ticket holds, oldest first: who wrote it and what. */
async function conversation(ticketId: number): Promise<[boolean, string][]> {
  const res = await app.api.get(`/api/messages/${ticketId}`, { token: admin.token });
  expect(res.status).toBe(200);
  // The API pages newest first.
  return (res.body.messages as { fromMe: boolean; body: string }[]).map((m): [boolean, string] => [m.fromMe, m.body]).reverse();
}

it.each([
  ['5511966660001', 'Sair!'],
  ['5511966660002', 'parar'],
  ['5511966660003', '  CANCELAR '],
])(
  'marks %s opted out on "%s", confirms once, and keeps the message in the ticket',
  async (number, text) => {
    const customer = sim.contact(number, { pushName: 'Cliente' });
    const before = Date.now();
    await customer.sendText(sim.phone(PHONE), text);
    expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(CONFIRMATION);
    const { id: contactId, optedOutAt } = await contactRow(number);
    expect(optedOutAt).not.toBeNull();
    expect(new Date(optedOutAt!).getTime()).toBeGreaterThanOrEqual(before - 5_000);
    const ticket = (await ticketOf(number))!;
    expect(ticket.status).toBe('pending'); // not closed: an attendant may still answer
    await until(
      () => conversation(ticket.id),
      (c) => c.length === 2,
      'the message and the confirmation in the ticket',
    );
    expect(await conversation(ticket.id)).toEqual([
      [false, text],
      [true, CONFIRMATION],
    ]);
    // The attendants' screens hear of it, after commit, with the time.
    await until(async () => contactEvents.find((e) => e.contact.id === contactId && e.contact.optedOutAt !== null), Boolean, 'the contact event');
    const shown = (await app.api.get(`/api/contacts/${contactId}`, { token: admin.token })).body.contact;
    expect(shown.optedOutAt).toBe(new Date(optedOutAt!).toISOString());
  },
  60_000,
);

it('confirms a second "sair" nothing more, and leaves the first time as it was', async () => {
  const number = '5511966660010';
  const customer = sim.contact(number, { pushName: 'Duda' });
  await customer.sendText(sim.phone(PHONE), 'sair');
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(CONFIRMATION);
  const first = (await contactRow(number)).optedOutAt;

  await customer.sendText(sim.phone(PHONE), 'SAIR.');
  await looked('SAIR.');
  // The barrier: an attendant's reply sent after the second "sair" was looked at is the next thing the phone
  // gets — a second confirmation would have been queued before it.
  const ticket = (await ticketOf(number))!;
  expect((await app.api.put(`/api/tickets/${ticket.id}`, { action: 'accept' }, { token: admin.token })).status).toBe(200);
  expect((await app.api.post(`/api/messages/${ticket.id}`, { body: 'Tudo certo, Duda.' }, { token: admin.token })).status).toBe(201);
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Tudo certo, Duda.');
  expect((await contactRow(number)).optedOutAt).toEqual(first);
  expect((await conversation(ticket.id)).filter(([, body]) => body === CONFIRMATION)).toHaveLength(1);
}, 60_000);

it('does not opt out on a sentence that only contains a keyword', async () => {
  const number = '5511966660020';
  const customer = sim.contact(number, { pushName: 'Edu' });
  await customer.sendText(sim.phone(PHONE), 'não quero sair');
  await looked('não quero sair');
  expect((await contactRow(number)).optedOutAt).toBeNull();
  const ticket = (await ticketOf(number))!;
  expect(await conversation(ticket.id)).toEqual([[false, 'não quero sair']]);
  // Barrier: nothing was queued for the phone before this reply.
  expect((await app.api.put(`/api/tickets/${ticket.id}`, { action: 'accept' }, { token: admin.token })).status).toBe(200);
  expect((await app.api.post(`/api/messages/${ticket.id}`, { body: 'Que bom, Edu!' }, { token: admin.token })).status).toBe(201);
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Que bom, Edu!');
}, 60_000);

it('clears the flag with PUT {optedOut: false} (any user), announces it, and a later "sair" opts out again', async () => {
  const number = '5511966660030';
  const customer = sim.contact(number, { pushName: 'Fafá' });
  await customer.sendText(sim.phone(PHONE), 'stop');
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(CONFIRMATION);
  const { id } = await contactRow(number);

  await app.api.post('/api/users', { name: 'Gil', email: 'gil@a.test', password: 'gil-pass-1234', profile: 'user' }, { token: admin.token });
  const attendant = await app.api.login('gil@a.test', 'gil-pass-1234');
  const cleared = await app.api.put(`/api/contacts/${id}`, { optedOut: false }, { token: attendant.token });
  expect(cleared.status).toBe(200);
  expect(cleared.body.contact.optedOutAt).toBeNull();
  expect((await contactRow(number)).optedOutAt).toBeNull();
  await until(
    async () => contactEvents.find((e) => e.contact.id === id && e.action === 'updated' && e.contact.optedOutAt === null),
    Boolean,
    'the cleared contact event',
  );
  expect((await app.api.put(`/api/contacts/${id}`, { optedOut: 'no' }, { token: attendant.token })).body.error.code).toBe('ERR_VALIDATION');

  await customer.sendText(sim.phone(PHONE), 'Cancelar');
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(CONFIRMATION);
  expect((await contactRow(number)).optedOutAt).not.toBeNull();
}, 60_000);

it("reads each company's own keywords and confirmation, and keeps its contacts to itself", async () => {
  const put = await app.api.put(
    '/api/settings',
    { optOutKeywords: ['Basta'], optOutConfirmation: 'Ok, {{firstName}}: sem promoções.' },
    { token: adminB.token },
  );
  expect(put.status).toBe(200);
  const number = '5511966660040';
  const customer = sim.contact(number, { pushName: 'Hugo Reis' });

  // "sair" is company A's word, not B's.
  await customer.sendText(sim.phone(PHONE_B), 'sair');
  await looked('sair', messagesB);
  const companyB = (await ctx().sequelize.query<{ id: number }>(`SELECT id FROM "Companies" WHERE name = 'Empresa B'`, { type: QueryTypes.SELECT }))[0]!.id;
  expect((await contactRow(number, companyB)).optedOutAt).toBeNull();

  await customer.sendText(sim.phone(PHONE_B), 'BASTÁ!');
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Ok, Hugo: sem promoções.');
  const { id } = await contactRow(number, companyB);
  await until(async () => contactEventsB.find((e) => e.contact.id === id && e.contact.optedOutAt !== null), Boolean, "B's contact event");
  // Barrier: a change of company A's own, announced to A after B's contact was; nothing of B's came before it.
  await barrier(socket, 'contact', () => app.api.post('/api/contacts', { name: 'Cliente A', number: '5511966660041' }, { token: admin.token }));
  expect(contactEvents.some((e) => e.contact.id === id)).toBe(false);
  // Company A cannot see nor clear B's contact.
  expect((await app.api.put(`/api/contacts/${id}`, { optedOut: false }, { token: admin.token })).status).toBe(404);
  expect((await contactRow(number, companyB)).optedOutAt).not.toBeNull();
}, 60_000);
