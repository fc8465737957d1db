import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { createAttendant, type Attendant } from '../support/factories.js';
import { connectSocket, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Scheduled messages (issue 14, acceptance 6): a text to one contact at a given time, through the real Bull alarm,
// the real outbound queue and Baileys, to a simulated phone. "Not before T" is the arrival time at the phone,
// never a sleep; "never" (a cancelled one) is proven by a later message that must arrive after it.
const PHONE = '5511999990141';
const ALICE = '5511988881401';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let adminSocket: Socket;
let whatsappId: number;
let alice: SimContact;
let aliceId: number;
let attendant: Attendant;
let supervisor: Attendant;
/** Every message Alice's phone got, with the moment it arrived. */
const arrivals: { id: string; text: string | undefined; at: number }[] = [];

const inSeconds = (s: number) => new Date(Date.now() + s * 1000);
const schedule = (body: Record<string, unknown>, token = admin.token) => app.api.post('/api/scheduled-messages', body, { token });
const statusOf = async (id: number) =>
  ((await ctx().sequelize.query(`SELECT status FROM "ScheduledMessages" WHERE id = :id`, { replacements: { id } }))[0] as { status: string }[])[0]?.status;
/** The next message Alice receives (in the order the phone got them). */
const nextAtAlice = () => alice.nextMessage({ timeoutMs: 30_000 });
const arrivalOf = (wid: string) => arrivals.find((a) => a.id === wid)!;

beforeAll(async () => {
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE));
  alice = sim.contact(ALICE, { pushName: 'Alice' });
  alice.onMessage((m) => arrivals.push({ id: m.id, text: m.text, at: Date.now() }));
  aliceId = (await app.api.post('/api/contacts', { name: 'Alice Souza', number: ALICE }, { token: admin.token })).body.contact.id;
  attendant = await createAttendant(app.api, admin.token, 'Atendente Agenda');
  supervisor = await createAttendant(app.api, admin.token, 'Supervisora Agenda', 'supervisor');
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  await app?.stop();
  await sim?.close();
});

it('sends at its time and not before, with its variables filled in then, into a ticket opened as the author’s', async () => {
  const events = record<{ action: string; scheduledMessage: { id: number; status: string } }>(adminSocket, 'scheduledMessage');
  const sendAt = inSeconds(3);
  const res = await schedule({ contactId: aliceId, body: '{{greeting}}, {{firstName}}! Seu pedido chegou.', sendAt: sendAt.toISOString() });
  expect(res.status).toBe(201);
  expect(res.body.scheduledMessage).toMatchObject({
    status: 'pending',
    contact: { id: aliceId, name: 'Alice Souza', number: ALICE },
    whatsapp: { id: whatsappId },
    user: { id: admin.user.id },
    sendAt: sendAt.toISOString(),
    messageId: null,
  });
  const id: number = res.body.scheduledMessage.id;

  const received = await nextAtAlice();
  expect(arrivalOf(received.id).at).toBeGreaterThanOrEqual(sendAt.getTime());
  expect(received.text).toMatch(/^(Bom dia|Boa tarde|Boa noite), Alice! Seu pedido chegou\.$/);

  const sent = await until(
    async () => (await app.api.get(`/api/scheduled-messages/${id}`, { token: admin.token })).body.scheduledMessage,
    (row) => row.status === 'sent',
    'the scheduled message marked sent',
  );
  const [[message]] = (await ctx().sequelize.query(`SELECT wid, "ticketId", "fromMe" FROM "Messages" WHERE id = :id`, {
    replacements: { id: sent.messageId },
  })) as [{ wid: string; ticketId: number; fromMe: boolean }[], unknown];
  expect(message).toMatchObject({ wid: received.id, ticketId: sent.ticketId, fromMe: true });
  const ticket = await app.api.get(`/api/tickets/${sent.ticketId}`, { token: admin.token });
  expect(ticket.body.ticket).toMatchObject({ status: 'open', userId: admin.user.id });
  await until(
    async () => events.filter((e) => e.scheduledMessage.id === id).map((e) => e.scheduledMessage.status),
    (s) => s.join() === 'pending,sending,sent',
    'created, written and sent events',
  );

  // Gone out: neither editable nor cancellable.
  const edit = await app.api.put(`/api/scheduled-messages/${id}`, { body: 'tarde demais' }, { token: admin.token });
  expect(edit.status).toBe(409);
  expect(edit.body.error?.code).toBe('ERR_SCHEDULED_MESSAGE_NOT_PENDING');
  expect((await app.api.delete(`/api/scheduled-messages/${id}`, { token: admin.token })).status).toBe(409);
}, 60_000);

