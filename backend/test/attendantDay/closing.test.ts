import type { Socket } from 'socket.io-client';
import type { CloseReasonView, ContactView, DashboardView, TicketView } from '@atende/contract';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { createAttendant, createQueue, ticketIdOf, ticketOf, type Attendant } from '../support/factories.js';
import { record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Closing (issue 17): the company's close reasons and the queue's mode (none / optional / required); closing a
// spam ticket straight from Aguardando, with or without the farewell; blocking a contact (nothing they send is
// stored: no ticket, no event), and unblocking. Customers played by the simulator through the real pipeline.
const PHONE = '5511999990170';
const FAREWELL = 'Até logo, {{name}}!';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string };
let socket: Socket;
let whatsappId: number;
let companyId: number;
let vendas: number;
let suporte: number;
let ana: Attendant; // serves Vendas
let beto: Attendant; // serves Suporte
let sara: Attendant; // supervisor
let adminB: { token: string };

beforeAll(async () => {
  ({ sim, app, admin, adminSocket: socket, whatsappId } = await startConnectedApp(PHONE));
  expect((await app.api.put(`/api/whatsapps/${whatsappId}`, { farewellMessage: FAREWELL }, { token: admin.token })).status).toBe(200);
  ({ companyId } = (await app.api.get('/api/auth/me', { token: admin.token })).body.user);
  ana = await createAttendant(app.api, admin.token, 'Ana Fechamento');
  beto = await createAttendant(app.api, admin.token, 'Beto Fechamento');
  sara = await createAttendant(app.api, admin.token, 'Sara Supervisora', 'supervisor');
  // Without connections: a connection serving queues would show its menu to new customers.
  vendas = await createQueue(companyId, 'Vendas Fechamento', [ana.id]);
  suporte = await createQueue(companyId, 'Suporte Fechamento', [beto.id]);
  await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@closing-b.test', password: 'bia-pass-1234' } },
    { token: admin.token },
  );
  adminB = await app.api.login('bia@closing-b.test', 'bia-pass-1234');
}, 90_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const put = (id: number, body: object, token = admin.token) => app.api.put(`/api/tickets/${id}`, body, { token });
const reasons = async (token = admin.token): Promise<CloseReasonView[]> => (await app.api.get('/api/close-reasons', { token })).body.closeReasons;

/** A customer writes; their ticket waits in Aguardando, in `queueId` when given. */
async function pendingTicket(number: string, name: string, queueId?: number) {
  const customer = sim.contact(number, { pushName: name });
  await customer.sendText(sim.phone(PHONE), 'Oi');
  const id = await ticketIdOf(customer);
  if (queueId) expect((await put(id, { action: 'transfer', queueId })).body.ticket).toMatchObject({ status: 'pending', queueId });
  return { customer, id };
}

it('admins shape the close reasons, everyone reads them; names are unique per company regardless of case', async () => {
  const created = await app.api.post('/api/close-reasons', { name: 'Resolvido' }, { token: admin.token });
  expect(created.status).toBe(201);
  expect(created.body.closeReason).toMatchObject({ name: 'Resolvido' });
  expect((await app.api.post('/api/close-reasons', { name: 'resolvido' }, { token: admin.token })).body.error?.code).toBe('ERR_CLOSE_REASON_NAME_IN_USE');
  for (const token of [ana.token, sara.token]) {
    expect((await app.api.post('/api/close-reasons', { name: 'Outro' }, { token })).status).toBe(403);
    expect((await app.api.put(`/api/close-reasons/${created.body.closeReason.id}`, { name: 'Outro' }, { token })).status).toBe(403);
    expect((await app.api.delete(`/api/close-reasons/${created.body.closeReason.id}`, { token })).status).toBe(403);
    expect((await reasons(token)).map((r) => r.name)).toContain('Resolvido');
  }
  const temp = (await app.api.post('/api/close-reasons', { name: 'Tempo' }, { token: admin.token })).body.closeReason as CloseReasonView;
  expect((await app.api.put(`/api/close-reasons/${temp.id}`, { name: 'Temporário' }, { token: admin.token })).body.closeReason.name).toBe('Temporário');
  expect((await app.api.delete(`/api/close-reasons/${temp.id}`, { token: admin.token })).status).toBe(204);
  expect((await reasons()).map((r) => r.name)).not.toContain('Temporário');
  expect((await app.api.post('/api/close-reasons', { name: ' ' }, { token: admin.token })).status).toBe(400);
});

