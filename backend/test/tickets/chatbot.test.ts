import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { expireMenus } from '../../src/services/chatbot/subscribeChatbot.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket } from '../support/sockets.js';
import { connectWhatsapp } from '../support/whatsapp.js';
import { createAttendant, ticketOf } from '../support/factories.js';
import { until } from '../support/waiting.js';
import { automaticTexts, customerMessages } from '../support/botTurns.js';

// The options menu, played end to end: the customer (simulator) reads the menu and answers it.
const PHONE = '5511999990030';
let sim: WaSimulator;
let app: TestApp;
let token: string;
let socket: Socket;
let seen: ReturnType<typeof customerMessages>;
let whatsappId: number;
let vendas: number;
let suporte: number;
let plantao: number;

beforeAll(async () => {
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  socket = await connectSocket(app.url, token);
  seen = customerMessages(socket);
  whatsappId = await connectWhatsapp(app.api, token, socket, sim, PHONE);
  await app.api.put(`/api/whatsapps/${whatsappId}`, { greetingMessage: 'Olá! Escolha uma opção:' }, { token });
  const create = async (body: object) => (await app.api.post('/api/queues', { ...body, whatsappIds: [whatsappId] }, { token })).body.queue.id as number;
  vendas = await create({ name: 'Vendas', position: 1, greetingMessage: 'Bem-vindo às Vendas!' });
  suporte = await create({ name: 'Suporte', position: 2, greetingMessage: 'Suporte aqui, em que posso ajudar?' });
  // Never open: every weekday without intervals.
  const closed = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, []]));
  plantao = await create({
    name: 'Plantão',
    position: 3,
    greetingMessage: 'Em instantes um plantonista te atende.',
    outOfHoursMessage: 'Estamos fechados; respondemos amanhã.',
    schedules: closed,
  });
}, 60_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

// The menu of three queues above is every test's starting point: a test that adds to it takes it away again.
const undo: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of undo.splice(0).reverse()) await step();
});

const MENU = 'Olá! Escolha uma opção:\n\n*1* - Vendas\n*2* - Suporte\n*3* - Plantão';
const INVALID = 'Opção inválida.\n\n*1* - Vendas\n*2* - Suporte\n*3* - Plantão';

it('shows the menu, says "Opção inválida." before repeating it, and files the ticket in the chosen queue with its greeting', async () => {
  const ana = sim.contact('5511944440001', { pushName: 'Ana' });
  await ana.sendText(sim.phone(PHONE), 'oi');
  expect((await ana.nextMessage({ timeoutMs: 15_000 })).text).toBe(MENU);

  await ana.sendText(sim.phone(PHONE), 'quero falar com alguém');
  expect((await ana.nextMessage({ timeoutMs: 15_000 })).text).toBe(INVALID);
  expect((await ticketOf('5511944440001'))!.queueId).toBeNull();

  await ana.sendText(sim.phone(PHONE), '2');
  expect((await ana.nextMessage({ timeoutMs: 15_000 })).text).toBe('Suporte aqui, em que posso ajudar?');
  const ticket = await until(
    () => ticketOf('5511944440001'),
    (t) => t?.queueId === suporte,
    'the ticket in Suporte',
  );
  expect(ticket).toMatchObject({ status: 'pending', queueId: suporte });
  const history = (await app.api.get(`/api/tickets/${ticket!.id}/history`, { token })).body.history;
  expect(history).toEqual([expect.objectContaining({ action: 'transferred', userId: null, fromQueueId: null, toQueueId: suporte })]);

  // Once filed, the customer's messages are theirs to the attendants: no menu again.
  await ana.sendText(sim.phone(PHONE), 'meu pedido não chegou');
  await seen.answered('meu pedido não chegou');
  expect(await automaticTexts(ticket!.id)).toEqual([MENU, INVALID, 'Suporte aqui, em que posso ajudar?']);
}, 60_000);

it('answers a closed queue with its out-of-hours notice alone, once: no greeting promising an answer, no menu', async () => {
  const bia = sim.contact('5511944440002', { pushName: 'Bia' });
  await bia.sendText(sim.phone(PHONE), 'boa noite');
  expect((await bia.nextMessage({ timeoutMs: 15_000 })).text).toBe(MENU);
  await bia.sendText(sim.phone(PHONE), '3');
  expect((await bia.nextMessage({ timeoutMs: 15_000 })).text).toBe('Estamos fechados; respondemos amanhã.');
  await bia.sendText(sim.phone(PHONE), 'alô?');
  await seen.answered('alô?');
  const ticket = (await ticketOf('5511944440002'))!;
  expect(ticket).toMatchObject({ queueId: plantao, status: 'pending' });
  expect(await automaticTexts(ticket.id)).toEqual([MENU, 'Estamos fechados; respondemos amanhã.']);
}, 60_000);

