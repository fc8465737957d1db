import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { updateTicketBody } from '../../src/routes/tickets/schema.js';
import { createAttendant, createQueue } from '../support/factories.js';
import { until } from '../support/waiting.js';
import { registeredEndpoints } from '../support/routes.js';
import { connectSocket, record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Writes follow the same visibility rule as reads (services/tickets/ticketVisibility.ts): a ticket an
// attendant may not see is, to them, not found — 404, nothing written, nothing sent to the customer, nothing
// emitted. Xavier's open conversation with Dora is the target; the intruders are Yara (another queue), Zeca
// (Xavier's own queue: he could see the ticket while it waited, not since Xavier took it) and Bia (another
// company's admin). Every registered write route on a ticket or a message is in the table below; a new one
// fails the first test until it is added here.
const PHONE = '5511999990031';
const DORA = '5511977770032';

interface Who {
  name: string;
  id: number;
  token: string;
}
type Answer = { status: number; body: { error?: { code?: string } } };
interface WriteRoute {
  /** The registered route, `METHOD /path`; for PUT /api/tickets/:id also the action. */
  route: string;
  send: (who: Who) => Promise<Answer>;
  /** The answer to an attendant who may not see the ticket. */
  expected: [number, string];
  /** Where one intruder is answered otherwise, and why (see the table). */
  except?: Record<string, [number, string]>;
}

let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let xavier: Who;
let intruders: Who[];
let dora: SimContact;
let ticketId: number;
let sentId: number;
let noteId: number;
let tagId: number;
const sockets: Socket[] = [];

const api = () => app.api;
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e1d2560000000049454e44ae426082',
  'hex',
);

async function upload(who: Who): Promise<Answer> {
  const form = new FormData();
  form.append('body', 'anexo intruso');
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'intruso.png');
  const res = await fetch(`${app.url}/api/messages/${ticketId}`, { method: 'POST', headers: { authorization: `Bearer ${who.token}` }, body: form });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const ticketAction =
  (action: string, extra: object = {}) =>
  (who: Who) =>
    api().put(`/api/tickets/${ticketId}`, { action, ...extra }, { token: who.token });
const NOT_FOUND: [number, string] = [404, 'ERR_TICKET_NOT_FOUND'];
const MESSAGE_NOT_FOUND: [number, string] = [404, 'ERR_MESSAGE_NOT_FOUND'];
// Redistributing is for supervisors: an attendant is refused before any ticket is looked up, the same answer
// for any id (it says nothing about this ticket). Bia is an admin, so her refusal is the visibility one.
const SUPERVISORS_ONLY = { Yara: [403, 'ERR_FORBIDDEN'], Zeca: [403, 'ERR_FORBIDDEN'] } as Record<string, [number, string]>;