it('never sends a cancelled one, and sends the edited text of an edited one, into the conversation that is open', async () => {
  const cancelled = (await schedule({ contactId: aliceId, body: 'Este foi cancelado', sendAt: inSeconds(2).toISOString() })).body.scheduledMessage;
  const edited = (await schedule({ contactId: aliceId, body: 'texto antigo', sendAt: inSeconds(2.5).toISOString() })).body.scheduledMessage;
  const cancel = await app.api.delete(`/api/scheduled-messages/${cancelled.id}`, { token: admin.token });
  expect(cancel.status).toBe(200);
  expect(cancel.body.scheduledMessage.status).toBe('cancelled');
  const edit = await app.api.put(`/api/scheduled-messages/${edited.id}`, { body: 'texto novo, {{name}}' }, { token: admin.token });
  expect(edit.status).toBe(200);
  expect(edit.body.scheduledMessage).toMatchObject({ body: 'texto novo, {{name}}', status: 'pending' });
  // The barrier: scheduled after both, it arrives after whatever they would have sent (one connection, in order).
  const later = (await schedule({ contactId: aliceId, body: 'a barreira', sendAt: inSeconds(3).toISOString() })).body.scheduledMessage;

  expect((await nextAtAlice()).text).toBe('texto novo, Alice Souza');
  expect((await nextAtAlice()).text).toBe('a barreira');
  expect(arrivals.map((a) => a.text)).not.toContain('Este foi cancelado');
  expect(arrivals.map((a) => a.text)).not.toContain('texto antigo');
  expect(await statusOf(cancelled.id)).toBe('cancelled');
  // Both went into the ticket the first test opened: the contact's active conversation continues.
  const tickets = (await ctx().sequelize.query(`SELECT DISTINCT m."ticketId" FROM "ScheduledMessages" s JOIN "Messages" m ON m.id = s."messageId"`))[0];
  expect(tickets).toHaveLength(1);
  await until(
    () => statusOf(later.id),
    (s) => s === 'sent',
    'the barrier sent',
  );
  expect((await app.api.put(`/api/scheduled-messages/${cancelled.id}`, { body: 'ressuscitar' }, { token: admin.token })).body.error?.code).toBe(
    'ERR_SCHEDULED_MESSAGE_NOT_PENDING',
  );
}, 60_000);

it('refuses bad input, another company’s contact or connection, and a time that has passed', async () => {
  const cases: [Record<string, unknown>, number, string][] = [
    [{ contactId: aliceId, body: 'oi', sendAt: new Date(Date.now() - 60_000).toISOString() }, 400, 'ERR_SCHEDULED_IN_PAST'],
    [{ contactId: aliceId, body: '   ', sendAt: inSeconds(600).toISOString() }, 400, 'ERR_VALIDATION'],
    [{ contactId: aliceId, body: 'x'.repeat(4097), sendAt: inSeconds(600).toISOString() }, 400, 'ERR_VALIDATION'],
    [{ contactId: aliceId, body: 'oi', sendAt: '2030-01-01 10:00' }, 400, 'ERR_VALIDATION'],
    [{ contactId: aliceId, body: 'oi' }, 400, 'ERR_VALIDATION'],
  ];
  for (const [body, status, code] of cases) {
    const res = await schedule(body);
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
  }
  expect((await schedule({ contactId: aliceId, body: 'x'.repeat(4096), sendAt: inSeconds(600).toISOString() })).status).toBe(201);

  const b = await app.api.post(
    '/api/companies',
    { name: 'Empresa Agenda B', admin: { name: 'Bia', email: 'bia@agenda-b.test', password: 'bia-pass-123' } },
    { token: admin.token },
  );
  expect(b.status).toBe(201);
  const adminB = await app.api.login('bia@agenda-b.test', 'bia-pass-123');
  const mine = (await schedule({ contactId: aliceId, body: 'de A', sendAt: inSeconds(600).toISOString() })).body.scheduledMessage;
  const sendAt = inSeconds(600).toISOString();
  expect((await schedule({ contactId: aliceId, body: 'oi', sendAt }, adminB.token)).body.error?.code).toBe('ERR_CONTACT_NOT_FOUND');
  const bContact = (await app.api.post('/api/contacts', { name: 'Cliente B', number: '5511977771401' }, { token: adminB.token })).body.contact;
  expect((await schedule({ contactId: bContact.id, body: 'oi', sendAt, whatsappId }, adminB.token)).body.error?.code).toBe('ERR_WHATSAPP_NOT_FOUND');
  expect((await schedule({ contactId: bContact.id, body: 'oi', sendAt })).status).toBe(404);
  for (const res of [
    await app.api.get(`/api/scheduled-messages/${mine.id}`, { token: adminB.token }),
    await app.api.put(`/api/scheduled-messages/${mine.id}`, { body: 'meu' }, { token: adminB.token }),
    await app.api.delete(`/api/scheduled-messages/${mine.id}`, { token: adminB.token }),
  ])
    expect([res.status, res.body.error?.code]).toEqual([404, 'ERR_SCHEDULED_MESSAGE_NOT_FOUND']);
  expect((await app.api.get('/api/scheduled-messages', { token: adminB.token })).body.scheduledMessages).toEqual([]);
  const past = await app.api.put(`/api/scheduled-messages/${mine.id}`, { sendAt: new Date(Date.now() - 1000).toISOString() }, { token: admin.token });
  expect([past.status, past.body.error?.code]).toEqual([400, 'ERR_SCHEDULED_IN_PAST']);
  expect((await app.api.delete(`/api/scheduled-messages/${mine.id}`, { token: admin.token })).status).toBe(200);
});

