import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { buildMediaMessage } from '../../../simulator/src/media.js';
import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { createAttendant } from '../support/factories.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, record } from '../support/sockets.js';
import { connectWhatsapp } from '../support/whatsapp.js';
import { until } from '../support/waiting.js';

const PHONE = '5511999990003';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
// An Ogg page carrying an Opus header: what a WhatsApp voice note starts with.
const OPUS = Buffer.concat([
  Buffer.from('OggS'),
  Buffer.from([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 19]),
  Buffer.from('OpusHead'),
  Buffer.from([1, 2, 0x38, 1, 0x80, 0xbb, 0, 0, 0, 0, 0]),
  Buffer.alloc(4000, 7),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

interface Row {
  id: string;
  fromMe: boolean;
  ticketId: number;
  body: string;
  mediaType: string;
  mediaPath: string | null;
  mimetype: string | null;
  fileName: string | null;
  mediaSize: string | number | null;
  mediaStatus: string | null;
}

let sim: WaSimulator;
let app: TestApp;
let mediaDir: string;
let socketA: Socket;
let tokenA: string;
let tokenB: string;

async function rowOf(wid: string, status: string | null = 'ready'): Promise<Row> {
  const read = async () =>
    (await ctx().sequelize.query<Row>(`SELECT * FROM "Messages" WHERE wid = :wid`, { replacements: { wid }, type: QueryTypes.SELECT }))[0];
  return (await until(read, (row) => row?.mediaStatus === status, `message ${wid} to become ${status}`))!;
}

beforeAll(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'atende-media-'));
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, MEDIA_DIR: mediaDir, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  tokenA = admin.token;
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: tokenA });
  tokenB = (await app.api.login('bia@b.test', 'bia-pass-123')).token;
  socketA = await connectSocket(app.url, tokenA);
  await connectWhatsapp(app.api, tokenA, socketA, sim, PHONE);
}, 60_000);
afterAll(async () => {
  socketA?.close();
  await app?.stop();
  await sim?.close();
  await rm(mediaDir, { recursive: true, force: true });
});