const WRITES: WriteRoute[] = [
  {
    route: 'POST /api/messages/:ticketId',
    send: (who) => api().post(`/api/messages/${ticketId}`, { body: `intrusão de ${who.name}` }, { token: who.token }),
    expected: NOT_FOUND,
  },
  { route: 'POST /api/messages/:ticketId', send: upload, expected: NOT_FOUND },
  // "Digitando…" sent to the customer is a write on their chat: an intruder must not make it appear.
  {
    route: 'POST /api/messages/:ticketId/presence',
    send: (who) => api().post(`/api/messages/${ticketId}/presence`, { action: 'composing' }, { token: who.token }),
    expected: NOT_FOUND,
  },
  {
    route: 'PUT /api/messages/message/:messageId',
    send: (who) => api().put(`/api/messages/message/${sentId}`, { body: 'editado por intruso' }, { token: who.token }),
    expected: MESSAGE_NOT_FOUND,
  },
  {
    route: 'DELETE /api/messages/message/:messageId',
    send: (who) => api().delete(`/api/messages/message/${sentId}`, { token: who.token }),
    expected: MESSAGE_NOT_FOUND,
  },
  {
    route: 'POST /api/messages/:messageId/media/retry',
    send: (who) => api().post(`/api/messages/${sentId}/media/retry`, undefined, { token: who.token }),
    expected: MESSAGE_NOT_FOUND,
  },
  // Zeca serves Vendas: to him the ticket is judged as the pending one he could have taken, so he hears he
  // lost the race (409), as every attendant of the queue does — by design (acceptTicket).
  { route: 'PUT /api/tickets/:id accept', send: ticketAction('accept'), expected: NOT_FOUND, except: { Zeca: [409, 'ERR_TICKET_ALREADY_ACCEPTED'] } },
  { route: 'PUT /api/tickets/:id read', send: ticketAction('read'), expected: NOT_FOUND },
  { route: 'PUT /api/tickets/:id redistribute', send: ticketAction('redistribute'), expected: NOT_FOUND, except: SUPERVISORS_ONLY },
  { route: 'PUT /api/tickets/:id return', send: ticketAction('return'), expected: NOT_FOUND },
  { route: 'PUT /api/tickets/:id reopen', send: ticketAction('reopen'), expected: NOT_FOUND },
  { route: 'PUT /api/tickets/:id close', send: ticketAction('close'), expected: NOT_FOUND },
  { route: 'PUT /api/tickets/:id transfer', send: (who) => ticketAction('transfer', { userId: who.id })(who), expected: NOT_FOUND },
  // Taking a ticket over from the AI agent is for supervisors too (and this ticket is not the AI's anyway).
  { route: 'PUT /api/tickets/:id takeOver', send: ticketAction('takeOver'), expected: NOT_FOUND, except: SUPERVISORS_ONLY },
  // The attendant's AI assist sends nothing, but it reads the conversation to the model: visibility first, before
  // any agent is looked for (there is none here, which would be 409 ERR_AI_NO_AGENT to Xavier).
  {
    route: 'POST /api/tickets/:id/ai/suggest',
    send: (who) => api().post(`/api/tickets/${ticketId}/ai/suggest`, {}, { token: who.token }),
    expected: NOT_FOUND,
  },
  {
    route: 'POST /api/tickets/:id/ai/summary',
    send: (who) => api().post(`/api/tickets/${ticketId}/ai/summary`, {}, { token: who.token }),
    expected: NOT_FOUND,
  },
  {
    route: 'POST /api/tickets/:id/notes',
    send: (who) => api().post(`/api/tickets/${ticketId}/notes`, { body: 'nota intrusa' }, { token: who.token }),
    expected: NOT_FOUND,
  },
  {
    route: 'DELETE /api/tickets/:id/notes/:noteId',
    send: (who) => api().delete(`/api/tickets/${ticketId}/notes/${noteId}`, { token: who.token }),
    expected: NOT_FOUND,
  },
  {
    route: 'PUT /api/tickets/:id/tags',
    send: (who) => api().put(`/api/tickets/${ticketId}/tags`, { tagIds: [tagId] }, { token: who.token }),
    expected: NOT_FOUND,
  },
];

const rows = (sql: string) => ctx().sequelize.query(sql, { replacements: { ticketId }, type: QueryTypes.SELECT });
/** Everything an intruder's write could have changed about the conversation. */
const conversation = async () => ({
  ticket: await rows(`SELECT status, "userId", "queueId", "unreadMessages", "lastMessage", "updatedAt" FROM "Tickets" WHERE id = :ticketId`),
  messages: await rows(`SELECT id, body, ack, "isDeleted", "editedAt", "mediaStatus" FROM "Messages" WHERE "ticketId" = :ticketId ORDER BY id`),
  notes: await rows(`SELECT id, body FROM "TicketNotes" WHERE "ticketId" = :ticketId ORDER BY id`),
  tags: await rows(`SELECT "tagId" FROM "TicketTags" WHERE "ticketId" = :ticketId`),
  history: await rows(`SELECT id FROM "TicketHistories" WHERE "ticketId" = :ticketId ORDER BY id`),
  everyMessage: await rows(`SELECT count(*)::int AS n FROM "Messages"`),
});
const outboundFiles = () => {
  const dir = join(app.config.mediaDir, String(admin.user.companyId), 'outbound');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin } = started);
  sockets.push(started.adminSocket);
  const x = await createAttendant(app.api, admin.token, 'Xavier');
  const y = await createAttendant(app.api, admin.token, 'Yara');
  const z = await createAttendant(app.api, admin.token, 'Zeca');
  const vendas = await createQueue(admin.user.companyId, 'Vendas', [x.id, z.id]);
  await createQueue(admin.user.companyId, 'Suporte', [y.id]);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  const bia = await app.api.login('bia@b.test', 'bia-pass-123');
  xavier = { name: 'Xavier', ...x };
  intruders = [
    { name: 'Yara', ...y },
    { name: 'Zeca', ...z },
    { name: 'Bia', id: bia.user.id, token: bia.token },
  ];

  dora = sim.contact(DORA, { pushName: 'Dora' });
  const contact = await app.api.post('/api/contacts', { name: 'Dora', number: DORA }, { token: admin.token });
  ticketId = (await app.api.post('/api/tickets', { contactId: contact.body.contact.id, queueId: vendas }, { token: xavier.token })).body.ticket.id;
  sentId = (await app.api.post(`/api/messages/${ticketId}`, { body: 'Oi Dora, aqui é o Xavier.' }, { token: xavier.token })).body.message.id;
  expect((await dora.nextMessage({ timeoutMs: 15_000 })).text).toBe('Oi Dora, aqui é o Xavier.');
  // Sent, so an edit or a delete of it would now go to Dora's phone; and delivered (ack 3, her phone's last
  // receipt: it does not read), so no late ack of it reaches Xavier's screen during the test below.
  await until(
    async () => (await rows(`SELECT ack FROM "Messages" WHERE id = ${sentId}`)) as { ack: number }[],
    ([m]) => m!.ack >= 3,
    'the delivered ack',
  );
  await dora.sendText(sim.phone(PHONE), 'Oi Xavier!');
  await until(
    async () => (await rows(`SELECT "unreadMessages" AS n FROM "Tickets" WHERE id = :ticketId`)) as { n: number }[],
    ([t]) => t!.n === 1,
    'her unread answer',
  );
  noteId = (await app.api.post(`/api/tickets/${ticketId}/notes`, { body: 'cliente antiga' }, { token: xavier.token })).body.note.id;
  tagId = (await app.api.post('/api/tags', { name: 'VIP' }, { token: admin.token })).body.tag.id;
}, 90_000);
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
});

