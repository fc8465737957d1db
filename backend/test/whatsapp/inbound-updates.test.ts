import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proto } from '@whiskeysockets/baileys';
import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import { startWaSimulator, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { InboundPipeline } from '../../src/whatsapp/inbound/InboundPipeline.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import { until } from '../support/waiting.js';
import { connectWhatsapp } from '../support/whatsapp.js';

const PHONE = '5511999990004';
const EDIT = proto.Message.ProtocolMessage.Type.MESSAGE_EDIT;
const REVOKE = proto.Message.ProtocolMessage.Type.REVOKE;

interface Row {
  id: string;
  contactId: number;
  wid: string;
  body: string;
  fromMe: boolean;
  mediaType: string;
  isDeleted: boolean;
  editedAt: Date | null;
  quotedMsgId: string | null;
  content: unknown;
  reactions: Record<string, { emoji: string; at: number }>;
  ticketId: number;
}
type Update = { action: string; message: { id: number; body: string; isDeleted: boolean; editedAt: string | null } };

let sim: WaSimulator;
let app: TestApp;
let mediaDir: string;
let socketA: Socket;
let socketB: Socket;
let updatesA: Update[];
let updatesB: Update[];
let adminB: { token: string };

async function rowOf(wid: string, ready: (r: Row) => boolean = () => true): Promise<Row> {
  const read = async () =>
    (await ctx().sequelize.query<Row>(`SELECT * FROM "Messages" WHERE wid = :wid`, { replacements: { wid }, type: QueryTypes.SELECT }))[0];
  return (await until(read, (row) => row !== undefined && ready(row), `message ${wid} as expected`))!;
}

/**
 * Same chat, so stored after everything the contact sent before it: proof that earlier deliveries were handled;
 * and its event reaches the admin's socket after any event they caused.
 */
async function flush(contact: SimContact): Promise<void> {
  const marker = await rowOf(await contact.sendText(sim.phone(PHONE), `marker ${Math.random()}`));
  await until(() => updatesA.some((u) => u.action === 'create' && u.message.id === Number(marker.id)), Boolean, 'the marker on the socket');
}

/** The ticket card's preview, once it is `expected` (edits and deletes reach it after the message row). */
async function previewOf(ticketId: number, expected: (preview: string) => boolean): Promise<string> {
  const read = async () =>
    (
      await ctx().sequelize.query<{ lastMessage: string }>(`SELECT "lastMessage" FROM "Tickets" WHERE id = :ticketId`, {
        replacements: { ticketId },
        type: QueryTypes.SELECT,
      })
    )[0]!.lastMessage;
  return until(read, expected, `the preview of ticket ${ticketId}`);
}

const rowCount = async () => Number(((await ctx().sequelize.query(`SELECT count(*) AS n FROM "Messages"`))[0] as { n: string }[])[0]!.n);
const updatesOf = (id: string) => updatesA.filter((u) => u.action === 'update' && u.message.id === Number(id));

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'atende-media-'));
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, MEDIA_DIR: mediaDir, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  socketA = await connectSocket(app.url, admin.token);
  adminB = await app.api.login('bia@b.test', 'bia-pass-123');
  socketB = await connectSocket(app.url, adminB.token);
  updatesA = record<Update>(socketA, 'appMessage');
  updatesB = record<Update>(socketB, 'appMessage');
  await connectWhatsapp(app.api, admin.token, socketA, sim, PHONE);
}, 60_000);
afterAll(async () => {
  socketA?.close();
  socketB?.close();
  await app?.stop();
  await sim?.close();
  await rm(mediaDir, { recursive: true, force: true });
});

