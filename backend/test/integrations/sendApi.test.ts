import { createServer, type Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// The send API (issue 16, acceptance 3): a message to a phone number, through the real outbound queue and Baileys,
// to simulated phones that decrypt what they get. An admin's session token calls it (API tokens act as their
// creator, so the same route serves both). A duplicate that must never arrive is proven by a later message that
// arrives first (one connection sends in order), never by a sleep.
const PHONE = '5511999990161';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
let sim: WaSimulator;
let app: TestApp;
let token: string;
let adminSocket: Socket;
let whatsappId: number;
/** A local file server (127.0.0.1: a private address) and the paths it was asked for. */
let files: Server;
let filesUrl: string;
const fileRequests: string[] = [];

const send = (body: Record<string, unknown>, headers: Record<string, string> = {}) => app.api.post('/api/messages/send', body, { token, headers });
const setSetting = (key: string, value: unknown) => app.api.put(`/api/settings/${key}`, { value }, { token });
const rows = async <T>(sql: string, replacements: Record<string, unknown> = {}) => (await ctx().sequelize.query(sql, { replacements }))[0] as T[];
const messagesWithBody = async (body: string) => rows<{ id: string }>(`SELECT id FROM "Messages" WHERE body = :body`, { body });
/** A simulated phone and the next thing it decrypts. */
const phone = (number: string): SimContact => sim.contact(number);
const next = (contact: SimContact) => contact.nextMessage({ timeoutMs: 30_000 });

beforeAll(async () => {
  let admin: { token: string };
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE));
  // Baileys uploads a sent file to the simulator's HTTPS media host with node's default agent: trust its
  // certificate in this process (as deletions.test does).
  https.globalAgent.options.ca = sim.media.caPem;
  token = admin.token;
  files = createServer((req, res) => {
    fileRequests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': PDF.length });
    res.end(PDF);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  await app?.stop();
  await sim?.close();
  await new Promise((resolve) => files?.close(resolve));
  delete https.globalAgent.options.ca;
});

it('sends to a new number: the phone decrypts it, the contact and a history-only ticket are made, and the ack can be read', async () => {
  await setSetting('apiSendTicketMode', 'logOnly'); // the default, said here so the test stands alone
  const number = '5511988881601';
  const customer = phone(number);
  const res = await send({ number: '+55 (11) 98888-1601', body: 'Seu pedido 123 foi enviado.' });
  expect(res.status).toBe(201);
  expect(res.body.message).toMatchObject({ messageId: expect.stringMatching(/^\d+$/), ticketId: expect.any(Number), contactId: expect.any(Number), ack: 0 });
  const { messageId, ticketId, contactId } = res.body.message;

  const received = await next(customer);
  expect(received.text).toBe('Seu pedido 123 foi enviado.');
  const [row] = await rows<{ wid: string; automatic: boolean; whatsappId: number }>(`SELECT wid, automatic, "whatsappId" FROM "Messages" WHERE id = :id`, {
    id: messageId,
  });
  expect(row).toEqual({ wid: received.id, automatic: true, whatsappId });
  const contact = await app.api.get(`/api/contacts/${contactId}`, { token });
  expect(contact.body.contact).toMatchObject({ number, name: number });
  // Notifications do not flood the waiting list: the ticket is history only.
  const ticket = await app.api.get(`/api/tickets/${ticketId}`, { token });
  expect(ticket.body.ticket).toMatchObject({ status: 'closed', contact: { id: contactId } });

  const acked = await until(
    async () => (await app.api.get(`/api/messages/send/${messageId}`, { token })).body.message,
    (m) => m?.ack >= 1,
    'the ack read through GET /api/messages/send/:id',
  );
  expect(acked).toMatchObject({ messageId, ticketId, contactId });
}, 60_000);

it('reaches the same contact with the number written without the ninth digit, and continues its ticket', async () => {
  await setSetting('apiSendTicketMode', 'logOnly');
  const customer = phone('5511988881602');
  const first = await send({ number: '5511988881602', body: 'primeira' });
  expect(first.status).toBe(201);
  expect((await next(customer)).text).toBe('primeira');
  const second = await send({ number: '(11) 8888-1602', body: 'sem o nono dígito' });
  expect(second.status).toBe(201);
  expect((await next(customer)).text).toBe('sem o nono dígito');
  expect(second.body.message.contactId).toBe(first.body.message.contactId);
  expect(second.body.message.ticketId).toBe(first.body.message.ticketId);
  expect(await rows(`SELECT id FROM "Contacts" WHERE contact_number_key(number) = contact_number_key('5511988881602')`)).toHaveLength(1);
}, 60_000);

it('opens a waiting ticket when the company says so, and closeTicket in the request overrides the setting', async () => {
  // Phones for every number written to: a number nobody has on WhatsApp would hold up the connection's queue.
  const phones = ['5511988881603', '5511988881604', '5511988881605'].map(phone);
  await setSetting('apiSendTicketMode', 'open');
  try {
    const opened = await send({ number: '5511988881603', body: 'vamos conversar?' });
    expect(opened.status).toBe(201);
    expect((await app.api.get(`/api/tickets/${opened.body.message.ticketId}`, { token })).body.ticket.status).toBe('pending');
    // The same contact's active ticket is continued, whatever the request says.
    const again = await send({ number: '5511988881603', body: 'ainda aqui', closeTicket: true });
    expect(again.body.message.ticketId).toBe(opened.body.message.ticketId);
    const logged = await send({ number: '5511988881604', body: 'só um aviso', closeTicket: true });
    expect((await app.api.get(`/api/tickets/${logged.body.message.ticketId}`, { token })).body.ticket.status).toBe('closed');
  } finally {
    await setSetting('apiSendTicketMode', 'logOnly');
  }
  const overridden = await send({ number: '5511988881605', body: 'abra um atendimento', closeTicket: false });
  expect((await app.api.get(`/api/tickets/${overridden.body.message.ticketId}`, { token })).body.ticket.status).toBe('pending');
  expect((await Promise.all(phones.map(next))).map((m) => m.text)).toEqual(['vamos conversar?', 'só um aviso', 'abra um atendimento']);
  expect((await next(phones[0]!)).text).toBe('ainda aqui');
}, 60_000);

it('sends once for one Idempotency-Key: a retry, and concurrent duplicates, answer the first result', async () => {
  const customer = phone('5511988881606');
  const key = { 'idempotency-key': 'pedido-123-aviso' };
  const first = await send({ number: '5511988881606', body: 'aviso único' }, key);
  expect(first.status).toBe(201);
  expect(first.headers.get('idempotent-replayed')).toBeNull();
  const retry = await send({ number: '5511988881606', body: 'aviso único' }, key);
  expect(retry.status).toBe(200);
  expect(retry.headers.get('idempotent-replayed')).toBe('true');
  expect(retry.body.message).toEqual(first.body.message);
  // The same key for another request is the client's mistake, not a retry.
  const other = await send({ number: '5511988881606', body: 'outro texto' }, key);
  expect(other.status).toBe(422);
  expect(other.body.error.code).toBe('ERR_IDEMPOTENCY_KEY_REUSED');

  const racing = await Promise.all(
    Array.from({ length: 6 }, () => send({ number: '5511988881606', body: 'aviso concorrente' }, { 'idempotency-key': 'pedido-124-aviso' })),
  );
  expect(racing.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
  expect(new Set(racing.map((r) => r.body.message.messageId)).size).toBe(1);
  expect(await messagesWithBody('aviso único')).toHaveLength(1);
  expect(await messagesWithBody('aviso concorrente')).toHaveLength(1);

  const barrier = await send({ number: '5511988881606', body: 'a barreira' });
  expect(barrier.status).toBe(201);
  const arrived = [await next(customer), await next(customer), await next(customer)].map((m) => m.text);
  expect(arrived).toEqual(['aviso único', 'aviso concorrente', 'a barreira']);
}, 60_000);

it('sends an uploaded file (multipart), which the phone receives and decrypts', async () => {
  const customer = phone('5511988881607');
  const form = new FormData();
  form.append('number', '11988881607');
  form.append('body', 'sua nota fiscal');
  form.append('whatsappId', String(whatsappId));
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'nota.pdf');
  const res = await fetch(`${app.url}/api/messages/send`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(res.status).toBe(201);
  const { message } = (await res.json()) as { message: { messageId: string } };
  const received = await next(customer);
  expect(received.text).toBe('sua nota fiscal');
  expect(await sim.downloadMedia(received.message)).toMatchObject({ kind: 'document', data: PDF });
  const [row] = await rows<{ mediaType: string; fileName: string }>(`SELECT "mediaType", "fileName" FROM "Messages" WHERE id = :id`, { id: message.messageId });
  expect(row).toEqual({ mediaType: 'document', fileName: 'nota.pdf' });
}, 60_000);

it('refuses a mediaUrl on a private address without fetching it, and fetches it once the company allows local media URLs', async () => {
  const customer = phone('5511988881608');
  await setSetting('apiAllowLocalMediaUrls', false); // the default
  const blocked = await send({ number: '5511988881608', body: 'foto', mediaUrl: `${filesUrl}/boleto.pdf` });
  expect(blocked.status).toBe(400);
  expect(blocked.body.error.code).toBe('ERR_MEDIA_URL_BLOCKED');
  expect(fileRequests).toEqual([]);
  expect(await messagesWithBody('foto')).toHaveLength(0);

  await setSetting('apiAllowLocalMediaUrls', true);
  try {
    const fetched = await send({ number: '5511988881608', body: 'boleto do servidor local', mediaUrl: `${filesUrl}/boletos/boleto%201.pdf` });
    expect(fetched.status).toBe(201);
    expect(fileRequests).toEqual(['/boletos/boleto%201.pdf']);
    const received = await next(customer);
    expect(received.text).toBe('boleto do servidor local');
    expect(await sim.downloadMedia(received.message)).toMatchObject({ kind: 'document', data: PDF });
    const [row] = await rows<{ fileName: string }>(`SELECT "fileName" FROM "Messages" WHERE id = :id`, { id: fetched.body.message.messageId });
    expect(row!.fileName).toBe('boleto 1.pdf');
  } finally {
    await setSetting('apiAllowLocalMediaUrls', false);
  }
}, 60_000);

it('answers bad requests with codes and sends nothing', async () => {
  const invalid = await send({ number: '123', body: 'x' });
  expect(invalid.status).toBe(400);
  expect(invalid.body.error.code).toBe('ERR_INVALID_PHONE_NUMBER');
  const unknownConnection = await send({ number: '5511988881609', body: 'x', whatsappId: 999999 });
  expect(unknownConnection.status).toBe(404);
  expect(unknownConnection.body.error.code).toBe('ERR_WHATSAPP_NOT_FOUND');
  expect((await send({ number: '5511988881609', body: '  ' })).body.error.code).toBe('ERR_EMPTY_MESSAGE');
  expect((await send({ number: '5511988881609', body: 'x', mediaUrl: 'ftp://example.com/a.png' })).body.error.code).toBe('ERR_VALIDATION');
  expect((await send({ number: '5511988881609', body: 'x', quotedWid: 'NAOEXISTE' })).body.error.code).toBe('ERR_QUOTED_MESSAGE_NOT_FOUND');
  expect((await send({ number: '5511988881609', body: 'x' }, { 'idempotency-key': 'chave com espacos' })).body.error.code).toBe('ERR_VALIDATION');
  expect((await app.api.get('/api/messages/send/2147483647', { token })).status).toBe(404);
  expect((await app.api.post('/api/messages/send', { number: '5511988881609', body: 'x' })).status).toBe(401);
  expect(await rows(`SELECT id FROM "Contacts" WHERE number = '5511988881609'`)).toHaveLength(0);
});
