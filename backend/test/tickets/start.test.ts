import type { Socket } from 'socket.io-client';
import { ctx } from '../../src/context.js';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import type { TestApp } from '../support/testApp.js';
import { connectSocket, record } from '../support/sockets.js';
import { startConnectedApp } from '../support/whatsapp.js';
import { createAttendant, createQueue, type Attendant } from '../support/factories.js';
import { until } from '../support/waiting.js';

// An attendant starts a conversation with a customer who has not written (a call back, a follow-up):
// POST /api/tickets, then the first message goes out through the real Baileys to the simulated contact.
const PHONE = '5511999990020';
const DORA = '5511977770021';
type TicketEvent = { action: string; ticket: { id: number; status: string; userId: number | null } };

let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let whatsappId: number;
let vendas: number;
let xavier: Attendant;
let yara: Attendant;
let bia: { token: string };
const sockets: Socket[] = [];
let seen: Record<'xavier' | 'yara' | 'otherCompany', TicketEvent[]>;

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin, whatsappId } = started);
  sockets.push(started.adminSocket);
  xavier = await createAttendant(app.api, admin.token, 'Xavier');
  yara = await createAttendant(app.api, admin.token, 'Yara');
  vendas = await createQueue(admin.user.companyId, 'Vendas', [xavier.id, yara.id]);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  bia = await app.api.login('bia@b.test', 'bia-pass-123');
  const list = [await connectSocket(app.url, xavier.token), await connectSocket(app.url, yara.token), await connectSocket(app.url, bia.token)];
  sockets.push(...list);
  seen = { xavier: record(list[0]!, 'ticket'), yara: record(list[1]!, 'ticket'), otherCompany: record(list[2]!, 'ticket') };
}, 60_000);
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
});

const start = (who: { token: string }, body: object) => app.api.post('/api/tickets', body, { token: who.token });
/** A contact of company A, as an admin types it in: each test has its own. */
const newContact = async (name: string, number: string): Promise<number> =>
  (await app.api.post('/api/contacts', { name, number }, { token: admin.token })).body.contact.id;
const ticketRows = async (contactId: number) =>
  (await ctx().sequelize.query(`SELECT id, status, "userId" FROM "Tickets" WHERE "contactId" = ${Number(contactId)} ORDER BY id`))[0] as {
    id: number;
    status: string;
    userId: number | null;
  }[];

