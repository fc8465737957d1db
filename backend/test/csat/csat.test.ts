import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { chatbotSettled } from '../../src/services/chatbot/subscribeChatbot.js';
import { createQueue, ticketOf } from '../support/factories.js';
import { record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Queues are created without connections: a connection serving queues shows its menu to new customers.
// CSAT (issue 15): with the question on, a close sends the farewell and then the question; the customer's next
// message, when it is a rating 1–5 and arrives before the question expires, is stored on the ticket and thanked
// once, without reopening the ticket or opening another. Customers played by the simulator, through the real
// inbound pipeline and outbound queue.
const PHONE = '5511999990150';
const FAREWELL = 'Até logo, {{name}}!';
const QUESTION = 'De 1 a 5, como foi o atendimento?';
const THANKS = 'Obrigado pela sua avaliação!';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string };
let socket: Socket;
let whatsappId: number;
let companyId: number;
let adminId: number;

interface AppMessage {
  action: string;
  message: { body: string; fromMe: boolean; ticketId: number };
}
let messages: AppMessage[];

beforeAll(async () => {
  ({ sim, app, admin, adminSocket: socket, whatsappId } = await startConnectedApp(PHONE));
  messages = record<AppMessage>(socket, 'appMessage');
  expect((await app.api.put(`/api/whatsapps/${whatsappId}`, { farewellMessage: FAREWELL }, { token: admin.token })).status).toBe(200);
  expect((await app.api.put('/api/settings', { csatEnabled: true }, { token: admin.token })).status).toBe(200);
  ({ companyId, id: adminId } = (await app.api.get('/api/auth/me', { token: admin.token })).body.user);
}, 90_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

interface CsatRow {
  id: number;
  status: string;
  csatRating: number | null;
  csatAskedAt: Date | null;
  csatAnsweredAt: Date | null;
}
async function ticketsOf(number: string): Promise<CsatRow[]> {
  return ctx().sequelize.query<CsatRow>(
    `SELECT t.id, t.status, t."csatRating", t."csatAskedAt", t."csatAnsweredAt" FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE c.number = :number ORDER BY t.id`,
    { replacements: { number }, type: QueryTypes.SELECT },
  );
}

/** What the ticket holds, oldest first: who wrote it and what. */
async function conversation(ticketId: number): Promise<[boolean, string][]> {
  const res = await app.api.get(`/api/messages/${ticketId}`, { token: admin.token });
  expect(res.status).toBe(200);
  return (res.body.messages as { fromMe: boolean; body: string }[]).map((m): [boolean, string] => [m.fromMe, m.body]).reverse();
}

/** A customer writes, the admin accepts and closes: the farewell and — when asked — the question reach the phone. */
async function servedAndClosed(number: string, name: string, options: { queueId?: number; asked?: boolean } = {}) {
  const customer = sim.contact(number, { pushName: name });
  await customer.sendText(sim.phone(PHONE), 'Oi, preciso de ajuda');
  const ticket = await until(() => ticketOf(number), Boolean, `${number}'s ticket`);
  expect((await app.api.put(`/api/tickets/${ticket!.id}`, { action: 'accept' }, { token: admin.token })).status).toBe(200);
  if (options.queueId) {
    // Into the queue, still the admin's: the close credits both.
    const transfer = { action: 'transfer', queueId: options.queueId, userId: adminId };
    expect((await app.api.put(`/api/tickets/${ticket!.id}`, transfer, { token: admin.token })).status).toBe(200);
  }
  expect((await app.api.put(`/api/tickets/${ticket!.id}`, { action: 'close' }, { token: admin.token })).status).toBe(200);
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(`Até logo, ${name}!`);
  if (options.asked !== false) expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(QUESTION);
  return { customer, ticketId: ticket!.id };
}

/** Resolves once the customer's `text` is stored in the ticket (the socket saw it) and the bot looked at it. */
async function stored(text: string, ticketId: number): Promise<void> {
  await until(
    async () => messages.some((e) => e.action === 'create' && !e.message.fromMe && e.message.body === text && e.message.ticketId === ticketId),
    Boolean,
    `"${text}" stored in ticket ${ticketId}`,
  );
  await chatbotSettled();
}

it('asks after the farewell, stores a "5" on the closed ticket, thanks once, and neither reopens nor opens a ticket', async () => {
  const number = '5511966661001';
  const { customer, ticketId } = await servedAndClosed(number, 'Ana');

  await customer.sendText(sim.phone(PHONE), '5');
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(THANKS);
  const [row, ...others] = await ticketsOf(number);
  expect(others).toEqual([]);
  expect(row).toMatchObject({ id: ticketId, status: 'closed', csatRating: 5 });
  expect(row!.csatAnsweredAt).not.toBeNull();
  // The ticket as the chat header reads it carries the rating.
  const shown = await app.api.get(`/api/tickets/${ticketId}`, { token: admin.token });
  expect(shown.body.ticket.csat).toEqual({ rating: 5, answeredAt: new Date(row!.csatAnsweredAt!).toISOString() });
  expect(await conversation(ticketId)).toEqual([
    [false, 'Oi, preciso de ajuda'],
    [true, 'Até logo, Ana!'],
    [true, QUESTION],
    [false, '5'],
    [true, THANKS],
  ]);

  // A second number is no rating any more: an ordinary message (the reopen window reopens the ticket), no thanks.
  await customer.sendText(sim.phone(PHONE), '4');
  await stored('4', ticketId);
  const after = await ticketsOf(number);
  expect(after).toHaveLength(1);
  expect(after[0]).toMatchObject({ status: 'open', csatRating: 5 });
  // Barrier: the attendant's reply is the next thing the phone gets — a second thanks would have come before it.
  expect((await app.api.post(`/api/messages/${ticketId}`, { body: 'Posso ajudar em algo mais?' }, { token: admin.token })).status).toBe(201);
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Posso ajudar em algo mais?');
  expect((await conversation(ticketId)).filter(([, body]) => body === THANKS)).toHaveLength(1);
}, 90_000);

it('takes words and stars too', async () => {
  const number = '5511966661002';
  const { customer } = await servedAndClosed(number, 'Bia');
  await customer.sendText(sim.phone(PHONE), 'Três!');
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(THANKS);
  expect((await ticketsOf(number))[0]).toMatchObject({ status: 'closed', csatRating: 3 });

  const starred = '5511966661003';
  const other = await servedAndClosed(starred, 'Caio');
  await other.customer.sendText(sim.phone(PHONE), '⭐⭐⭐⭐');
  expect((await other.customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(THANKS);
  expect((await ticketsOf(starred))[0]).toMatchObject({ status: 'closed', csatRating: 4 });
}, 90_000);

it('treats "ótimo!" as a normal message: the ticket reopens, nothing is rated or thanked', async () => {
  const number = '5511966661004';
  const { customer, ticketId } = await servedAndClosed(number, 'Duda');
  await customer.sendText(sim.phone(PHONE), 'ótimo!');
  await stored('ótimo!', ticketId);
  const rows = await ticketsOf(number);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id: ticketId, status: 'open', csatRating: null });
  expect((await app.api.post(`/api/messages/${ticketId}`, { body: 'Que bom!' }, { token: admin.token })).status).toBe(201);
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Que bom!');
  // The question is consumed: a "5" now is part of the conversation going on.
  await customer.sendText(sim.phone(PHONE), '5');
  await stored('5', ticketId);
  expect((await ticketsOf(number))[0]).toMatchObject({ status: 'open', csatRating: null });
}, 90_000);

it('ignores an answer after the question expired: an ordinary message', async () => {
  const number = '5511966661005';
  const { customer, ticketId } = await servedAndClosed(number, 'Edu');
  // The clock moved past the expiry (the setting's minimum is a minute; the test does not wait for it).
  await ctx().sequelize.query(`UPDATE "Tickets" SET "csatExpiresAt" = now() - interval '1 second' WHERE id = :ticketId`, { replacements: { ticketId } });
  await customer.sendText(sim.phone(PHONE), '5');
  await stored('5', ticketId);
  const rows = await ticketsOf(number);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id: ticketId, status: 'open', csatRating: null });
  expect((await app.api.post(`/api/messages/${ticketId}`, { body: 'Oi Edu' }, { token: admin.token })).status).toBe(201);
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Oi Edu');
}, 90_000);