it('a queue that requires a reason refuses a close without one; the reason is stored and counted on the dashboard', async () => {
  const spam = (await app.api.post('/api/close-reasons', { name: 'Spam' }, { token: admin.token })).body.closeReason as CloseReasonView;
  const queue = await app.api.put(`/api/queues/${vendas}`, { closeReasonMode: 'required' }, { token: admin.token });
  expect(queue.body.queue.closeReasonMode).toBe('required');
  expect((await app.api.put(`/api/queues/${vendas}`, { closeReasonMode: 'sometimes' }, { token: admin.token })).status).toBe(400);

  const { id } = await pendingTicket('5511955551701', 'Carlos Spam', vendas);
  const refused = await put(id, { action: 'close', sendFarewell: false });
  expect([refused.status, refused.body.error?.code]).toEqual([400, 'ERR_CLOSE_REASON_REQUIRED']);
  expect((await ticketOf('5511955551701'))?.status).toBe('pending');
  expect((await put(id, { action: 'close', sendFarewell: false, closeReasonId: 999999 })).body.error?.code).toBe('ERR_CLOSE_REASON_NOT_FOUND');

  const closed = await put(id, { action: 'close', sendFarewell: false, closeReasonId: spam.id });
  expect(closed.status).toBe(200);
  expect(closed.body.ticket).toMatchObject({ status: 'closed', closeReason: { id: spam.id, name: 'Spam' } });
  const dashboard = (await app.api.get('/api/dashboard', { token: admin.token })).body as DashboardView;
  expect(dashboard.closeReasons).toContainEqual({ closeReasonId: spam.id, name: 'Spam', count: 1 });

  // A reopen clears the reason: it belonged to that close.
  expect((await put(id, { action: 'reopen' })).body.ticket.closeReason).toBeNull();
  // 'none' ignores a reason given; a ticket closed then has none.
  await app.api.put(`/api/queues/${vendas}`, { closeReasonMode: 'none' }, { token: admin.token });
  expect((await put(id, { action: 'close', sendFarewell: false, closeReasonId: spam.id })).body.ticket.closeReason).toBeNull();
  await app.api.put(`/api/queues/${vendas}`, { closeReasonMode: 'optional' }, { token: admin.token });
  const again = await pendingTicket('5511955551702', 'Dora Opcional', vendas);
  expect((await put(again.id, { action: 'close', sendFarewell: false })).body.ticket).toMatchObject({ status: 'closed', closeReason: null });
}, 60_000);

