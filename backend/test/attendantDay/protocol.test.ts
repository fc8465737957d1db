import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { renderTemplate } from '../../src/lib/templateVariables.js';
import type { TestApp } from '../support/testApp.js';
import { campaignFinished, startCampaignThroughApi } from '../support/campaigns.js';
import { createAttendant, createQueue, ticketIdOf, ticketOf, type Attendant } from '../support/factories.js';
import { barrier } from '../support/sockets.js';
import { startConnectedApp } from '../support/whatsapp.js';
import { until } from '../support/waiting.js';

// Issue 17: protocol numbers (a short sequential number per company, in the list, the search and {{protocol}})
// and attendant signatures ("*Ana:*\n…" as WhatsApp gets it; who typed each message kept on the message).
const PHONE = '5511999991700';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string };
let socket: Socket;
let whatsappId: number;
let ana: Attendant;

beforeAll(async () => {
  ({ sim, app, admin, adminSocket: socket, whatsappId } = await startConnectedApp(PHONE));
  ana = await createAttendant(app.api, admin.token, 'Ana', 'supervisor');
}, 90_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const sql = <T extends object>(query: string, replacements: Record<string, unknown> = {}) =>
  ctx().sequelize.query<T>(query, { replacements, type: QueryTypes.SELECT });
const companyOf = async (token: string): Promise<number> => (await app.api.get('/api/auth/me', { token })).body.user.companyId;
const lastProtocol = async (companyId: number) =>
  (await sql<{ last: number | null }>(`SELECT max(protocol) AS last FROM "Tickets" WHERE "companyId" = :companyId`, { companyId }))[0]!.last ?? 0;
const put = (id: number, body: object, token = admin.token) => app.api.put(`/api/tickets/${id}`, body, { token });
const settings = (changes: object) => barrier(socket, 'settings', () => app.api.put('/api/settings', changes, { token: admin.token }));

it('numbers 50 tickets opened at once 1..50 after the last one, without a gap or a duplicate', async () => {
  const companyId = await companyOf(admin.token);
  const before = await lastProtocol(companyId);
  const contacts = Array.from({ length: 50 }, (_, i) => sim.contact(`55119170${String(i).padStart(5, '0')}`, { pushName: `Cliente ${i}` }));
  await Promise.all(contacts.map((contact, i) => contact.sendText(sim.phone(PHONE), `olá ${i}`)));
  const rows = await until(
    () => sql<{ protocol: number }>(`SELECT t.protocol FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number LIKE '55119170%'`),
    (found) => found.length === 50,
    '50 tickets',
    60_000,
  );
  const protocols = rows.map((r) => r.protocol).sort((a, b) => a - b);
  expect(protocols).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));
  const [counter] = await sql<{ lastProtocol: number }>(`SELECT "lastProtocol" FROM "TicketProtocols" WHERE "companyId" = :companyId`, { companyId });
  expect(counter!.lastProtocol).toBe(before + 50);

  // The ticket as the API shows it carries its number.
  const id = await ticketIdOf(contacts[7]!);
  const [own] = await sql<{ protocol: number }>(`SELECT protocol FROM "Tickets" WHERE id = :id`, { id });
  expect((await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket.protocol).toBe(own!.protocol);
}, 120_000);

it('numbers 50 conversations started at once by attendants, and a start refused (an active ticket exists) spends no number', async () => {
  const companyId = await companyOf(admin.token);
  const newContact = async (i: number): Promise<number> =>
    (await app.api.post('/api/contacts', { name: `Início ${i}`, number: `55119171${String(i).padStart(5, '0')}` }, { token: admin.token })).body.contact.id;
  const busy = await Promise.all([100, 101, 102, 103, 104].map(newContact));
  for (const contactId of busy) expect((await app.api.post('/api/tickets', { contactId }, { token: admin.token })).status).toBe(201);
  const fresh = await Promise.all(Array.from({ length: 50 }, (_, i) => newContact(i)));
  const before = await lastProtocol(companyId);

  const answers = await Promise.all([...fresh, ...busy].map((contactId) => app.api.post('/api/tickets', { contactId }, { token: admin.token })));
  const started = answers.filter((a) => a.status === 201).map((a) => a.body.ticket.protocol as number);
  expect(answers.filter((a) => a.status !== 201)).toHaveLength(busy.length);
  expect(started.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));
  expect(await lastProtocol(companyId)).toBe(before + 50);
}, 120_000);

