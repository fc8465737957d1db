import type { InternalChatMessageEvent, InternalChatReadEvent, InternalChatView } from '@atende/contract';
import type { Socket } from 'socket.io-client';
import { createAttendant, type Attendant } from '../support/factories.js';
import { barrier, connectSocket, nextEvent, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// Internal chat (issue 17): direct messages reach exactly their two users' sockets, the channel the whole company
// and nobody else; unread counts and read marks per user; one direct chat per pair even when both open it at once;
// another company's chats and users are 404; bad input is 400. Nothing of it goes to WhatsApp (there is no
// connection in this file at all).
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let ana: Attendant;
let bruno: Attendant;
let carla: Attendant;
let other: { token: string; user: { id: number; companyId: number } };
let sockets: { ana: Socket; bruno: Socket; carla: Socket; other: Socket; ana2: Socket };

const get = (path: string, token: string) => app.api.get(path, { token });
const post = (path: string, body: unknown, token: string) => app.api.post(path, body, { token });
const chatsOf = async (token: string) => (await get('/api/internal-chats', token)).body as { chats: InternalChatView[]; unreadTotal: number };
const direct = async (token: string, userId: number) => (await post('/api/internal-chats/direct', { userId }, token)).body.chat as InternalChatView;
const channelOf = async (token: string) => (await chatsOf(token)).chats.find((c) => c.kind === 'channel')!;
const byBody = (body: string) => (e: InternalChatMessageEvent) => e.message.body === body;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  ana = await createAttendant(app.api, admin.token, 'Ana Interno');
  bruno = await createAttendant(app.api, admin.token, 'Bruno Interno');
  carla = await createAttendant(app.api, admin.token, 'Carla Interno', 'supervisor');
  const company = await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } },
    { token: admin.token },
  );
  expect(company.status).toBe(201);
  other = await app.api.login('bia@b.test', 'bia-pass-1234');
  const [a, b, c, o, a2] = await Promise.all([
    connectSocket(app.url, ana.token),
    connectSocket(app.url, bruno.token),
    connectSocket(app.url, carla.token),
    connectSocket(app.url, other.token),
    connectSocket(app.url, ana.token),
  ]);
  sockets = { ana: a, bruno: b, carla: c, other: o, ana2: a2 };
}, 60_000);
afterAll(async () => {
  for (const s of Object.values(sockets ?? {})) s.close();
  await app?.stop();
});

it('a direct message reaches exactly its sender’s and recipient’s sockets; a third user and another company get nothing', async () => {
  const chat = await direct(ana.token, bruno.id);
  expect(chat).toMatchObject({ kind: 'direct', peer: { id: bruno.id, name: 'Bruno Interno' }, lastMessage: null, unread: 0 });
  const heard = {
    carla: record<InternalChatMessageEvent>(sockets.carla, 'internalChatMessage'),
    other: record<InternalChatMessageEvent>(sockets.other, 'internalChatMessage'),
  };
  const toBruno = nextEvent<InternalChatMessageEvent>(sockets.bruno, 'internalChatMessage', byBody('Oi Bruno, pode me ajudar?'));
  const toAna = nextEvent<InternalChatMessageEvent>(sockets.ana, 'internalChatMessage', byBody('Oi Bruno, pode me ajudar?'));
  const toAnaOtherTab = nextEvent<InternalChatMessageEvent>(sockets.ana2, 'internalChatMessage', byBody('Oi Bruno, pode me ajudar?'));
  const sent = await post(`/api/internal-chats/${chat.id}/messages`, { body: '  Oi Bruno, pode me ajudar?  ' }, ana.token);
  expect(sent.status).toBe(201);
  expect(sent.body.message).toMatchObject({ chatId: chat.id, body: 'Oi Bruno, pode me ajudar?', sender: { id: ana.id, name: 'Ana Interno' } });
  for (const event of await Promise.all([toBruno, toAna, toAnaOtherTab]))
    expect(event).toEqual({ action: 'created', kind: 'direct', message: sent.body.message });
  // A channel message reaches Carla and Bia's company does not have it: once it has arrived at each, the direct
  // one would have too.
  const channel = await channelOf(carla.token);
  await barrier(
    sockets.carla,
    'internalChatMessage',
    () => post(`/api/internal-chats/${channel.id}/messages`, { body: 'marcador 1' }, carla.token),
    byBody('marcador 1'),
  );
  const otherChannel = await channelOf(other.token);
  await barrier(
    sockets.other,
    'internalChatMessage',
    () => post(`/api/internal-chats/${otherChannel.id}/messages`, { body: 'marcador B' }, other.token),
    byBody('marcador B'),
  );
  expect(heard.carla.filter((e) => e.message.chatId === chat.id)).toEqual([]);
  expect(heard.other.filter((e) => e.message.chatId === chat.id || e.message.body === 'marcador 1')).toEqual([]);
});