it('walks nested options inside the queue: a sub-menu, `#` to go back, an invalid answer, a leaf routes the ticket', async () => {
  // Suporte gets options: 1 - Segunda via (answers with a message, stays in Suporte), 2 - Técnico (sub-menu:
  // 1 - Internet → files the ticket in Vendas, just to show a target queue).
  const add = async (body: object) => (await app.api.post('/api/queue-options', body, { token })).body.option.id as number;
  const segundaVia = await add({ queueId: suporte, title: 'Segunda via', message: 'Sua segunda via foi enviada por e-mail.', position: 1 });
  const tecnico = await add({ queueId: suporte, title: 'Técnico', message: 'Qual o problema?', position: 2 });
  undo.push(...[segundaVia, tecnico].map((id) => () => app.api.delete(`/api/queue-options/${id}`, { token }))); // sub-options go with them
  await add({ queueId: suporte, parentId: tecnico, title: 'Internet', targetQueueId: vendas });
  const loop = await app.api.put(`/api/queue-options/${tecnico}`, { parentId: tecnico }, { token });
  expect(loop.body.error.code).toBe('ERR_QUEUE_OPTION_LOOP');

  const dani = sim.contact('5511944440004', { pushName: 'Dani' });
  const next = async () => (await dani.nextMessage({ timeoutMs: 15_000 })).text;
  await dani.sendText(sim.phone(PHONE), 'oi');
  expect(await next()).toBe(MENU);
  await dani.sendText(sim.phone(PHONE), '2');
  expect(await next()).toBe('Suporte aqui, em que posso ajudar?\n\n*1* - Segunda via\n*2* - Técnico\n*#* - Voltar');
  // Inside Suporte's options the ticket is in Suporte (its attendants see it waiting there).
  expect((await ticketOf('5511944440004'))!).toMatchObject({ queueId: suporte, status: 'pending', userId: null });
  await dani.sendText(sim.phone(PHONE), '2');
  expect(await next()).toBe('Qual o problema?\n\n*1* - Internet\n*#* - Voltar');
  await dani.sendText(sim.phone(PHONE), '7');
  expect(await next()).toBe('Opção inválida.\n\n*1* - Internet\n*#* - Voltar');
  await dani.sendText(sim.phone(PHONE), '#');
  expect(await next()).toBe('*1* - Segunda via\n*2* - Técnico\n*#* - Voltar');
  expect((await ticketOf('5511944440004'))!.queueId).toBe(suporte);
  await dani.sendText(sim.phone(PHONE), '#');
  expect(await next()).toBe('*1* - Vendas\n*2* - Suporte\n*3* - Plantão');
  // Back to choosing a queue: out of Suporte.
  expect((await ticketOf('5511944440004'))!.queueId).toBeNull();
  await dani.sendText(sim.phone(PHONE), '2');
  await next();
  await dani.sendText(sim.phone(PHONE), '2');
  await next();
  await dani.sendText(sim.phone(PHONE), '1');
  expect(
    await until(
      () => ticketOf('5511944440004'),
      (t) => t?.queueId === vendas,
      'the ticket in Vendas',
    ),
  ).toMatchObject({ status: 'pending' });

  const eli = sim.contact('5511944440005', { pushName: 'Eli' });
  await eli.sendText(sim.phone(PHONE), 'oi');
  await eli.nextMessage({ timeoutMs: 15_000 });
  await eli.sendText(sim.phone(PHONE), '2');
  await eli.nextMessage({ timeoutMs: 15_000 });
  await eli.sendText(sim.phone(PHONE), '1');
  expect((await eli.nextMessage({ timeoutMs: 15_000 })).text).toBe('Sua segunda via foi enviada por e-mail.');
  expect(
    await until(
      () => ticketOf('5511944440005'),
      (t) => t?.queueId === suporte,
      'the ticket in Suporte',
    ),
  ).toBeTruthy();
}, 90_000);

it('holds distribution back while the customer is in a queue’s options, and distributes once they are done', async () => {
  const fiona = await createAttendant(app.api, token, 'Fiona');
  const financeiro = (
    await app.api.post(
      '/api/queues',
      { name: 'Financeiro', position: 4, distribution: 'round_robin', userIds: [fiona.id], whatsappIds: [whatsappId] },
      { token },
    )
  ).body.queue.id as number;
  undo.push(() => app.api.delete(`/api/queues/${financeiro}`, { token }));
  await app.api.post('/api/queue-options', { queueId: financeiro, title: 'Boleto', message: 'Enviamos o boleto por e-mail.', position: 1 }, { token });
  const fionaOnline = await connectSocket(app.url, fiona.token);
  try {
    const gil = sim.contact('5511944440006', { pushName: 'Gil' });
    await gil.sendText(sim.phone(PHONE), 'oi');
    expect((await gil.nextMessage({ timeoutMs: 15_000 })).text).toBe(`${MENU}\n*4* - Financeiro`);
    await gil.sendText(sim.phone(PHONE), '4');
    expect((await gil.nextMessage({ timeoutMs: 15_000 })).text).toBe('*1* - Boleto\n*#* - Voltar');
    // Had Fiona been given the ticket now, the bot would no longer answer the options.
    await gil.sendText(sim.phone(PHONE), '1');
    expect((await gil.nextMessage({ timeoutMs: 15_000 })).text).toBe('Enviamos o boleto por e-mail.');
    const ticket = await until(
      () => ticketOf('5511944440006'),
      (t) => t?.userId === fiona.id,
      'the ticket given to Fiona',
    );
    expect(ticket).toMatchObject({ status: 'open', queueId: financeiro });
    const history = (await app.api.get(`/api/tickets/${ticket!.id}/history`, { token })).body.history;
    expect(history.map((h: { action: string; toQueueId: number | null }) => [h.action, h.toQueueId])).toEqual([
      ['transferred', financeiro],
      ['assigned', financeiro],
    ]);
  } finally {
    fionaOnline.close();
  }
}, 60_000);