it('lists every registered write route on a ticket or a message (a new one must be added to the table)', () => {
  const registered = registeredEndpoints()
    .filter((e) => e.method !== 'GET' && /^\/api\/(tickets|messages)\/.*:/.test(e.path))
    .map((e) => `${e.method} ${e.path}`);
  const actions = updateTicketBody.options.map((o) => `PUT /api/tickets/:id ${o.shape.action.value}`);
  const expected = [...registered.filter((r) => r !== 'PUT /api/tickets/:id'), ...actions].sort();
  expect([...new Set(WRITES.map((w) => w.route))].sort()).toEqual(expected);
});

it('answers an intruder’s every write with 404 (or the rule that is stricter) and writes, sends and emits nothing', async () => {
  const xavierSocket = await connectSocket(app.url, xavier.token);
  sockets.push(xavierSocket);
  const messages = record<{ action: string; message: { id: number; body: string } }>(xavierSocket, 'appMessage');
  const tickets = record<{ action: string }>(xavierSocket, 'ticket');
  const before = await conversation();
  const filesBefore = outboundFiles();

  const answers: string[] = [];
  const wanted: string[] = [];
  for (const who of intruders) {
    for (const write of WRITES) {
      const res = await write.send(who);
      const [status, code] = write.except?.[who.name] ?? write.expected;
      answers.push(`${who.name} ${write.route}: ${res.status} ${res.body.error?.code}`);
      wanted.push(`${who.name} ${write.route}: ${status} ${code}`);
    }
  }
  expect(answers).toEqual(wanted);
  expect(await conversation()).toEqual(before);
  expect(outboundFiles()).toEqual(filesBefore); // the intruder's upload was not kept either

  // Nothing went to Dora: the first thing she gets after Xavier's greeting is his next message, not an
  // intruder's text, file, edit or deletion. Nothing reached Xavier's screen before it either.
  const legit = await app.api.post(`/api/messages/${ticketId}`, { body: 'Seu pedido saiu para entrega.' }, { token: xavier.token });
  expect(legit.status).toBe(201);
  const received = await dora.nextMessage({ timeoutMs: 15_000 });
  expect([received.text, received.id]).toEqual(['Seu pedido saiu para entrega.', legit.body.message.wid]);
  await until(
    async () => messages.length,
    (n) => n > 0,
    'the legitimate message on Xavier’s screen',
  );
  expect(messages.map((e) => [e.action, e.message.id])).toEqual([['create', legit.body.message.id]]);
  expect(tickets).toEqual([]);
}, 60_000);

it('still lets the ticket’s owner do what the intruders could not: read, edit and delete his message', async () => {
  const read = await app.api.put(`/api/tickets/${ticketId}`, { action: 'read' }, { token: xavier.token });
  expect([read.status, read.body.ticket.unreadMessages]).toEqual([200, 0]);
  await until(
    async () => (await rows(`SELECT ack FROM "Messages" WHERE "ticketId" = :ticketId AND NOT "fromMe"`)) as { ack: number }[],
    ([m]) => m!.ack === 4,
    'the read receipt',
  );

  const edited = await app.api.put(`/api/messages/message/${sentId}`, { body: 'Oi Dora, aqui é o Xavier, da loja.' }, { token: xavier.token });
  expect(edited.status).toBe(200);
  const edit = await dora.nextMessage({ timeoutMs: 15_000 });
  expect(JSON.stringify(edit.message)).toContain('Oi Dora, aqui é o Xavier, da loja.');
  const deleted = await app.api.delete(`/api/messages/message/${sentId}`, { token: xavier.token });
  expect([deleted.status, deleted.body.message.isDeleted]).toEqual([200, true]);
  expect((await dora.nextMessage({ timeoutMs: 15_000 })).message.protocolMessage?.type).toBe(0); // REVOKE
}, 60_000);
