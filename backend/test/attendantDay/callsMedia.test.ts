import https from 'node:https';
import type { Socket } from 'socket.io-client';
import { QueryTypes } from 'sequelize';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import type { ReceivedMessage } from '../../../simulator/src/core.js';
import { ctx } from '../../src/context.js';
import type { ApiClient } from '../support/api.js';
import { createAttendant, ticketIdOf } from '../support/factories.js';
import { record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Issue 17, calls and media: a customer's call stored in the chat (and answered when the company wants), quick
// replies that carry a file, and "Nova conversa" with a typed number — through the API, the real Baileys and the
// simulator (which rings with a real <call><offer/> stanza and answers onWhatsApp lookups).
const PHONE = '5511999993301';
const CALL_MESSAGE = 'No momento não atendemos ligações por aqui. Por favor, envie uma mensagem.';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e1d2560000000049454e44ae426082',
  'hex',
);
let sim: WaSimulator;
let app: TestApp;
let api: ApiClient;
let admin: { token: string };
let socket: Socket;
let whatsappId: number;

beforeAll(async () => {
  ({ sim, app, admin, adminSocket: socket, whatsappId } = await startConnectedApp(PHONE));
  api = app.api;
  // Baileys uploads a sent file to the simulator's HTTPS media host with node's default agent: trust its
  // certificate in this process (as sendApi.test does).
  https.globalAgent.options.ca = sim.media.caPem;
}, 90_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const rows = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
  ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });

/** The first message the contact receives that passes `test` (others before it are skipped: greetings…). */
async function receivedBy(contact: SimContact, test: (m: ReceivedMessage) => boolean): Promise<ReceivedMessage> {
  for (;;) {
    const message = await contact.nextMessage({ timeoutMs: 15_000 });
    if (test(message)) return message;
  }
}

async function uploadTo(path: string, token: string, bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as { error?: { code: string }; quickReply?: { id: number; media: unknown } } };
}

describe('calls', () => {
  it('stores a voice call as a bubble of the contact ticket and emits it; with the setting off nothing is sent, on the caller is answered once', async () => {
    const caller = sim.contact('5511977773001', { pushName: 'Carla' });
    const events = record<{ action: string; message: { ticketId: number; mediaType: string; content: unknown; fromMe: boolean } }>(socket, 'appMessage');
    const settings = (await api.get('/api/settings', { token: admin.token })).body.settings;
    expect(settings).toMatchObject({ callAutoReplyEnabled: false, callAutoReplyMessage: CALL_MESSAGE });

    // Off (the default): the call is shown, nobody is written to.
    const firstCall = caller.callOffer(sim.phone(PHONE));
    const ticketId = await ticketIdOf(caller);
    const stored = await until(
      () =>
        rows<{ wid: string; mediaType: string; content: unknown; fromMe: boolean }>(
          `SELECT wid, "mediaType", content, "fromMe" FROM "Messages" WHERE "ticketId" = :ticketId`,
          { ticketId },
        ),
      (r) => r.length === 1,
      'the call row',
    );
    expect(stored).toEqual([{ wid: firstCall, mediaType: 'call', content: { call: { video: false } }, fromMe: false }]);
    await until(() => events.find((e) => e.action === 'create' && e.message.ticketId === ticketId), Boolean, 'the call over the socket');
    expect(events.find((e) => e.message.ticketId === ticketId)!.message).toMatchObject({
      mediaType: 'call',
      content: { call: { video: false } },
      fromMe: false,
    });
    const [ticket] = await rows<{ status: string; lastMessage: string }>(`SELECT status, "lastMessage" FROM "Tickets" WHERE id = :ticketId`, { ticketId });
    expect(ticket).toEqual({ status: 'pending', lastMessage: '[call]' });
    // A first contact by call is named from the offer's push name, as one who writes would be (not "5511…").
    expect(await rows(`SELECT c.name FROM "Contacts" c JOIN "Tickets" t ON t."contactId" = c.id WHERE t.id = :ticketId`, { ticketId })).toEqual([
      { name: 'Carla' },
    ]);

    // On: a video call is stored and answered with the company's text. The chat's calls are handled in order, so
    // the one automatic row below also proves the first call (off) sent nothing.
    await api.put('/api/settings', { callAutoReplyEnabled: true }, { token: admin.token });
    const secondCall = caller.callOffer(sim.phone(PHONE), { video: true });
    const answer = await receivedBy(caller, (m) => m.text === CALL_MESSAGE);
    expect(answer.text).toBe(CALL_MESSAGE);
    const messages = await rows<{ wid: string; mediaType: string; content: unknown; automatic: boolean; body: string }>(
      `SELECT wid, "mediaType", content, automatic, body FROM "Messages" WHERE "ticketId" = :ticketId ORDER BY id`,
      { ticketId },
    );
    expect(messages.filter((m) => m.mediaType === 'call').map((m) => [m.wid, m.content])).toEqual([
      [firstCall, { call: { video: false } }],
      [secondCall, { call: { video: true } }],
    ]);
    expect(messages.filter((m) => m.body === CALL_MESSAGE)).toEqual([expect.objectContaining({ automatic: true, mediaType: 'text' })]);
    // One ticket for the caller, whatever the number of calls.
    expect(await rows(`SELECT id FROM "Tickets" t WHERE t."contactId" = (SELECT "contactId" FROM "Tickets" WHERE id = :ticketId)`, { ticketId })).toHaveLength(
      1,
    );
    await api.put('/api/settings', { callAutoReplyEnabled: false }, { token: admin.token });
  }, 60_000);
});