it('takes a customer who never answers out of the menu after the chatbot timeout, and does not greet them again', async () => {
  const caio = sim.contact('5511944440003', { pushName: 'Caio' });
  await caio.sendText(sim.phone(PHONE), 'olá');
  const menu = (await caio.nextMessage({ timeoutMs: 15_000 })).text ?? '';
  expect(menu.startsWith(MENU)).toBe(true);
  const { id } = (await ticketOf('5511944440003'))!;
  const inMenu = async () =>
    (
      await ctx().sequelize.query<{ s: unknown }>(`SELECT "chatbotState" AS s FROM "Tickets" WHERE id = :id`, { replacements: { id }, type: QueryTypes.SELECT })
    )[0]!.s;
  expect(await inMenu()).not.toBeNull();
  expect(await expireMenus(new Date(Date.now() + 29 * 60_000))).toBe(0);
  expect(await expireMenus(new Date(Date.now() + 31 * 60_000))).toBeGreaterThanOrEqual(1);
  expect(await inMenu()).toBeNull();
  expect((await ticketOf('5511944440003'))!.status).toBe('pending');

  // The ticket now waits for a person: the customer's next message gets no greeting and no menu.
  await caio.sendText(sim.phone(PHONE), 'ainda tem alguém aí?');
  await seen.answered('ainda tem alguém aí?');
  expect(await automaticTexts(id)).toEqual([menu]);
  expect(await ticketOf('5511944440003')).toMatchObject({ status: 'pending', queueId: null });
}, 60_000);

it('an option naming a paused attendant leaves the ticket waiting in the queue (distribution gives it to a colleague); back, they get it', async () => {
  const [hugo, iris] = [await createAttendant(app.api, token, 'Hugo Pausado'), await createAttendant(app.api, token, 'Iris Disponível')];
  const especialistas = (
    await app.api.post(
      '/api/queues',
      { name: 'Especialistas', position: 4, distribution: 'round_robin', userIds: [hugo.id, iris.id], whatsappIds: [whatsappId] },
      { token },
    )
  ).body.queue.id as number;
  undo.push(() => app.api.delete(`/api/queues/${especialistas}`, { token }));
  const option = await app.api.post('/api/queue-options', { queueId: especialistas, title: 'Falar com o Hugo', targetUserId: hugo.id, position: 1 }, { token });
  expect(option.status).toBe(201);
  const online = await Promise.all([connectSocket(app.url, hugo.token), connectSocket(app.url, iris.token)]);
  try {
    expect((await app.api.put(`/api/users/${hugo.id}/availability`, { paused: true, reason: 'Almoço' }, { token: hugo.token })).status).toBe(200);
    const choose = async (number: string) => {
      const customer = sim.contact(number, { pushName: `Cliente ${number.slice(-2)}` });
      await customer.sendText(sim.phone(PHONE), 'oi');
      expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe(`${MENU}\n*4* - Especialistas`);
      await customer.sendText(sim.phone(PHONE), '4');
      expect((await customer.nextMessage({ timeoutMs: 15_000 })).text).toBe('*1* - Falar com o Hugo\n*#* - Voltar');
      await customer.sendText(sim.phone(PHONE), '1');
    };

    // Hugo on a break: not handed the ticket; it waits in the queue and distribution offers it to Iris.
    await choose('5511944440041');
    const whileHugoPaused = await until(
      () => ticketOf('5511944440041'),
      (t) => t?.status === 'open',
      'the ticket distributed',
    );
    expect(whileHugoPaused).toMatchObject({ queueId: especialistas, userId: iris.id });
    const history = (await app.api.get(`/api/tickets/${whileHugoPaused!.id}/history`, { token })).body.history;
    // Into the queue by the menu, filed there by the option (not to Hugo), then distributed.
    expect(history.map((h: { action: string; toStatus: string; toUserId: number | null }) => [h.action, h.toStatus, h.toUserId])).toEqual([
      ['transferred', 'pending', null],
      ['transferred', 'pending', null],
      ['assigned', 'open', iris.id],
    ]);

    // Back from the break: the option gives him the next customer directly.
    expect((await app.api.put(`/api/users/${hugo.id}/availability`, { paused: false }, { token: hugo.token })).status).toBe(200);
    await choose('5511944440042');
    const hugoBack = await until(
      () => ticketOf('5511944440042'),
      (t) => t?.status === 'open',
      'the ticket given to Hugo',
    );
    expect(hugoBack).toMatchObject({ queueId: especialistas, userId: hugo.id });
  } finally {
    online.forEach((s) => s.close());
  }
}, 90_000);
