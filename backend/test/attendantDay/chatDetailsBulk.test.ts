import type { WaSimulator } from '../../../simulator/src/index.js';
import type { Socket } from 'socket.io-client';
import { createAttendant, createQueue, type Attendant } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { startConnectedApp } from '../support/whatsapp.js';

// A supervisor's bulk action on the inbox (issue 17): several tickets closed or transferred in one request,
// each through the rules of a single ticket (one refused is reported, the others go on); attendants may not.
const PHONE = '5511999990175';

let sim: WaSimulator;
let app: TestApp;
let socket: Socket;
let admin: { token: string; user: { id: number; companyId: number } };
let sara: Attendant; // supervisor
let xavier: Attendant;
let vendas: number;
let suporte: number;
let contactSeq = 0;

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin } = started);
  socket = started.adminSocket;
  sara = await createAttendant(app.api, admin.token, 'Sara', 'supervisor');
  xavier = await createAttendant(app.api, admin.token, 'Xavier');
  vendas = await createQueue(admin.user.companyId, 'Vendas', [xavier.id]);
  suporte = await createQueue(admin.user.companyId, 'Suporte', []);
}, 90_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

/** An open ticket of Xavier's, with a contact of its own. */
async function xaviersTicket(queueId = vendas): Promise<number> {
  contactSeq += 1;
  const number = `55119777701${String(contactSeq).padStart(2, '0')}`;
  const contact = await app.api.post('/api/contacts', { name: `Cliente ${contactSeq}`, number }, { token: admin.token });
  return (await app.api.post('/api/tickets', { contactId: contact.body.contact.id, queueId }, { token: xavier.token })).body.ticket.id;
}

const bulk = (token: string, body: object) => app.api.post('/api/tickets/bulk', body, { token });
const ticket = async (id: number) =>
  (await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket as {
    status: string;
    queueId: number | null;
    userId: number | null;
    closeReason: { id: number; name: string } | null;
  };

it('lets a supervisor close several tickets, reporting the one that was already closed', async () => {
  const [a, b, c] = [await xaviersTicket(), await xaviersTicket(), await xaviersTicket()];
  expect((await app.api.put(`/api/tickets/${c}`, { action: 'close', sendFarewell: false }, { token: xavier.token })).status).toBe(200);
  const res = await bulk(sara.token, { action: 'close', ticketIds: [a, b, c], sendFarewell: false });
  expect(res.status).toBe(200);
  expect(res.body.tickets.map((t: { id: number; status: string }) => [t.id, t.status])).toEqual([
    [a, 'closed'],
    [b, 'closed'],
  ]);
  expect(res.body.failed).toEqual([{ ticketId: c, code: 'ERR_TICKET_ALREADY_CLOSED' }]);
  expect((await ticket(a)).status).toBe('closed');
});

it("closes with one reason, each ticket by its own queue's rule (required, none), and refuses an unknown reason", async () => {
  // Queues of this test only: the others close Vendas' tickets without a reason.
  const financeiro = await createQueue(admin.user.companyId, 'Financeiro', [xavier.id]);
  const recados = await createQueue(admin.user.companyId, 'Recados', [xavier.id]);
  expect((await app.api.put(`/api/queues/${financeiro}`, { closeReasonMode: 'required' }, { token: admin.token })).status).toBe(200);
  expect((await app.api.put(`/api/queues/${recados}`, { closeReasonMode: 'none' }, { token: admin.token })).status).toBe(200);
  const spam = (await app.api.post('/api/close-reasons', { name: 'Spam' }, { token: admin.token })).body.closeReason as { id: number };
  const [a, b, c, d] = [await xaviersTicket(financeiro), await xaviersTicket(financeiro), await xaviersTicket(recados), await xaviersTicket(recados)];

  // Without a reason: the required queue's ticket stays open with the single close's code, the other closes.
  const without = await bulk(sara.token, { action: 'close', ticketIds: [a, c], sendFarewell: false });
  expect(without.status).toBe(200);
  expect(without.body.tickets.map((t: { id: number }) => t.id)).toEqual([c]);
  expect(without.body.failed).toEqual([{ ticketId: a, code: 'ERR_CLOSE_REASON_REQUIRED' }]);
  expect(await ticket(a)).toMatchObject({ status: 'open', closeReason: null });

  // A reason the company does not have: nothing changes.
  const unknown = await bulk(sara.token, { action: 'close', ticketIds: [a, b, d], sendFarewell: false, closeReasonId: 999999 });
  expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ERR_CLOSE_REASON_NOT_FOUND']);
  for (const id of [a, b, d]) expect((await ticket(id)).status).toBe('open');

  // With the reason: all close; the queue that uses no reasons keeps none.
  const res = await bulk(sara.token, { action: 'close', ticketIds: [a, b, d], sendFarewell: false, closeReasonId: spam.id });
  expect(res.status).toBe(200);
  expect(res.body.failed).toEqual([]);
  expect(res.body.tickets.map((t: { id: number; status: string; closeReason: unknown }) => [t.id, t.status, t.closeReason])).toEqual([
    [a, 'closed', { id: spam.id, name: 'Spam' }],
    [b, 'closed', { id: spam.id, name: 'Spam' }],
    [d, 'closed', null],
  ]);
  expect(await ticket(b)).toMatchObject({ status: 'closed', closeReason: { id: spam.id, name: 'Spam' } });
});

it('lets a supervisor transfer several tickets to a queue (waiting there again)', async () => {
  const [a, b] = [await xaviersTicket(), await xaviersTicket()];
  const res = await bulk(sara.token, { action: 'transfer', ticketIds: [a, b], queueId: suporte });
  expect(res.status).toBe(200);
  expect(res.body.failed).toEqual([]);
  for (const id of [a, b]) expect(await ticket(id)).toMatchObject({ queueId: suporte });
});

it("refuses attendants, other companies' tickets and an empty transfer", async () => {
  const a = await xaviersTicket();
  const refused = await bulk(xavier.token, { action: 'close', ticketIds: [a] });
  expect([refused.status, refused.body.error.code]).toEqual([403, 'ERR_FORBIDDEN']);
  expect((await ticket(a)).status).toBe('open');

  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  const bia = await app.api.login('bia@b.test', 'bia-pass-123');
  const foreign = await bulk(bia.token, { action: 'close', ticketIds: [a], sendFarewell: false });
  expect(foreign.body).toEqual({ tickets: [], failed: [{ ticketId: a, code: 'ERR_TICKET_NOT_FOUND' }] });
  expect((await ticket(a)).status).toBe('open');

  expect((await bulk(sara.token, { action: 'transfer', ticketIds: [a] })).status).toBe(400);
  expect((await bulk(sara.token, { action: 'close', ticketIds: [] })).status).toBe(400);
});

it('lists a tab oldest first on request (longest waiting, keyset-paged), latest activity first by default', async () => {
  const ids = [await xaviersTicket(), await xaviersTicket(), await xaviersTicket()];
  const page = async (query: string) => (await app.api.get(`/api/tickets?status=open&${query}`, { token: xavier.token })).body;
  const first = await page('order=oldest&limit=2');
  const second = await page(`order=oldest&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`);
  const oldestFirst = [...first.tickets, ...second.tickets].map((t: { id: number }) => t.id).filter((id: number) => ids.includes(id));
  expect(oldestFirst).toEqual(ids);
  const recent = (await page('limit=100')).tickets.map((t: { id: number }) => t.id).filter((id: number) => ids.includes(id));
  expect(recent).toEqual([...ids].reverse());
});
