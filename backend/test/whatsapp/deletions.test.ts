import { access, mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { until } from '../support/waiting.js';
import { connectSocket } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectWhatsapp } from '../support/whatsapp.js';

// What a deletion leaves behind: nothing. Files go with the rows that need them (deleting a contact, deleting
// one's own file for everyone, deleting a company), and a deleted connection or company logs its WhatsApp
// sessions out first, so the phones do not stay linked to something that no longer exists.
const PHONE_A = '5511999990061';
const PHONE_B = '5511999990062';
const PHONE_C = '5511999990063';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let sim: WaSimulator;
let app: TestApp;
let mediaDir: string;
let tokenA: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'atende-media-'));
  sim = await startWaSimulator();
  // Baileys uploads a sent file to the simulator's HTTPS media host with node's default agent: trust its
  // certificate in this process (what NODE_EXTRA_CA_CERTS does for the browser tests' backend).
  https.globalAgent.options.ca = sim.media.caPem;
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, MEDIA_DIR: mediaDir, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  tokenA = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  sockets.push(await connectSocket(app.url, tokenA));
  await connectWhatsapp(app.api, tokenA, sockets[0]!, sim, PHONE_A);
}, 60_000);
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
  await rm(mediaDir, { recursive: true, force: true });
  delete https.globalAgent.options.ca;
});

const exists = (relative: string) =>
  access(join(mediaDir, relative)).then(
    () => true,
    () => false,
  );

interface MessageRow {
  id: string;
  ticketId: number;
  mediaPath: string | null;
  mediaStatus: string | null;
  ack: number;
}
const messageWhere = (condition: string, replacements: Record<string, unknown>) =>
  ctx().sequelize.query<MessageRow>(`SELECT id, "ticketId", "mediaPath", "mediaStatus", ack FROM "Messages" WHERE ${condition}`, {
    replacements,
    type: QueryTypes.SELECT,
  });

/** A contact sends an image to `phone`; resolves with its stored row once the file is on disk. */
async function inboundImage(phone: string, number: string): Promise<MessageRow> {
  const wid = await sim.contact(number, { pushName: `Cliente ${number.slice(-3)}` }).sendImage(sim.phone(phone), { data: PNG, mimetype: 'image/png' });
  const [row] = await until(
    () => messageWhere('wid = :wid', { wid }),
    ([r]) => r?.mediaStatus === 'ready',
    'the downloaded image',
  );
  expect(await exists(row!.mediaPath!)).toBe(true);
  return row!;
}

const contactIdOf = async (number: string) =>
  (await ctx().sequelize.query<{ id: number }>(`SELECT id FROM "Contacts" WHERE number = :number`, { replacements: { number }, type: QueryTypes.SELECT }))[0]!
    .id;

it('deleting a contact deletes its messages’ files, and only once the deletion is done', async () => {
  const image = await inboundImage(PHONE_A, '5511988881001');
  const other = await inboundImage(PHONE_A, '5511988881002');
  const contactId = await contactIdOf('5511988881001');

  // Refused while its ticket is active: nothing is deleted, the file included.
  expect((await app.api.delete(`/api/contacts/${contactId}`, { token: tokenA })).body.error.code).toBe('ERR_CONTACT_HAS_OPEN_TICKETS');
  expect(await exists(image.mediaPath!)).toBe(true);

  expect((await app.api.put(`/api/tickets/${image.ticketId}`, { action: 'close', sendFarewell: false }, { token: tokenA })).status).toBe(200);
  expect((await app.api.delete(`/api/contacts/${contactId}`, { token: tokenA })).status).toBe(204);
  expect(await exists(image.mediaPath!)).toBe(false);
  expect(await messageWhere('id = :id', { id: image.id })).toEqual([]);
  expect(await exists(other.mediaPath!)).toBe(true); // another contact's file stays
}, 60_000);

it('keeps a file that another live message still points at (one file, two rows)', async () => {
  const image = await inboundImage(PHONE_A, '5511988881007');
  const sharer = await inboundImage(PHONE_A, '5511988881008');
  // No code shares a file today (every stored file gets a fresh random name); a forward or a campaign might.
  await ctx().sequelize.query(`UPDATE "Messages" SET "mediaPath" = :path WHERE id = :id`, { replacements: { path: image.mediaPath, id: sharer.id } });
  await app.api.put(`/api/tickets/${image.ticketId}`, { action: 'close', sendFarewell: false }, { token: tokenA });
  expect((await app.api.delete(`/api/contacts/${await contactIdOf('5511988881007')}`, { token: tokenA })).status).toBe(204);
  expect(await exists(image.mediaPath!)).toBe(true);
  expect((await app.api.get(`/api/messages/${sharer.id}/media`, { token: tokenA })).status).toBe(200);
}, 60_000);