it('follows a queue override either way', async () => {
  const silent = await createQueue(companyId, 'Sem pesquisa', [adminId]);
  expect((await app.api.put(`/api/queues/${silent}`, { csatEnabled: false }, { token: admin.token })).body.queue.csatEnabled).toBe(false);
  const number = '5511966661006';
  const { customer, ticketId } = await servedAndClosed(number, 'Fabi', { queueId: silent, asked: false });
  // The question is written in the close's own transaction: once the close answered, it would be there.
  expect(await conversation(ticketId)).toEqual([
    [false, 'Oi, preciso de ajuda'],
    [true, 'Até logo, Fabi!'],
  ]);
  expect((await ticketsOf(number))[0]!.csatAskedAt).toBeNull();
  await customer.sendText(sim.phone(PHONE), '5');
  await stored('5', ticketId);
  // An ordinary message: the ticket is reopened, back to its attendant.
  expect((await ticketsOf(number))[0]).toMatchObject({ status: 'open', csatRating: null });

  // The company off, a queue on: that queue's tickets are asked.
  expect((await app.api.put('/api/settings', { csatEnabled: false }, { token: admin.token })).status).toBe(200);
  try {
    const asking = await createQueue(companyId, 'Com pesquisa', [adminId]);
    expect((await app.api.put(`/api/queues/${asking}`, { csatEnabled: true }, { token: admin.token })).status).toBe(200);
    const other = await servedAndClosed('5511966661007', 'Gabi', { queueId: asking });
    await other.customer.sendText(sim.phone(PHONE), '2');
    expect((await other.customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(THANKS);
    expect((await ticketsOf('5511966661007'))[0]).toMatchObject({ status: 'closed', csatRating: 2 });
  } finally {
    expect((await app.api.put('/api/settings', { csatEnabled: true }, { token: admin.token })).status).toBe(200);
  }
}, 90_000);

it('shows the average and distribution on the dashboard, per attendant and per queue', async () => {
  const queueId = await createQueue(companyId, 'Pesquisa painel', [adminId]);
  for (const [number, name, rating] of [
    ['5511966661011', 'Hugo', '5'],
    ['5511966661012', 'Iara', '4'],
  ] as const) {
    const { customer } = await servedAndClosed(number, name, { queueId });
    await customer.sendText(sim.phone(PHONE), rating);
    expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(THANKS);
  }
  const res = await app.api.get(`/api/dashboard?queueId=${queueId}`, { token: admin.token });
  expect(res.status).toBe(200);
  expect(res.body.csat).toEqual({ count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
  expect(res.body.queues).toEqual([expect.objectContaining({ queueId, csat: { count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] } })]);
  const mine = (res.body.attendants as { userId: number; csat: unknown }[]).find((a) => a.userId === adminId);
  expect(mine?.csat).toEqual({ count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });

  // The whole company: these two and the other tests' ratings, each counted once.
  const all = (await app.api.get('/api/dashboard', { token: admin.token })).body;
  const rated = await ctx().sequelize.query<{ n: number; avg: number }>(
    `SELECT count(*)::int AS n, round(avg("csatRating"), 2)::float8 AS avg FROM "Tickets" WHERE "companyId" = :companyId AND "csatRating" IS NOT NULL`,
    { replacements: { companyId }, type: QueryTypes.SELECT },
  );
  expect(all.csat.count).toBe(rated[0]!.n);
  expect(all.csat.average).toBe(rated[0]!.avg);
}, 120_000);