it('applies a contact’s edit, reactions and delete-for-everyone to the original row; redeliveries change nothing', async () => {
  const carla = sim.contact('5511977770001', { pushName: 'Carla' });
  const phone = sim.phone(PHONE);
  const original = await rowOf(await carla.sendText(phone, 'quero 2 pizzas'));
  const key = { remoteJid: phone.jid, fromMe: true, id: original.wid };
  const before = await rowCount();

  const t = Date.now();
  const editWid = await carla.send(phone, { protocolMessage: { key, type: EDIT, editedMessage: { conversation: 'quero 3 pizzas' }, timestampMs: t } });
  const edited = await rowOf(original.wid, (r) => r.editedAt !== null);
  expect(edited).toMatchObject({ body: 'quero 3 pizzas', isDeleted: false });
  expect(new Date(edited.editedAt!).getTime()).toBe(t);
  // It was the chat's latest message: the ticket's card shows the new text.
  await previewOf(original.ticketId, (p) => p === 'quero 3 pizzas');

  const reactWid = await carla.send(phone, { reactionMessage: { key, text: '👍', senderTimestampMs: t + 1 } });
  await rowOf(original.wid, (r) => r.reactions['5511977770001']?.emoji === '👍');
  await carla.send(phone, { reactionMessage: { key, text: '❤️', senderTimestampMs: t + 2 } });
  await rowOf(original.wid, (r) => r.reactions['5511977770001']?.emoji === '❤️');

  // The same edit and the older reaction delivered again: no change, no event.
  const eventsSoFar = 3; // the edit and two reactions, each announced once
  await until(
    () => updatesOf(original.id).length,
    (n) => n >= eventsSoFar,
    'the edit and the reactions announced',
  );
  await sim.redeliver(editWid);
  await sim.redeliver(reactWid);
  await flush(carla); // any (wrong) event of the redeliveries came before the marker's
  const after = await rowOf(original.wid);
  expect(after.body).toBe('quero 3 pizzas');
  expect(after.reactions['5511977770001']!.emoji).toBe('❤️');
  expect(updatesOf(original.id)).toHaveLength(eventsSoFar);

  await carla.send(phone, { reactionMessage: { key, text: '', senderTimestampMs: t + 3 } });
  await rowOf(original.wid, (r) => r.reactions['5511977770001']?.emoji === '');
  await carla.send(phone, { protocolMessage: { key, type: REVOKE } });
  const deleted = await rowOf(original.wid, (r) => r.isDeleted);
  expect(deleted.body).toBe('quero 3 pizzas'); // kept server-side, hidden from the API view
  // No longer the latest (the markers came after it): the card keeps the latest message.
  await flush(carla);
  expect(await previewOf(original.ticketId, () => true)).toMatch(/^marker /);

  // Only the markers added rows: edits, reactions and deletes never do.
  expect(await rowCount()).toBe(before + 2); // the two markers
  const last = (await until(
    () => updatesOf(original.id).at(-1),
    (u) => u?.message.isDeleted === true,
    'the delete announced',
  ))!;
  expect(last.message).toMatchObject({ isDeleted: true, body: '' });
  expect(
    updatesOf(original.id)
      .map((u) => u.message.body)
      .slice(0, 1),
  ).toEqual(['quero 3 pizzas']);
  // Company B heard none of it: its own change reaches it after anything sent to it with A's events.
  await barrier(socketB, 'tag', () => app.api.post('/api/tags', { name: `B ${Math.random()}` }, { token: adminB.token }));
  expect(updatesB).toEqual([]);

  // The latest message deleted for everyone: the card says so (translated by the inbox), not its old text.
  const latest = await rowOf(await carla.sendText(phone, 'esquece'));
  await carla.send(phone, { protocolMessage: { key: { ...key, id: latest.wid }, type: REVOKE } });
  await previewOf(original.ticketId, (p) => p === '[deleted]');
}, 40_000);

it('refuses edits and deletes aimed at someone else’s message or another chat', async () => {
  const phone = sim.phone(PHONE);
  const dani = sim.contact('5511977770002');
  const eve = sim.contact('5511977770003');
  const fromDani = await rowOf(await dani.sendText(phone, 'meu pedido é 42'));
  const fromPhone = await rowOf(await phone.sendText(dani, 'recebido!'));
  await eve.send(phone, {
    protocolMessage: {
      key: { remoteJid: phone.jid, fromMe: true, id: fromDani.wid },
      type: EDIT,
      editedMessage: { conversation: 'hacked' },
      timestampMs: Date.now(),
    },
  });
  await eve.send(phone, { protocolMessage: { key: { remoteJid: phone.jid, fromMe: true, id: fromDani.wid }, type: REVOKE } });
  await dani.send(phone, { protocolMessage: { key: { remoteJid: phone.jid, fromMe: false, id: fromPhone.wid }, type: REVOKE } });
  await flush(eve);
  await flush(dani);
  expect(await rowOf(fromDani.wid)).toMatchObject({ body: 'meu pedido é 42', isDeleted: false, editedAt: null });
  expect(await rowOf(fromPhone.wid)).toMatchObject({ isDeleted: false });
}, 30_000);