it('the channel reaches everyone of the company and nobody else', async () => {
  const channel = await channelOf(ana.token);
  expect(channel).toMatchObject({ kind: 'channel', peer: null });
  const otherHeard = record<InternalChatMessageEvent>(sockets.other, 'internalChatMessage');
  const adminSocket = await connectSocket(app.url, admin.token);
  try {
    const everyone = [sockets.ana, sockets.ana2, sockets.bruno, sockets.carla, adminSocket].map((s) =>
      nextEvent<InternalChatMessageEvent>(s, 'internalChatMessage', byBody('Reunião às 15h')),
    );
    const sent = await post(`/api/internal-chats/${channel.id}/messages`, { body: 'Reunião às 15h' }, bruno.token);
    expect(sent.status).toBe(201);
    for (const event of await Promise.all(everyone))
      expect(event).toMatchObject({ kind: 'channel', message: { id: sent.body.message.id, sender: { id: bruno.id } } });
    // The other company's channel is its own chat, and its socket heard nothing of this one.
    const otherChannel = await channelOf(other.token);
    expect(otherChannel.id).not.toBe(channel.id);
    await barrier(
      sockets.other,
      'internalChatMessage',
      () => post(`/api/internal-chats/${otherChannel.id}/messages`, { body: 'marcador B2' }, other.token),
      byBody('marcador B2'),
    );
    expect(otherHeard.map((e) => e.message.body)).toEqual(['marcador B2']);
  } finally {
    adminSocket.close();
  }
});

it('counts unread per chat and in total; reading marks it for every tab of the reader only', async () => {
  const dora = await createAttendant(app.api, admin.token, 'Dora Interno'); // a fresh reader, whatever ran before
  const doraSocket = await connectSocket(app.url, dora.token);
  try {
    const channel = await channelOf(dora.token);
    const before = (await chatsOf(dora.token)).unreadTotal;
    const chat = await direct(bruno.token, dora.id);
    const last = nextEvent<InternalChatMessageEvent>(doraSocket, 'internalChatMessage', byBody('terceira'));
    for (const body of ['primeira', 'segunda', 'terceira'])
      expect((await post(`/api/internal-chats/${chat.id}/messages`, { body }, bruno.token)).status).toBe(201);
    await post(`/api/internal-chats/${channel.id}/messages`, { body: 'no canal' }, ana.token);
    await last;
    const listed = await chatsOf(dora.token);
    expect(listed.chats.find((c) => c.id === chat.id)).toMatchObject({ unread: 3, peer: { id: bruno.id }, lastMessage: { body: 'terceira' } });
    expect(listed.chats[0]!.kind).toBe('channel');
    expect(listed.unreadTotal).toBe(before + 4);
    // The sender's own messages are read.
    expect((await chatsOf(bruno.token)).chats.find((c) => c.id === chat.id)).toMatchObject({ unread: 0, peer: { id: dora.id } });
    const readEvent = nextEvent<InternalChatReadEvent>(doraSocket, 'internalChatRead', (e) => e.chatId === chat.id);
    const brunoReads = record<InternalChatReadEvent>(sockets.bruno, 'internalChatRead');
    const read = await post(`/api/internal-chats/${chat.id}/read`, {}, dora.token);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ chat: { id: chat.id, unread: 0 }, unreadTotal: before + 1 });
    expect(await readEvent).toEqual({ action: 'read', chatId: chat.id });
    await barrier<InternalChatReadEvent>(
      sockets.bruno,
      'internalChatRead',
      () => post(`/api/internal-chats/${chat.id}/read`, {}, bruno.token),
      (e) => e.chatId === chat.id,
    );
    expect(brunoReads).toEqual([{ action: 'read', chatId: chat.id }]); // only his own
    const after = nextEvent<InternalChatMessageEvent>(doraSocket, 'internalChatMessage', byBody('quarta'));
    await post(`/api/internal-chats/${chat.id}/messages`, { body: 'quarta' }, bruno.token);
    await after;
    expect((await chatsOf(dora.token)).chats.find((c) => c.id === chat.id)!.unread).toBe(1);
  } finally {
    doraSocket.close();
  }
});