it('opens the ticket as the attendant’s own, tells only them, the first message reaches a contact who never wrote, and only those who may see the ticket read the conversation', async () => {
  const dora: SimContact = sim.contact(DORA, { pushName: 'Dora' });
  const doraId = await newContact('Dora Lima', DORA);
  const res = await start(xavier, { contactId: doraId, queueId: vendas });
  expect(res.status).toBe(201);
  expect(res.body.ticket).toMatchObject({ status: 'open', userId: xavier.id, queueId: vendas, whatsappId, contact: { id: doraId, name: 'Dora Lima' } });
  expect(res.body.ticket.uuid).toMatch(/^[0-9a-f-]{36}$/);
  const id: number = res.body.ticket.id;
  await until(
    async () => seen.xavier.filter((e) => e.ticket.id === id).length,
    (n) => n === 1,
    'the event to Xavier',
  );
  // Yara serves Vendas too, but an open ticket of Xavier's is not hers to see; company B hears nothing.
  expect(seen.yara.some((e) => e.ticket.id === id)).toBe(false);
  expect(seen.otherCompany).toHaveLength(0);

  const history = await app.api.get(`/api/tickets/${id}/history`, { token: xavier.token });
  expect(history.body.history).toEqual([
    expect.objectContaining({ action: 'started', userId: xavier.id, toStatus: 'open', toUserId: xavier.id, toQueueId: vendas }),
  ]);

  const sent = await app.api.post(`/api/messages/${id}`, { body: 'Oi Dora, aqui é o Xavier da loja. Seu pedido chegou!' }, { token: xavier.token });
  expect(sent.status).toBe(201);
  const received = await dora.nextMessage({ timeoutMs: 15_000 });
  expect(received.text).toBe('Oi Dora, aqui é o Xavier da loja. Seu pedido chegou!');

  // Her answer continues this conversation: no second ticket, nothing waiting in Aguardando.
  await dora.sendText(sim.phone(PHONE), 'Oba, obrigada!');
  await until(
    async () => (await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "Messages" WHERE "ticketId" = ${id}`))[0] as { n: number }[],
    ([row]) => row!.n === 2,
    'her answer in the same ticket',
  );
  expect(await ticketRows(doraId)).toEqual([{ id, status: 'open', userId: xavier.id }]);

  // The conversation is for those who may see its ticket: a colleague reads nothing of it.
  const [ticket] = await ticketRows(doraId);
  expect((await app.api.get(`/api/messages/${ticket!.id}`, { token: xavier.token })).body.messages).toHaveLength(2);
  expect((await app.api.get(`/api/messages/${ticket!.id}`, { token: admin.token })).status).toBe(200);
  const colleague = await app.api.get(`/api/messages/${ticket!.id}`, { token: yara.token });
  expect([colleague.status, colleague.body.error.code]).toEqual([404, 'ERR_TICKET_NOT_FOUND']);
  const otherCompany = await app.api.get(`/api/messages/${ticket!.id}`, { token: bia.token });
  expect([otherCompany.status, otherCompany.body.error.code]).toEqual([404, 'ERR_TICKET_NOT_FOUND']);
}, 60_000);

it('refuses a second active ticket for the contact: the owner is pointed to it, a colleague is told who has it', async () => {
  const contactId = await newContact('Gabi', '5511977770024');
  expect((await start(xavier, { contactId })).status).toBe(201);
  const [active] = await ticketRows(contactId);
  const again = await start(xavier, { contactId });
  expect(again.status).toBe(409);
  expect(again.body.error).toMatchObject({ code: 'ERR_TICKET_ALREADY_ACTIVE', details: { ticket: { id: active!.id, status: 'open' }, userName: 'Xavier' } });
  expect(again.body.error.details.ticket.uuid).toMatch(/^[0-9a-f-]{36}$/);
  const colleague = await start(yara, { contactId, whatsappId });
  expect(colleague.status).toBe(409);
  expect(colleague.body.error).toMatchObject({ code: 'ERR_TICKET_ALREADY_ACTIVE', details: { ticket: null, userName: 'Xavier' } });
  expect(await ticketRows(contactId)).toHaveLength(1);
});

it('starts a new ticket once the last one is closed, and of many clicks at once exactly one wins', async () => {
  const contactId = await newContact('Hana', '5511977770025');
  expect((await start(xavier, { contactId })).status).toBe(201);
  const [previous] = await ticketRows(contactId);
  expect((await app.api.put(`/api/tickets/${previous!.id}`, { action: 'close' }, { token: xavier.token })).status).toBe(200);
  const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => start(i % 2 ? xavier : yara, { contactId })));
  expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
  expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'ERR_TICKET_ALREADY_ACTIVE')).toBe(true);
  expect(answers.filter((a) => a.status === 409)).toHaveLength(11);
  const rows = await ticketRows(contactId);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ id: previous!.id, status: 'closed' });
  expect(rows[1]).toMatchObject({ status: 'open' });
});

it('answers 4xx for what is not the caller’s or is malformed, and writes nothing', async () => {
  const before = (await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "Tickets"`))[0] as { n: number }[];
  const otherContact = await app.api.post('/api/contacts', { name: 'Eva', number: '5511977770022' }, { token: bia.token });
  const evaId: number = otherContact.body.contact.id;
  const bQueue = await createQueue((await app.api.get('/api/auth/me', { token: bia.token })).body.user.companyId, 'B Vendas');
  const eva = await app.api.post('/api/contacts', { name: 'Eva A', number: '5511977770023' }, { token: admin.token });
  const ofCompanyA: number = eva.body.contact.id;

  expect((await start(xavier, { contactId: evaId })).body.error.code).toBe('ERR_CONTACT_NOT_FOUND');
  expect((await start(bia, { contactId: ofCompanyA })).body.error.code).toBe('ERR_CONTACT_NOT_FOUND');
  // Company B has no connection of its own, and company A's is not one it may write from.
  expect((await start(bia, { contactId: evaId })).body.error.code).toBe('ERR_WHATSAPP_NOT_FOUND');
  expect((await start(bia, { contactId: evaId, whatsappId })).body.error.code).toBe('ERR_WHATSAPP_NOT_FOUND');
  const [[group]] = (await ctx().sequelize.query(
    `INSERT INTO "Contacts" ("companyId", name, number, "isGroup") VALUES (${admin.user.companyId}, 'Grupo da Loja', '120363000000000001', true) RETURNING id`,
  )) as [{ id: number }[], unknown];
  const toGroup = await start(xavier, { contactId: group!.id });
  expect([toGroup.status, toGroup.body.error.code]).toEqual([400, 'ERR_CANNOT_START_WITH_GROUP']);
  const wrongQueue = await start(xavier, { contactId: eva.body.contact.id, queueId: bQueue });
  expect([wrongQueue.status, wrongQueue.body.error.code]).toEqual([404, 'ERR_QUEUE_NOT_FOUND']);
  for (const body of [{}, { contactId: 'x' }, { contactId: ofCompanyA, status: 'closed' }, { contactId: -1 }]) {
    const res = await start(xavier, body);
    expect([res.status, res.body.error.code]).toEqual([400, 'ERR_VALIDATION']);
  }
  expect((await app.api.post('/api/tickets', { contactId: ofCompanyA })).status).toBe(401);
  const after = (await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "Tickets"`))[0] as { n: number }[];
  expect(after[0]!.n).toBe(before[0]!.n);
});