it('links a quoted reply, maps a location and a contact card, and shows messages sent from the phone as fromMe', async () => {
  const phone = sim.phone(PHONE);
  const fabio = sim.contact('5511977770004', { pushName: 'Fábio' });
  const question = await rowOf(await fabio.sendText(phone, 'vocês entregam?'));
  const reply = await rowOf(
    await fabio.send(phone, {
      extendedTextMessage: {
        text: 'no centro',
        contextInfo: { stanzaId: question.wid, participant: fabio.jid, quotedMessage: { conversation: 'vocês entregam?' } },
      },
    }),
  );
  expect(reply).toMatchObject({ body: 'no centro', quotedMsgId: question.id });
  const unknownQuote = await rowOf(await fabio.send(phone, { extendedTextMessage: { text: 'e isso?', contextInfo: { stanzaId: 'NOPE' } } }));
  expect(unknownQuote.quotedMsgId).toBeNull();

  const location = await rowOf(
    await fabio.send(phone, { locationMessage: { degreesLatitude: -23.5614, degreesLongitude: -46.6559, name: 'Loja', address: 'Av. Paulista, 1000' } }),
  );
  expect(location).toMatchObject({
    mediaType: 'location',
    body: 'Loja — Av. Paulista, 1000',
    content: { location: { latitude: -23.5614, longitude: -46.6559, name: 'Loja', address: 'Av. Paulista, 1000', live: false } },
  });
  const vcard =
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gil Souza\r\nTEL;type=CELL;waid=5511966665555:+55 11 96666-5555\r\nTEL;type=WORK:+55 11 3333-4444\r\nEND:VCARD';
  const card = await rowOf(await fabio.send(phone, { contactMessage: { displayName: 'Gil', vcard } }));
  expect(card).toMatchObject({ mediaType: 'contact', content: { contacts: [{ name: 'Gil', numbers: ['5511966665555', '+551133334444'] }] } });

  const fromPhone = await rowOf(await phone.sendText(fabio, 'respondi pelo celular'));
  expect(fromPhone).toMatchObject({ fromMe: true, ticketId: question.ticketId, body: 'respondi pelo celular' });
  const [ticket] = (await ctx().sequelize.query(`SELECT "unreadMessages", "lastMessage" FROM "Tickets" WHERE id = ${question.ticketId}`))[0] as object[];
  expect(ticket).toEqual({ unreadMessages: 0, lastMessage: 'respondi pelo celular' });
  // The phone's reaction is this account's ("me"), beside the contact's.
  await phone.send(fabio, { reactionMessage: { key: { remoteJid: fabio.jid, fromMe: false, id: question.wid }, text: '✅', senderTimestampMs: Date.now() } });
  await rowOf(question.wid, (r) => r.reactions.me?.emoji === '✅');
}, 40_000);

it('asks for the contact’s profile picture once a day, off the message path (the simulator answers none)', async () => {
  const gabi = sim.contact('5511977770005');
  await rowOf(await gabi.sendText(sim.phone(PHONE), 'oi'));
  const fetched = async () =>
    (
      (await ctx().sequelize.query(`SELECT "profilePicUrl", "profilePicFetchedAt" FROM "Contacts" WHERE number = '5511977770005'`))[0] as {
        profilePicUrl: string | null;
        profilePicFetchedAt: Date | null;
      }[]
    )[0]!;
  const first = await until(fetched, (c) => c.profilePicFetchedAt !== null, 'the profile picture asked for');
  expect(first.profilePicFetchedAt).not.toBeNull();
  expect(first.profilePicUrl).toBeNull();
  await flush(gabi);
  expect((await fetched()).profilePicFetchedAt).toEqual(first.profilePicFetchedAt);
}, 30_000);

it('ties a chat addressed only by its LID to the contact that LID belongs to; an unknown LID stores nothing', async () => {
  const hugo = sim.contact('5511977770006');
  const first = await rowOf(await hugo.sendText(sim.phone(PHONE), 'primeira'));
  const [contact] = (await ctx().sequelize.query(`SELECT id, lid FROM "Contacts" WHERE number = '5511977770006'`))[0] as { id: number; lid: string }[];
  expect(contact!.lid).toMatch(/@lid$/);
  // The real pipeline, without a live socket: the LID is resolved from the contacts table.
  const pipeline = new InboundPipeline({ socketOf: () => undefined });
  const target = { companyId: 1, whatsappId: Number(((await ctx().sequelize.query(`SELECT id FROM "Whatsapps"`))[0] as { id: number }[])[0]!.id) };
  const viaLid = (id: string, remoteJid: string) =>
    pipeline.accept(target, { key: { remoteJid, fromMe: false, id }, message: { conversation: 'pelo lid' }, messageTimestamp: Math.floor(Date.now() / 1000) });
  await viaLid('LIDONLY0001', contact!.lid);
  expect(await rowOf('LIDONLY0001')).toMatchObject({ body: 'pelo lid', ticketId: first.ticketId, contactId: contact!.id });
  await viaLid('LIDONLY0002', '99999999999@lid');
  expect(await ctx().sequelize.query(`SELECT id FROM "Messages" WHERE wid = 'LIDONLY0002'`, { type: QueryTypes.SELECT })).toEqual([]);
  await pipeline.settled();
}, 30_000);