it('pages the history newest first with a keyset cursor', async () => {
  const chat = await direct(carla.token, ana.id);
  for (let i = 1; i <= 5; i++) await post(`/api/internal-chats/${chat.id}/messages`, { body: `hist ${i}` }, i % 2 ? carla.token : ana.token);
  const first = await get(`/api/internal-chats/${chat.id}/messages?limit=2`, ana.token);
  expect(first.body.messages.map((m: { body: string }) => m.body)).toEqual(['hist 5', 'hist 4']);
  const second = await get(`/api/internal-chats/${chat.id}/messages?limit=2&cursor=${first.body.nextCursor}`, ana.token);
  expect(second.body.messages.map((m: { body: string }) => m.body)).toEqual(['hist 3', 'hist 2']);
  const third = await get(`/api/internal-chats/${chat.id}/messages?limit=2&cursor=${second.body.nextCursor}`, ana.token);
  expect(third.body).toMatchObject({ messages: [{ body: 'hist 1' }], nextCursor: null });
});

it('opens one direct chat per pair, also when both open it at the same moment', async () => {
  const eva = await createAttendant(app.api, admin.token, 'Eva Interno');
  const fabio = await createAttendant(app.api, admin.token, 'Fabio Interno');
  const answers = await Promise.all([
    ...Array.from({ length: 4 }, () => post('/api/internal-chats/direct', { userId: fabio.id }, eva.token)),
    ...Array.from({ length: 4 }, () => post('/api/internal-chats/direct', { userId: eva.id }, fabio.token)),
  ]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
  expect(new Set(answers.map((a) => a.body.chat.id)).size).toBe(1);
  expect(answers.slice(4).every((a) => a.body.chat.peer.id === eva.id)).toBe(true);
  expect((await chatsOf(eva.token)).chats.filter((c) => c.kind === 'direct').map((c) => c.id)).toEqual([answers[0]!.body.chat.id]);
});

it('answers 404 for another company’s chats and users, and for a direct chat of two colleagues', async () => {
  const ours = await direct(ana.token, bruno.id);
  const theirs = await channelOf(other.token);
  for (const [token, chatId] of [
    [other.token, ours.id],
    [carla.token, ours.id], // a direct chat Carla is not part of
    [ana.token, theirs.id],
    [ana.token, 999_999],
  ] as const) {
    expect((await get(`/api/internal-chats/${chatId}/messages`, token)).body.error?.code).toBe('ERR_INTERNAL_CHAT_NOT_FOUND');
    const sent = await post(`/api/internal-chats/${chatId}/messages`, { body: 'intruso' }, token);
    expect([sent.status, sent.body.error?.code]).toEqual([404, 'ERR_INTERNAL_CHAT_NOT_FOUND']);
    expect((await post(`/api/internal-chats/${chatId}/read`, {}, token)).status).toBe(404);
  }
  const cross = await post('/api/internal-chats/direct', { userId: other.user.id }, ana.token);
  expect([cross.status, cross.body.error?.code]).toEqual([404, 'ERR_USER_NOT_FOUND']);
  expect((await post('/api/internal-chats/direct', { userId: ana.id }, other.token)).status).toBe(404);
  const history = await get(`/api/internal-chats/${ours.id}/messages`, ana.token);
  expect(history.body.messages.map((m: { body: string }) => m.body)).not.toContain('intruso');
  // Colleagues: the company's other active users only.
  const colleagues = (await get('/api/internal-chats/colleagues', ana.token)).body.users as { id: number; name: string }[];
  expect(colleagues.map((u) => u.id)).toEqual(expect.arrayContaining([bruno.id, carla.id, admin.user.id]));
  expect(colleagues.map((u) => u.id)).not.toContain(ana.id);
  expect(colleagues.map((u) => u.id)).not.toContain(other.user.id);
});

it('refuses bad input with 400', async () => {
  const chat = await direct(ana.token, bruno.id);
  for (const body of [{}, { body: '' }, { body: '   ' }, { body: 42 }, { body: 'x'.repeat(4001) }, { body: 'ok', extra: 1 }]) {
    const res = await post(`/api/internal-chats/${chat.id}/messages`, body, ana.token);
    expect([res.status, res.body.error?.code]).toEqual([400, 'ERR_VALIDATION']);
  }
  expect((await post('/api/internal-chats/direct', { userId: 'bruno' }, ana.token)).status).toBe(400);
  expect((await post('/api/internal-chats/direct', {}, ana.token)).status).toBe(400);
  expect((await post('/api/internal-chats/direct', { userId: ana.id }, ana.token)).body.error?.code).toBe('ERR_INTERNAL_CHAT_SELF');
  expect((await get(`/api/internal-chats/${chat.id}/messages?cursor=abc`, ana.token)).status).toBe(400);
  expect((await get(`/api/internal-chats/${chat.id}/messages?limit=0`, ana.token)).status).toBe(400);
  expect((await get('/api/internal-chats/abc/messages', ana.token)).status).toBe(400);
  expect((await get('/api/internal-chats', '')).status).toBe(401);
});