it('stores a contact’s image on disk with the exact bytes, announces it, and serves it to its company only', async () => {
  const updates = record<{ action: string; message: { id: number; hasMedia: boolean } }>(socketA, 'appMessage');
  const wid = await sim.contact('5511988880001', { pushName: 'Ana' }).sendImage(sim.phone(PHONE), { data: PNG, mimetype: 'image/png', caption: 'a foto' });
  const row = await rowOf(wid);
  expect(row).toMatchObject({ body: 'a foto', mediaType: 'image', mimetype: 'image/png' });
  expect(Number(row.mediaSize)).toBe(PNG.length);
  expect(row.mediaPath).toMatch(/^1\/\d{4}-\d{2}\/[0-9a-f-]{36}\.png$/);
  expect(await readFile(join(mediaDir, row.mediaPath!))).toEqual(PNG);
  const announced = await until(() => updates.find((e) => e.action === 'update' && e.message.id === Number(row.id)), Boolean, 'the media announced');
  expect(announced!.message.hasMedia).toBe(true);

  const res = await fetch(`${app.url}/api/messages/${row.id}/media`, { headers: { authorization: `Bearer ${tokenA}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="image\.png"/);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);

  expect((await app.api.get(`/api/messages/${row.id}/media`, { token: tokenB })).body).toMatchObject({ error: { code: 'ERR_MESSAGE_NOT_FOUND' } });
  expect((await app.api.get(`/api/messages/${row.id}/media`, { token: tokenB })).status).toBe(404);
  expect((await app.api.get(`/api/messages/${row.id}/media`)).status).toBe(401);
  expect((await app.api.get(`/api/messages/abc/media`, { token: tokenA })).status).toBe(400);
  expect((await app.api.get(`/api/messages/999999/media`, { token: tokenA })).status).toBe(404);

  // The ticket's visibility rule applies: once an admin owns the ticket, an attendant outside it gets a 404.
  const attendant = await createAttendant(app.api, tokenA, 'Caio');
  const [me] = (await ctx().sequelize.query(`SELECT id FROM "Users" WHERE email = '${ADMIN.email}'`))[0] as { id: number }[];
  await ctx().sequelize.query(`UPDATE "Tickets" SET status = 'open', "userId" = ${me!.id} WHERE id = (SELECT "ticketId" FROM "Messages" WHERE id = ${row.id})`);
  expect((await app.api.get(`/api/messages/${row.id}/media`, { token: attendant.token })).body).toMatchObject({ error: { code: 'ERR_MESSAGE_NOT_FOUND' } });
  expect((await app.api.get(`/api/messages/${row.id}/media`, { token: tokenA })).status).toBe(200);
}, 30_000);

it('keeps a voice note and a document under generated names, the document’s own name only for download', async () => {
  const bia = sim.contact('5511988880002', { pushName: 'Bia' });
  const voice = await rowOf(await bia.sendAudio(sim.phone(PHONE), { data: OPUS, mimetype: 'audio/ogg; codecs=opus', ptt: true }));
  expect(voice).toMatchObject({ mediaType: 'voice', mimetype: 'audio/ogg; codecs=opus' });
  expect(await readFile(join(mediaDir, voice.mediaPath!))).toEqual(OPUS);
  const audio = await fetch(`${app.url}/api/messages/${voice.id}/media`, { headers: { authorization: `Bearer ${tokenA}` } });
  expect(audio.headers.get('content-type')).toBe('audio/ogg; codecs=opus');

  const name = 'relatório "final"/../../etc.pdf';
  const doc = await rowOf(await bia.sendDocument(sim.phone(PHONE), { data: PDF, mimetype: 'application/pdf', fileName: name }));
  expect(doc).toMatchObject({ mediaType: 'document', fileName: name, mimetype: 'application/pdf' });
  expect(doc.mediaPath).toMatch(/^1\/\d{4}-\d{2}\/[0-9a-f-]{36}\.pdf$/);
  expect(await readFile(join(mediaDir, doc.mediaPath!))).toEqual(PDF);
  const res = await fetch(`${app.url}/api/messages/${doc.id}/media`, { headers: { authorization: `Bearer ${tokenA}` } });
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('content-disposition')).toBe(
    `inline; filename="relat_rio _final__.._.._etc.pdf"; filename*=UTF-8''relat%C3%B3rio%20%22final%22_.._.._etc.pdf`,
  );
}, 30_000);

it('downloads a picture sent from the account’s own phone too, as fromMe in the contact’s ticket', async () => {
  const dora = sim.contact('5511988880005');
  const asked = await rowOf(await dora.sendText(sim.phone(PHONE), 'manda a foto?'), null);
  const message = await buildMediaMessage(sim.media, 'image', { data: PNG, mimetype: 'image/png', caption: 'aqui' });
  const row = await rowOf(await sim.phone(PHONE).send(dora, message));
  expect(row).toMatchObject({ fromMe: true, ticketId: asked.ticketId, body: 'aqui', mimetype: 'image/png' });
  expect(await readFile(join(mediaDir, row.mediaPath!))).toEqual(PNG);
}, 30_000);

it('never serves a disguised file as what it claims: an HTML “photo” becomes an opaque attachment', async () => {
  const html = Buffer.from('<html><script>alert(document.cookie)</script></html>');
  const row = await rowOf(await sim.contact('5511988880003').sendDocument(sim.phone(PHONE), { data: html, mimetype: 'text/html', fileName: 'foto.jpg' }));
  expect(row.mimetype).toBe('application/octet-stream');
  expect(row.mediaPath).toMatch(/\.bin$/);
  const res = await fetch(`${app.url}/api/messages/${row.id}/media`, { headers: { authorization: `Bearer ${tokenA}` } });
  expect(res.headers.get('content-type')).toBe('application/octet-stream');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; /);
  expect(res.headers.get('content-security-policy')).toContain('sandbox');
}, 30_000);

it('keeps the message when the download fails, and a retry stores the file once the media is back', async () => {
  // A media host of our own that fails until told otherwise, serving what the simulator encrypted.
  let available = false;
  let blob: Buffer = Buffer.alloc(0);
  const host: Server = createServer((_req, res) => (available ? res.end(blob) : res.writeHead(503).end()));
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  try {
    const message = await buildMediaMessage(sim.media, 'document', { data: PDF, mimetype: 'application/pdf', fileName: 'nota.pdf', caption: 'segue a nota' });
    blob = sim.media.get(message.documentMessage!.url!)!;
    message.documentMessage!.url = `http://127.0.0.1:${(host.address() as AddressInfo).port}/v/t62/x.enc`;
    const wid = await sim.contact('5511988880004').send(sim.phone(PHONE), message);
    const failed = await rowOf(wid, 'failed');
    expect(failed).toMatchObject({ body: 'segue a nota', mediaType: 'document', mediaPath: null, fileName: 'nota.pdf' });
    expect((await app.api.get(`/api/messages/${failed.id}/media`, { token: tokenA })).body).toMatchObject({ error: { code: 'ERR_MEDIA_NOT_READY' } });
    expect((await app.api.post(`/api/messages/${failed.id}/media/retry`, undefined, { token: tokenB })).status).toBe(404);

    available = true;
    const retry = await app.api.post(`/api/messages/${failed.id}/media/retry`, undefined, { token: tokenA });
    expect(retry.status).toBe(202);
    const ready = await rowOf(wid, 'ready');
    expect(await readFile(join(mediaDir, ready.mediaPath!))).toEqual(PDF);
    expect((await app.api.post(`/api/messages/${failed.id}/media/retry`, undefined, { token: tokenA })).body).toMatchObject({
      error: { code: 'ERR_MEDIA_NOT_RETRIABLE' },
    });
    // No temporary file left behind by the failed attempt.
    const month = (await readdir(join(mediaDir, '1')))[0]!;
    expect((await readdir(join(mediaDir, '1', month))).filter((f) => f.endsWith('.part'))).toEqual([]);
  } finally {
    host.closeAllConnections();
    host.close();
  }
}, 40_000);
