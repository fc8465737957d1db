import type { Socket } from 'socket.io-client';
import { startWaSimulator, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, record } from '../support/sockets.js';
import { connectWhatsapp, sessionEvents } from '../support/whatsapp.js';
import { until } from '../support/waiting.js';

// Replies written by an attendant, through the real queue and the real Baileys, to a simulated contact.
const PHONE = '5511999990003';
let sim: WaSimulator;
let app: TestApp;
let token: string;
let socket: Socket;
let alice: SimContact;
let ticketId: number;

const ackOf = async (id: number) => {
  const [rows] = await ctx().sequelize.query(`SELECT ack FROM "Messages" WHERE id = ${Number(id)}`);
  return (rows as { ack: number }[])[0]?.ack ?? -1;
};

beforeAll(async () => {
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000', UPLOAD_MAX_BYTES: '200000' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  socket = await connectSocket(app.url, token);
  await connectWhatsapp(app.api, token, socket, sim, PHONE);
  alice = sim.contact('5511988880001', { pushName: 'Alice' });
  alice.autoReceipts = { delivered: true, read: false };
  await alice.sendText(sim.phone(PHONE), 'Oi, preciso de ajuda');
  const [rows] = await until(
    () => ctx().sequelize.query(`SELECT t.id FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number = '5511988880001'`),
    ([r]) => (r as unknown[]).length === 1,
    'the ticket',
  );
  ticketId = (rows as { id: number }[])[0]!.id;
}, 60_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const previewOf = async (id: number) =>
  ((await ctx().sequelize.query(`SELECT "lastMessage" FROM "Tickets" WHERE id = :id`, { replacements: { id } }))[0] as { lastMessage: string }[])[0]!
    .lastMessage;

it('writes the reply first, delivers exactly that text, and moves the ack to delivered then read, in the database and over the socket', async () => {
  const updates = record<{ action: string; message: { id: number; ack: number } }>(socket, 'appMessage');
  const res = await app.api.post(`/api/messages/${ticketId}`, { body: 'Olá Alice! Como posso ajudar?' }, { token });
  expect(res.status).toBe(201);
  expect(res.body.message).toMatchObject({ fromMe: true, ack: 0, body: 'Olá Alice! Como posso ajudar?' });
  const id: number = res.body.message.id;

  const received = await alice.nextMessage({ timeoutMs: 15_000 });
  expect(received.text).toBe('Olá Alice! Como posso ajudar?');
  expect(received.id).toBe(res.body.message.wid);

  await until(
    () => ackOf(id),
    (ack) => ack >= 3,
    'the delivered ack',
  );
  alice.read(received.id);
  await until(
    () => ackOf(id),
    (ack) => ack === 4,
    'the read ack',
  );
  await until(
    async () => updates.filter((u) => u.action === 'update' && u.message.id === id).map((u) => u.message.ack),
    (acks) => acks.includes(4),
    'ack events',
  );
  const acks = updates.filter((u) => u.action === 'update' && u.message.id === id).map((u) => u.message.ack);
  expect(acks).toContain(3);
  expect([...acks].sort()).toEqual(acks); // acks only move forward
}, 30_000);

it('quotes a message of the ticket, and refuses a quote from elsewhere', async () => {
  const [rows] = await ctx().sequelize.query(`SELECT id FROM "Messages" WHERE "ticketId" = ${ticketId} AND NOT "fromMe" ORDER BY id LIMIT 1`);
  const quotedMsgId = (rows as { id: string }[])[0]!.id;
  const res = await app.api.post(`/api/messages/${ticketId}`, { body: 'Sobre isso:', quotedMsgId }, { token });
  expect(res.status).toBe(201);
  const received = await alice.nextMessage({ timeoutMs: 15_000 });
  expect(received.text).toBe('Sobre isso:');
  expect(received.message.extendedTextMessage?.contextInfo?.stanzaId).toBeTruthy();
  const bad = await app.api.post(`/api/messages/${ticketId}`, { body: 'x', quotedMsgId: 999999 }, { token });
  expect(bad.body.error.code).toBe('ERR_QUOTED_MESSAGE_NOT_FOUND');
}, 30_000);

it('keeps replies typed while the link is down and delivers them in order once it is back', async () => {
  const events = sessionEvents(socket);
  sim.drop(sim.phone(PHONE));
  await events.next((e) => e.whatsapp.status === 'OPENING');
  const texts = ['primeira', 'segunda', 'terceira'];
  for (const body of texts) expect((await app.api.post(`/api/messages/${ticketId}`, { body }, { token })).status).toBe(201);
  await events.next((e) => e.whatsapp.status === 'CONNECTED', 20_000);
  const got: string[] = [];
  for (let i = 0; i < texts.length; i++) got.push((await alice.nextMessage({ timeoutMs: 20_000 })).text ?? '');
  expect(got).toEqual(texts);

  // Messages flow in again from the contact too.
  await alice.sendText(sim.phone(PHONE), 'voltou?');
  await until(
    async () => (await ctx().sequelize.query(`SELECT 1 FROM "Messages" WHERE body = 'voltou?'`))[0].length,
    (n) => n === 1,
    'the inbound message after the reconnect',
  );
}, 60_000);

it('edits and deletes for everyone a sent message: the contact’s phone is told, the row follows', async () => {
  const sent = await app.api.post(`/api/messages/${ticketId}`, { body: 'Preço: R$ 100' }, { token });
  const original = await alice.nextMessage({ timeoutMs: 15_000 });
  await until(
    () => ackOf(sent.body.message.id),
    (ack) => ack >= 1,
    'the sent ack',
  );

  const edited = await app.api.put(`/api/messages/message/${sent.body.message.id}`, { body: 'Preço: R$ 90' }, { token });
  expect(edited.status).toBe(200);
  expect(edited.body.message).toMatchObject({ body: 'Preço: R$ 90', editedAt: expect.any(String) });
  expect(await previewOf(ticketId)).toBe('Preço: R$ 90'); // the ticket's card follows its latest message
  const edit = await alice.nextMessage({ timeoutMs: 15_000 });
  const protocol = edit.message.protocolMessage ?? edit.message.editedMessage?.message?.protocolMessage;
  expect(protocol?.key?.id).toBe(original.id);
  expect(JSON.stringify(protocol)).toContain('Preço: R$ 90');

  const deleted = await app.api.delete(`/api/messages/message/${sent.body.message.id}`, { token });
  expect(deleted.body.message).toMatchObject({ isDeleted: true, body: '' });
  expect(await previewOf(ticketId)).toBe('[deleted]');
  const revoke = await alice.nextMessage({ timeoutMs: 15_000 });
  expect(revoke.message.protocolMessage?.key?.id).toBe(original.id);
  expect(revoke.message.protocolMessage?.type).toBe(0); // REVOKE

  const again = await app.api.delete(`/api/messages/message/${sent.body.message.id}`, { token });
  expect(again.body.error.code).toBe('ERR_MESSAGE_DELETED');
  const [rows] = await ctx().sequelize.query(`SELECT id FROM "Messages" WHERE "ticketId" = ${ticketId} AND NOT "fromMe" LIMIT 1`);
  const theirs = await app.api.put(`/api/messages/message/${(rows as { id: string }[])[0]!.id}`, { body: 'x' }, { token });
  expect(theirs.body.error.code).toBe('ERR_NOT_OWN_MESSAGE');
}, 45_000);

describe('bad input', () => {
  it('answers unknown tickets, other companies’ tickets and empty texts with codes', async () => {
    expect((await app.api.post('/api/messages/999999', { body: 'x' }, { token })).body.error.code).toBe('ERR_TICKET_NOT_FOUND');
    await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token });
    const b = await app.api.login('bia@b.test', 'bia-pass-123');
    const other = await app.api.post(`/api/messages/${ticketId}`, { body: 'intrusão' }, { token: b.token });
    expect(other.status).toBe(404);
    expect((await app.api.get(`/api/messages/${ticketId}`, { token: b.token })).status).toBe(404);
    const empty = await app.api.post(`/api/messages/${ticketId}`, { body: '   ' }, { token });
    expect(empty.body.error.code).toBe('ERR_EMPTY_MESSAGE');
    expect((await app.api.post(`/api/messages/${ticketId}`, { body: 'x'.repeat(5000) }, { token })).body.error.code).toBe('ERR_VALIDATION');
    expect((await app.api.post(`/api/messages/abc`, { body: 'x' }, { token })).body.error.code).toBe('ERR_VALIDATION');
    const [rows] = await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "Messages" WHERE body IN ('intrusão', '   ')`);
    expect((rows as { n: number }[])[0]!.n).toBe(0);
  });

  async function upload(bytes: Buffer, name: string, type: string) {
    const form = new FormData();
    form.append('body', 'anexo');
    form.append('file', new Blob([bytes], { type }), name);
    const res = await fetch(`${app.url}/api/messages/${ticketId}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: res.status, body: (await res.json()) as { error?: { code: string }; message?: { mediaType: string } } };
  }

  it('refuses an oversized file and a disguised one, and accepts a real image', async () => {
    const big = await upload(Buffer.alloc(300_000, 1), 'big.pdf', 'application/pdf');
    expect(big.status).toBe(413);
    expect(big.body.error?.code).toBe('ERR_FILE_TOO_LARGE');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 0x90)]);
    const disguised = await upload(exe, 'foto.jpg', 'image/jpeg');
    expect(disguised.status).toBe(400);
    expect(disguised.body.error?.code).toMatch(/^ERR_FILE_TYPE_/);
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e1d2560000000049454e44ae426082',
      'hex',
    );
    const image = await upload(png, 'foto.png', 'image/png');
    expect(image.status).toBe(201);
    expect(image.body.message?.mediaType).toBe('image');
    const [rows] = await ctx().sequelize.query(`SELECT "fileName", mimetype, "mediaPath" FROM "Messages" WHERE "mediaType" = 'image' AND "fromMe"`);
    expect(rows).toEqual([{ fileName: 'foto.png', mimetype: 'image/png', mediaPath: expect.stringMatching(/^1\/outbound\/[0-9a-f-]{36}$/) }]);
  });

  it('accepts an Ogg/Opus recording as a voice note (what the composer records)', async () => {
    const opusHead = Buffer.concat([Buffer.from('OpusHead'), Buffer.from([1, 1, 0x38, 1, 0x80, 0xbb, 0, 0, 0, 0, 0])]);
    const page = Buffer.concat([Buffer.from('OggS'), Buffer.from([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 19]), opusHead]);
    const voice = await upload(Buffer.concat([page, Buffer.alloc(2000, 7)]), 'voz.ogg', 'audio/ogg');
    expect(voice.status).toBe(201);
    expect(voice.body.message?.mediaType).toBe('voice');
  });
});