it('deleting for everyone an attendant’s own file deletes the file; the message shows as deleted', async () => {
  const { ticketId } = await inboundImage(PHONE_A, '5511988881003');
  const customer = sim.contact('5511988881003');
  await app.api.put(`/api/tickets/${ticketId}`, { action: 'accept' }, { token: tokenA });
  const form = new FormData();
  form.append('body', 'o contrato');
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'contrato.pdf');
  const sent = await fetch(`${app.url}/api/messages/${ticketId}`, { method: 'POST', headers: { authorization: `Bearer ${tokenA}` }, body: form });
  expect(sent.status).toBe(201);
  const { message } = (await sent.json()) as { message: { id: number } };
  const [row] = await until(
    () => messageWhere('id = :id', { id: message.id }),
    ([r]) => (r?.ack ?? 0) >= 1,
    'the file sent',
  );
  expect(await exists(row!.mediaPath!)).toBe(true);
  const received = await customer.nextMessage({ timeoutMs: 15_000 });
  expect((await sim.downloadMedia(received.message)).data).toEqual(PDF);

  const deleted = await app.api.delete(`/api/messages/message/${message.id}`, { token: tokenA });
  expect(deleted.status).toBe(200);
  expect(deleted.body.message).toMatchObject({ isDeleted: true, hasMedia: false, mediaUrl: null, body: '' });
  expect(await exists(row!.mediaPath!)).toBe(false);
  expect((await app.api.get(`/api/messages/${message.id}/media`, { token: tokenA })).status).toBe(404);
  expect((await customer.nextMessage({ timeoutMs: 15_000 })).message.protocolMessage?.key?.id).toBe(received.id); // the phone was told
}, 60_000);

it('deleting a company logs out its WhatsApp sessions (the phone drops the device) and deletes its media, not another company’s', async () => {
  const keptA = await inboundImage(PHONE_A, '5511988881004');
  const created = await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: tokenA });
  const companyB: number = created.body.company.id;
  const tokenB = (await app.api.login('bia@b.test', 'bia-pass-123')).token;
  const socketB = await connectSocket(app.url, tokenB);
  sockets.push(socketB);
  const whatsappB = await connectWhatsapp(app.api, tokenB, socketB, sim, PHONE_B);
  const imageB = await inboundImage(PHONE_B, '5511988881005');
  expect(imageB.mediaPath).toMatch(new RegExp(`^${companyB}/`));
  expect(sim.phone(PHONE_B).devices()).toHaveLength(1);

  expect((await app.api.delete(`/api/companies/${companyB}`, { token: tokenA })).status).toBe(204);
  await until(
    async () => sim.phone(PHONE_B).devices().length,
    (n) => n === 0,
    'the phone to drop the device',
  );
  expect(ctx().whatsappSessions.get(whatsappB)).toBeUndefined();
  const [auth] = await ctx().sequelize.query<{ n: number }>(`SELECT count(*)::int AS n FROM "BaileysAuth" WHERE "whatsappId" = :id`, {
    replacements: { id: whatsappB },
    type: QueryTypes.SELECT,
  });
  expect(auth!.n).toBe(0);
  expect(await exists(String(companyB))).toBe(false);
  expect(await exists(keptA.mediaPath!)).toBe(true);
  // Company A's own connection is untouched: it still receives.
  await inboundImage(PHONE_A, '5511988881006');
}, 90_000);

it('deleting a connection logs its session out: the phone drops the device', async () => {
  const whatsappC = await connectWhatsapp(app.api, tokenA, sockets[0]!, sim, PHONE_C, 'Filial');
  expect(sim.phone(PHONE_C).devices()).toHaveLength(1);
  expect((await app.api.delete(`/api/whatsapps/${whatsappC}`, { token: tokenA })).status).toBe(204);
  await until(
    async () => sim.phone(PHONE_C).devices().length,
    (n) => n === 0,
    'the phone to drop the device',
  );
  expect(ctx().whatsappSessions.get(whatsappC)).toBeUndefined();
  await inboundImage(PHONE_A, '5511988881009'); // the other connection goes on
}, 60_000);