it('closes a pending ticket without accepting it: the farewell reaches the phone only when asked for', async () => {
  const silent = await pendingTicket('5511955551711', 'Edu Engano', suporte);
  const closed = await put(silent.id, { action: 'close', sendFarewell: false }, beto.token);
  expect(closed.status).toBe(200);
  expect(closed.body.ticket).toMatchObject({ status: 'closed', userId: null, acceptedAt: null });
  // The next thing the phone hears is a reply in a new conversation, not a farewell.
  await silent.customer.sendText(sim.phone(PHONE), 'Desculpe, número errado mesmo');
  // (Within the company's reopen window the same ticket comes back to Aguardando; later, a new one.)
  const next = await until(
    () => ticketOf('5511955551711'),
    (t) => t?.status === 'pending',
    'the conversation back in Aguardando',
  );
  await put(next!.id, { action: 'accept' });
  await app.api.post(`/api/messages/${next!.id}`, { body: 'Sem problemas!' }, { token: admin.token });
  expect((await silent.customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Sem problemas!');

  const polite = await pendingTicket('5511955551712', 'Fabi Lima', suporte);
  expect((await put(polite.id, { action: 'close', sendFarewell: true }, sara.token)).body.ticket).toMatchObject({ status: 'closed', userId: null });
  expect((await polite.customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('Até logo, Fabi Lima!');
}, 60_000);

it('only those who see the pending ticket close it: attendants of its queue, supervisors and admins', async () => {
  const { id } = await pendingTicket('5511955551721', 'Gil Fila', suporte);
  expect((await put(id, { action: 'close', sendFarewell: false }, ana.token)).status).toBe(404); // Ana serves Vendas
  expect((await put(id, { action: 'close', sendFarewell: false }, adminB.token)).status).toBe(404); // another company
  expect((await put(id, { action: 'close', sendFarewell: false }, beto.token)).body.ticket.status).toBe('closed');
}, 60_000);

it('a blocked contact’s messages make no ticket and reach nobody; unblocked, the next message is in Aguardando again', async () => {
  const heard = record<{ ticket?: { id: number }; message?: { body: string } }>(socket, 'appMessage');
  const { customer, id } = await pendingTicket('5511955551731', 'Hugo Spam');
  await put(id, { action: 'close', sendFarewell: false });
  const contactId = ((await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket as TicketView).contact.id;

  // Another company cannot block it; an attendant can, only supervisors and admins unblock.
  expect((await app.api.put(`/api/contacts/${contactId}/block`, { blocked: true }, { token: adminB.token })).status).toBe(404);
  const blocked = await app.api.put(`/api/contacts/${contactId}/block`, { blocked: true }, { token: ana.token });
  expect(blocked.status).toBe(200);
  expect(blocked.body.contact.blockedAt).not.toBeNull();
  expect((await app.api.put(`/api/contacts/${contactId}/block`, { blocked: false }, { token: ana.token })).status).toBe(403);

  await customer.sendText(sim.phone(PHONE), 'COMPRE JÁ, PROMOÇÃO');
  // The counter is the pipeline's sign that it handled the message: only then is the absence meaningful.
  const contact = await until(
    async () => (await app.api.get(`/api/contacts/${contactId}`, { token: admin.token })).body.contact as ContactView,
    (c) => c.blockedMessages === 1,
    'the dropped message counted',
  );
  expect(contact.lastBlockedAt).not.toBeNull();
  expect(await ticketOf('5511955551731')).toMatchObject({ id, status: 'closed' }); // not reopened either
  for (const status of ['pending', 'open', 'closed']) {
    const { tickets } = (await app.api.get(`/api/tickets?status=${status}&search=Hugo`, { token: admin.token })).body as { tickets: TicketView[] };
    expect(tickets.filter((t) => t.id !== id)).toEqual([]);
  }
  expect((await app.api.get(`/api/messages/${id}`, { token: admin.token })).body.messages.map((m: { body: string }) => m.body)).not.toContain(
    'COMPRE JÁ, PROMOÇÃO',
  );
  expect(heard.filter((e) => e.message?.body === 'COMPRE JÁ, PROMOÇÃO')).toEqual([]);

  // The contacts page lists them under "Bloqueados".
  const list = (await app.api.get('/api/contacts?blocked=true', { token: ana.token })).body.contacts as ContactView[];
  expect(list.map((c) => c.id)).toEqual([contactId]);
  expect((await app.api.get('/api/contacts?blocked=true', { token: adminB.token })).body.contacts).toEqual([]);

  expect((await app.api.put(`/api/contacts/${contactId}/block`, { blocked: false }, { token: sara.token })).body.contact).toMatchObject({
    blockedAt: null,
    blockedMessages: 1,
  });
  await customer.sendText(sim.phone(PHONE), 'Agora é sério, quero comprar');
  // The conversation is back in Aguardando (the closed ticket reopened, within the company's reopen window).
  await until(
    () => ticketOf('5511955551731'),
    (t) => t?.status === 'pending',
    'a ticket after the unblock',
  );
}, 60_000);