describe('start by number', () => {
  it('checks a new number on WhatsApp, makes the contact and an open ticket; the 8-digit form is the same contact; no WhatsApp is a 400', async () => {
    const started = await api.post('/api/tickets', { number: '+55 (11) 97777-2001' }, { token: admin.token });
    expect(started.status).toBe(201);
    expect(started.body.ticket).toMatchObject({ status: 'open', whatsappId, contact: { number: '5511977772001' } });
    const contactId: number = started.body.ticket.contact.id;

    // The same mobile without its ninth digit: that contact, already in a conversation.
    const again = await api.post('/api/tickets', { number: '551177772001' }, { token: admin.token });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ERR_TICKET_ALREADY_ACTIVE');
    expect(again.body.error.details.ticket.id).toBe(started.body.ticket.id);
    expect(await rows(`SELECT id FROM "Contacts" WHERE contact_number_key(number) = contact_number_key('5511977772001')`)).toEqual([{ id: contactId }]);

    sim.notOnWhatsapp('5511977772999');
    const missing = await api.post('/api/tickets', { number: '11 97777-2999' }, { token: admin.token });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('ERR_NUMBER_NOT_ON_WHATSAPP');
    expect(await rows(`SELECT id FROM "Contacts" WHERE number = '5511977772999'`)).toEqual([]);

    expect((await api.post('/api/tickets', { number: '12' }, { token: admin.token })).body.error.code).toBe('ERR_INVALID_PHONE_NUMBER');
    expect((await api.post('/api/tickets', { number: '5511977772001', contactId }, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
    expect((await api.post('/api/tickets', {}, { token: admin.token })).body.error.code).toBe('ERR_VALIDATION');
  }, 60_000);

  it("keeps companies apart: another company cannot write from this company's connection nor see its contact", async () => {
    await api.post(
      '/api/companies',
      { name: 'Empresa Chamadas', admin: { name: 'Bia', email: 'bia@calls-b.test', password: 'bia-pass-1234' } },
      { token: admin.token },
    );
    const adminB = await api.login('bia@calls-b.test', 'bia-pass-1234');
    const viaA = await api.post('/api/tickets', { number: '5511977772002', whatsappId }, { token: adminB.token });
    expect(viaA.status).toBe(404);
    expect(viaA.body.error.code).toBe('ERR_WHATSAPP_NOT_FOUND');
    const noConnection = await api.post('/api/tickets', { number: '5511977772002' }, { token: adminB.token });
    expect(noConnection.body.error.code).toBe('ERR_WHATSAPP_NOT_FOUND');
    expect(await rows(`SELECT id FROM "Contacts" WHERE number = '5511977772002'`)).toEqual([]);
  }, 30_000);
});

describe('quick replies with media', () => {
  it('attaches an image to a shortcut (supervisors only), serves it to attendants only of the company, and sends it with the text as caption', async () => {
    const created = await api.post('/api/quick-replies', { shortcut: 'catalogo', message: 'Nosso catálogo, {{name}}' }, { token: admin.token });
    const id: number = created.body.quickReply.id;
    expect(created.body.quickReply.media).toBeNull();
    const attendant = await createAttendant(api, admin.token, 'Atendente Mídia');
    expect((await uploadTo(`/api/quick-replies/${id}/media`, attendant.token, PNG, 'catalogo.png', 'image/png')).status).toBe(403);
    const attached = await uploadTo(`/api/quick-replies/${id}/media`, admin.token, PNG, 'catálogo.png', 'image/png');
    expect(attached.status).toBe(200);
    expect(attached.body.quickReply!.media).toEqual({ mediaType: 'image', fileName: 'catálogo.png', mimetype: 'image/png', size: PNG.length });
    expect((await api.get('/api/quick-replies', { token: attendant.token })).body.quickReplies.find((q: { id: number }) => q.id === id).media.mediaType).toBe(
      'image',
    );

    const file = await fetch(`${app.url}/api/quick-replies/${id}/media`, { headers: { authorization: `Bearer ${attendant.token}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(`${app.url}/api/quick-replies/${id}/media`)).status).toBe(401);
    await api.post(
      '/api/companies',
      { name: 'Empresa Mídia', admin: { name: 'Caio', email: 'caio@media-b.test', password: 'caio-pass-1234' } },
      { token: admin.token },
    );
    const adminB = await api.login('caio@media-b.test', 'caio-pass-1234');
    expect((await api.get(`/api/quick-replies/${id}/media`, { token: adminB.token })).status).toBe(404);
    expect((await uploadTo(`/api/quick-replies/${id}/media`, adminB.token, PNG, 'x.png', 'image/png')).status).toBe(404);

    // Sent from the chat: the composer sends the rendered text and the reply's id; the phone gets the image.
    const customer = sim.contact('5511977774001', { pushName: 'Dora' });
    const ticket = (await api.post('/api/tickets', { number: customer.pn }, { token: admin.token })).body.ticket;
    const sent = await api.post(`/api/messages/${ticket.id}`, { body: 'Nosso catálogo, Dora', quickReplyId: id }, { token: admin.token });
    expect(sent.status).toBe(201);
    expect(sent.body.message).toMatchObject({ mediaType: 'image', body: 'Nosso catálogo, Dora', fromMe: true });
    const received = await receivedBy(customer, (m) => Boolean(m.message.imageMessage));
    expect(received.message.imageMessage?.caption).toBe('Nosso catálogo, Dora');
    expect((await sim.downloadMedia(received.message)).data.equals(PNG)).toBe(true);

    // Another company's reply is not there to send; deleting the reply keeps the file its sent message shows.
    expect((await api.post(`/api/messages/${ticket.id}`, { body: 'x', quickReplyId: id + 1000 }, { token: admin.token })).body.error.code).toBe(
      'ERR_QUICK_REPLY_NOT_FOUND',
    );
    expect((await api.delete(`/api/quick-replies/${id}`, { token: admin.token })).status).toBe(204);
    const kept = await fetch(`${app.url}/api/messages/${sent.body.message.id}/media`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(kept.status).toBe(200);
    expect(Buffer.from(await kept.arrayBuffer()).equals(PNG)).toBe(true);
  }, 60_000);

  it('takes the file away: no longer served, and the stored file goes', async () => {
    const { id } = (await api.post('/api/quick-replies', { shortcut: 'manual', message: 'Segue o manual' }, { token: admin.token })).body.quickReply;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
    const attached = await uploadTo(`/api/quick-replies/${id}/media`, admin.token, pdf, 'manual.pdf', 'application/pdf');
    expect(attached.body.quickReply!.media).toMatchObject({ mediaType: 'document', fileName: 'manual.pdf' });
    const [stored] = await rows<{ mediaPath: string }>(`SELECT "mediaPath" FROM "QuickReplies" WHERE id = :id`, { id });
    const mediaPath = stored!.mediaPath;
    const removed = await api.delete(`/api/quick-replies/${id}/media`, { token: admin.token });
    expect(removed.body.quickReply.media).toBeNull();
    expect((await api.get(`/api/quick-replies/${id}/media`, { token: admin.token })).body.error.code).toBe('ERR_MEDIA_NOT_FOUND');
    await until(
      () =>
        import('node:fs/promises').then((fs) =>
          fs.access(`${ctx().config.mediaDir}/${mediaPath}`).then(
            () => 'there',
            () => 'gone',
          ),
        ),
      (state) => state === 'gone',
      'the removed file',
    );
  }, 30_000);
});