it('finds a ticket by its protocol, typed "#2041" or "2041"', async () => {
  const contact = sim.contact('5511917199901', { pushName: 'Protocolo Busca' });
  await contact.sendText(sim.phone(PHONE), 'quero saber do meu pedido');
  const id = await ticketIdOf(contact);
  const { protocol } = (await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket as { protocol: number };
  const search = async (text: string) =>
    ((await app.api.get(`/api/tickets?status=pending&search=${encodeURIComponent(text)}`, { token: admin.token })).body.tickets as { id: number }[]).map(
      (t) => t.id,
    );
  expect(await search(`#${protocol}`)).toEqual([id]);
  expect(await search(`${protocol}`)).toContain(id);
  expect(await search(`#${protocol + 100_000}`)).toEqual([]);
  // Words still search as before.
  expect(await search('meu pedido')).toEqual([id]);
}, 60_000);

it('says {{protocol}} in the greeting, the farewell and quick replies', async () => {
  await app.api.put(
    `/api/whatsapps/${whatsappId}`,
    { greetingMessage: 'Olá! Seu protocolo é #{{protocol}}.', farewellMessage: 'Atendimento #{{ protocol }} encerrado. Até logo, {{firstName}}!' },
    { token: admin.token },
  );
  try {
    const bia = sim.contact('5511917199902', { pushName: 'Bia Costa' });
    await bia.sendText(sim.phone(PHONE), 'oi');
    const id = await ticketIdOf(bia);
    const { protocol } = (await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket as { protocol: number };
    expect((await bia.nextMessage({ timeoutMs: 15_000 })).text).toBe(`Olá! Seu protocolo é #${protocol}.`);

    const reply = await app.api.post('/api/quick-replies', { shortcut: 'proto', message: 'Anote o protocolo {{protocol}}' }, { token: admin.token });
    expect(reply.status).toBe(201);
    const rendered = await app.api.get(`/api/quick-replies/${reply.body.quickReply.id}/rendered?ticketId=${id}`, { token: admin.token });
    expect(rendered.body.text).toBe(`Anote o protocolo ${protocol}`);

    expect((await put(id, { action: 'accept' })).status).toBe(200);
    expect((await put(id, { action: 'close' })).status).toBe(200);
    expect((await bia.nextMessage({ timeoutMs: 15_000 })).text).toBe(`Atendimento #${protocol} encerrado. Até logo, Bia!`);
  } finally {
    await app.api.put(`/api/whatsapps/${whatsappId}`, { greetingMessage: '', farewellMessage: '' }, { token: admin.token });
  }
}, 60_000);

it('never leaves a raw {{protocol}} where there is no ticket', () => {
  expect(renderTemplate('Protocolo: {{protocol}}.', { timezone: 'America/Sao_Paulo' })).toBe('Protocolo: .');
  expect(renderTemplate('#{{protocol}}', { timezone: 'America/Sao_Paulo', protocol: 2041 })).toBe('#2041');
});

it('signs an attendant’s messages on WhatsApp when the company and the user want it, and keeps who sent each', async () => {
  const caio = sim.contact('5511917199903', { pushName: 'Caio' });
  await caio.sendText(sim.phone(PHONE), 'bom dia');
  const id = await ticketIdOf(caio);
  expect((await put(id, { action: 'accept' }, ana.token)).status).toBe(200);
  const send = async (body: string) => {
    const sent = await app.api.post(`/api/messages/${id}`, { body }, { token: ana.token });
    expect(sent.status).toBe(201);
    return {
      message: sent.body.message as { id: number; body: string; userId: number | null; userName: string | null; signature: string | null },
      received: await caio.nextMessage({ timeoutMs: 15_000 }),
    };
  };

  // Off by default: the text as typed.
  const plain = await send('Tudo certo?');
  expect(plain.received.text).toBe('Tudo certo?');
  expect(plain.message).toMatchObject({ body: 'Tudo certo?', userId: ana.id, userName: 'Ana', signature: null });

  await settings({ attendantSignature: true });
  try {
    const signed = await send('Seu pedido saiu para entrega.');
    expect(signed.received.text).toBe('*Ana:*\nSeu pedido saiu para entrega.');
    // The attendant's own text is what Atende shows and searches; the signature is kept beside it.
    expect(signed.message).toMatchObject({ body: 'Seu pedido saiu para entrega.', userId: ana.id, signature: 'Ana' });
    const history = (await app.api.get(`/api/messages/${id}`, { token: admin.token })).body.messages as {
      id: number;
      userId: number | null;
      userName: string | null;
    }[];
    expect(history.find((m) => m.id === signed.message.id)).toMatchObject({ userId: ana.id, userName: 'Ana' });
    // The contact's messages belong to nobody in Atende.
    expect(history.filter((m) => m.id !== signed.message.id && m.id !== plain.message.id).every((m) => m.userId === null)).toBe(true);

    // Ana turns it off for herself.
    const off = await app.api.put('/api/auth/preferences', { signMessages: false }, { token: ana.token });
    expect(off.body.user.signMessages).toBe(false);
    const unsigned = await send('Qualquer dúvida, estou aqui.');
    expect(unsigned.received.text).toBe('Qualquer dúvida, estou aqui.');
    expect(unsigned.message).toMatchObject({ userId: ana.id, signature: null });
  } finally {
    await app.api.put('/api/auth/preferences', { signMessages: true }, { token: ana.token });
    await settings({ attendantSignature: false });
  }

  // Atende's own texts carry no user.
  await app.api.put(`/api/whatsapps/${whatsappId}`, { farewellMessage: 'Até mais!' }, { token: admin.token });
  try {
    expect((await put(id, { action: 'close' }, ana.token)).status).toBe(200);
    expect((await caio.nextMessage({ timeoutMs: 15_000 })).text).toBe('Até mais!');
    const [farewell] = await sql<{ userId: number | null }>(`SELECT "userId" FROM "Messages" WHERE "ticketId" = :id AND automatic ORDER BY id DESC LIMIT 1`, {
      id,
    });
    expect(farewell!.userId).toBeNull();
  } finally {
    await app.api.put(`/api/whatsapps/${whatsappId}`, { farewellMessage: '' }, { token: admin.token });
  }
}, 90_000);

/** A contact made through the API (no ticket yet); its id. */
const contactNamed = async (name: string, number: string): Promise<number> =>
  (await app.api.post('/api/contacts', { name, number }, { token: admin.token })).body.contact.id;
const ticketView = async (id: number) =>
  (await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket as { protocol: number; contact: { id: number } };

it('fills {{protocol}} in a scheduled message with the ticket it is written into', async () => {
  const schedule = (contactId: number) =>
    app.api.post(
      '/api/scheduled-messages',
      { contactId, body: 'Lembrete do atendimento #{{protocol}}.', sendAt: new Date(Date.now() + 1000).toISOString() },
      { token: admin.token },
    );

  // A customer talking to the company: the message joins their ticket and says its number.
  const dora = sim.contact('5511917199911', { pushName: 'Dora' });
  await dora.sendText(sim.phone(PHONE), 'oi');
  const doraTicket = await ticketView(await ticketIdOf(dora));
  expect((await schedule(doraTicket.contact.id)).status).toBe(201);
  expect((await dora.nextMessage({ timeoutMs: 30_000 })).text).toBe(`Lembrete do atendimento #${doraTicket.protocol}.`);

  // Nobody talking: the ticket opened for the message (the author's), and its number.
  const edu = sim.contact('5511917199912', { pushName: 'Edu' });
  expect((await schedule(await contactNamed('Edu', '5511917199912'))).status).toBe(201);
  const received = await edu.nextMessage({ timeoutMs: 30_000 });
  const opened = await ticketView((await until(() => ticketOf(edu.pn), Boolean, "Edu's ticket"))!.id);
  expect(received.text).toBe(`Lembrete do atendimento #${opened.protocol}.`);
}, 60_000);

it('fills {{protocol}} in a campaign with the conversation it joins or opens; empty where it only goes into the history', async () => {
  const caller = { api: app.api, token: admin.token };
  const body = 'Protocolo {{protocol}}: nossa novidade';
  const companyId = await companyOf(admin.token);
  // Talking to the company already: an active ticket.
  const fabi = sim.contact('5511917199921', { pushName: 'Fabi' });
  await fabi.sendText(sim.phone(PHONE), 'olá');
  const fabiTicket = await ticketView(await ticketIdOf(fabi));
  const gui = sim.contact('5511917199922', { pushName: 'Gui' });
  const hana = sim.contact('5511917199923', { pushName: 'Hana' });
  const [guiId, hanaId] = [await contactNamed('Gui', gui.pn), await contactNamed('Hana', hana.pn)];

  // 'open': Fabi's message joins her ticket; Gui gets a waiting ticket made for it, its card showing the number too.
  const queueId = await createQueue(companyId, 'Campanha protocolo');
  const open = await startCampaignThroughApi(caller, {
    whatsappId,
    contactIds: [fabiTicket.contact.id, guiId],
    messages: [body],
    ratePerMinute: 120,
    ticketMode: 'open',
    queueId,
  });
  await campaignFinished(caller, open.id);
  expect((await fabi.nextMessage({ timeoutMs: 30_000 })).text).toBe(`Protocolo ${fabiTicket.protocol}: nossa novidade`);
  const guiText = (await gui.nextMessage({ timeoutMs: 30_000 })).text;
  const guiTicket = (await app.api.get(`/api/tickets/${(await ticketOf(gui.pn))!.id}`, { token: admin.token })).body.ticket;
  expect(guiTicket).toMatchObject({ status: 'pending', queueId, lastMessage: `Protocolo ${guiTicket.protocol}: nossa novidade` });
  expect(guiText).toBe(`Protocolo ${guiTicket.protocol}: nossa novidade`);

  // 'log' (history only): Hana has no conversation, her message goes into a closed ticket and quotes no number.
  const log = await startCampaignThroughApi(caller, { whatsappId, contactIds: [hanaId], messages: [body], ratePerMinute: 120, ticketMode: 'log' });
  await campaignFinished(caller, log.id);
  expect((await hana.nextMessage({ timeoutMs: 30_000 })).text).toBe('Protocolo : nossa novidade');
  expect(await ticketOf(hana.pn)).toMatchObject({ status: 'closed' });

  // The wizard's preview cannot know the ticket yet: the number comes out empty, never a raw {{protocol}}.
  const preview = await app.api.post('/api/campaigns/preview', { messages: [{ body }], target: { contactIds: [guiId] } }, { token: admin.token });
  expect(preview.body.bodies).toEqual(['Protocolo : nossa novidade']);
}, 90_000);