it('shows attendants their own scheduled messages, supervisors and admins everyone’s', async () => {
  const own = (await schedule({ contactId: aliceId, body: 'do atendente', sendAt: inSeconds(900).toISOString() }, attendant.token)).body.scheduledMessage;
  const bySupervisor = (await schedule({ contactId: aliceId, body: 'da supervisora', sendAt: inSeconds(900).toISOString() }, supervisor.token)).body
    .scheduledMessage;
  const ids = async (token: string) =>
    ((await app.api.get('/api/scheduled-messages?status=pending', { token })).body.scheduledMessages as { id: number }[]).map((s) => s.id);
  expect(await ids(attendant.token)).toEqual([own.id]);
  expect(await ids(supervisor.token)).toEqual(expect.arrayContaining([own.id, bySupervisor.id]));
  expect(await ids(admin.token)).toEqual(expect.arrayContaining([own.id, bySupervisor.id]));
  // A colleague's is not there for an attendant: 404, as for a missing one; a supervisor may change it.
  expect((await app.api.delete(`/api/scheduled-messages/${bySupervisor.id}`, { token: attendant.token })).status).toBe(404);
  expect((await app.api.put(`/api/scheduled-messages/${own.id}`, { body: 'revisto' }, { token: supervisor.token })).status).toBe(200);
  expect((await app.api.delete(`/api/scheduled-messages/${own.id}`, { token: attendant.token })).status).toBe(200);
  expect((await app.api.delete(`/api/scheduled-messages/${bySupervisor.id}`, { token: supervisor.token })).status).toBe(200);
});

it('survives a restart: what fell due while the app was down goes out when it is back, what is due later at its time', async () => {
  const dueWhileDown = (await schedule({ contactId: aliceId, body: 'enquanto parado', sendAt: inSeconds(2).toISOString() })).body.scheduledMessage;
  const afterwards = inSeconds(14);
  const dueLater = (await schedule({ contactId: aliceId, body: 'depois da volta', sendAt: afterwards.toISOString() })).body.scheduledMessage;
  const { databaseUrl } = app;
  adminSocket.close();
  await app.stop();
  await until(
    () => Date.now(),
    (now) => now > new Date(dueWhileDown.sendAt).getTime() + 200,
    'the first one to fall due while down',
  );
  // Same database; a new Redis prefix (testSettings): the alarms are gone with it, only the table remembers.
  app = await startTestApp({ DATABASE_URL: databaseUrl, WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  // New secrets too: everyone signs in again (the tests run in any order).
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  adminSocket = await connectSocket(app.url, admin.token);
  attendant = { ...attendant, token: (await app.api.login(attendant.email, 'attendant-pass-1')).token };
  supervisor = { ...supervisor, token: (await app.api.login(supervisor.email, 'attendant-pass-1')).token };

  expect((await nextAtAlice()).text).toBe('enquanto parado');
  const later = await nextAtAlice();
  expect(later.text).toBe('depois da volta');
  expect(arrivalOf(later.id).at).toBeGreaterThanOrEqual(afterwards.getTime());
  await until(
    () => statusOf(dueLater.id),
    (s) => s === 'sent',
    'the later one marked sent',
  );
  expect(arrivals.filter((a) => a.text === 'enquanto parado')).toHaveLength(1);
}, 90_000);
