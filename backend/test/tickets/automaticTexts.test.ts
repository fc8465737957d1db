import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { localClock } from '../../src/lib/businessHours.js';
import type { TestApp } from '../support/testApp.js';
import { record } from '../support/sockets.js';
import { connectWhatsapp, startConnectedApp } from '../support/whatsapp.js';
import { ticketOf } from '../support/factories.js';
import { until } from '../support/waiting.js';
import { automaticTexts, customerMessages } from '../support/botTurns.js';

// What customers receive from Atende by itself (greetings, menus, out-of-hours notices, farewells) and what
// those texts do to the attendants' list, with the customers played by the simulator.
const PHONE = '5511999990040'; // a connection without queues
const MENU_PHONE = '5511999990041'; // a connection with a menu of two queues
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string };
let socket: Socket;
let seen: ReturnType<typeof customerMessages>;
let plain: number;

type AppMessage = {
  action: string;
  message: { body: string; fromMe: boolean; automatic: boolean };
  ticket: { id: number; lastMessage: string; unreadMessages: number };
};
let events: AppMessage[];

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin, whatsappId: plain } = started);
  socket = started.adminSocket;
  seen = customerMessages(socket);
  events = record<AppMessage>(socket, 'appMessage');
  await app.api.put(
    `/api/whatsapps/${plain}`,
    {
      greetingMessage: 'Olá, {{firstName}}! Seu número {{number}} já está na fila.',
      farewellMessage: 'Obrigado, {{name}}! Quem te atendeu foi {{attendant}}.',
    },
    { token: admin.token },
  );
  const menu = await connectWhatsapp(app.api, admin.token, socket, sim, MENU_PHONE, 'Menu');
  await app.api.put(
    `/api/whatsapps/${menu}`,
    { greetingMessage: 'Oi, {{firstName}}! Escolha uma opção:', farewellMessage: 'Até logo, {{firstName}}!' },
    { token: admin.token },
  );
  for (const [position, name] of ['Vendas', 'Suporte'].entries()) {
    await app.api.post(
      '/api/queues',
      { name, position, greetingMessage: `${name} para {{name}}: em instantes alguém te atende.`, whatsappIds: [menu] },
      { token: admin.token },
    );
  }
}, 90_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const put = (id: number, body: object) => app.api.put(`/api/tickets/${id}`, body, { token: admin.token });

it('renders {{variables}} in the greeting, the menu, the queue greeting and the farewell, as quick replies do', async () => {
  const fabio = sim.contact('5511955550001', { pushName: 'Fábio Lima' });
  await fabio.sendText(sim.phone(PHONE), 'boa tarde');
  expect((await fabio.nextMessage({ timeoutMs: 15_000 })).text).toBe('Olá, Fábio! Seu número 5511955550001 já está na fila.');
  const { id } = (await ticketOf('5511955550001'))!;
  expect((await put(id, { action: 'accept' })).status).toBe(200);
  expect((await put(id, { action: 'close' })).status).toBe(200);
  expect((await fabio.nextMessage({ timeoutMs: 15_000 })).text).toBe('Obrigado, Fábio Lima! Quem te atendeu foi Administrador.');

  const gabi = sim.contact('5511955550002', { pushName: 'Gabriela Souza' });
  await gabi.sendText(sim.phone(MENU_PHONE), 'oi');
  expect((await gabi.nextMessage({ timeoutMs: 15_000 })).text).toBe('Oi, Gabriela! Escolha uma opção:\n\n*1* - Vendas\n*2* - Suporte');
  await gabi.sendText(sim.phone(MENU_PHONE), '2');
  expect((await gabi.nextMessage({ timeoutMs: 15_000 })).text).toBe('Suporte para Gabriela Souza: em instantes alguém te atende.');
}, 60_000);

it('keeps the customer’s words as the preview and their messages unread while Atende answers by itself', async () => {
  const customers = [
    { number: '5511955550011', name: 'Helena', text: 'Quero saber o preço do plano anual' },
    { number: '5511955550012', name: 'Igor', text: 'Meu boleto venceu, e agora?' },
    { number: '5511955550013', name: 'Júlia', text: 'Vocês abrem sábado?' },
  ];
  for (const c of customers) {
    const contact = sim.contact(c.number, { pushName: c.name });
    await contact.sendText(sim.phone(MENU_PHONE), c.text);
    expect((await contact.nextMessage({ timeoutMs: 15_000 })).text).toContain('*1* - Vendas'); // the menu
  }
  const { tickets } = (await app.api.get('/api/tickets?status=pending', { token: admin.token })).body;
  for (const c of customers) {
    const ticket = tickets.find((t: { contact: { number: string } }) => t.contact.number === c.number);
    expect([c.name, ticket.lastMessage, ticket.unreadMessages]).toEqual([c.name, c.text, 1]);
  }
  // The menu's own event tells open lists the same: the preview and the badge stay.
  const julia = tickets.find((t: { contact: { number: string } }) => t.contact.number === '5511955550013');
  const menuEvent = events.find((e) => e.action === 'create' && e.message.fromMe && e.ticket.id === julia.id);
  expect(menuEvent?.message.automatic).toBe(true);
  expect(menuEvent?.ticket).toMatchObject({ lastMessage: 'Vocês abrem sábado?', unreadMessages: 1 });

  // An attendant's own reply does move the preview and mark the customer's messages read.
  const helena = tickets.find((t: { contact: { number: string } }) => t.contact.number === '5511955550011');
  await put(helena.id, { action: 'accept' });
  await app.api.post(`/api/messages/${helena.id}`, { body: 'Oi Helena, já te passo.' }, { token: admin.token });
  expect((await app.api.get(`/api/tickets/${helena.id}`, { token: admin.token })).body.ticket).toMatchObject({
    lastMessage: 'Oi Helena, já te passo.',
    unreadMessages: 0,
  });
  // …and a farewell (automatic) leaves it.
  await put(helena.id, { action: 'close' });
  await until(
    () => automaticTexts(helena.id),
    (texts) => texts.includes('Até logo, Helena!'),
    'the farewell',
  );
  expect((await app.api.get(`/api/tickets/${helena.id}`, { token: admin.token })).body.ticket.lastMessage).toBe('Oi Helena, já te passo.');
}, 60_000);

it('out of the company’s hours, a connection without queues sends the company’s out-of-hours message instead of its greeting, once per closed period', async () => {
  // Open only for the first minute of yesterday: closed now, and closed since then.
  const yesterday = String((Number(localClock('America/Sao_Paulo', new Date()).weekday) + 6) % 7);
  await app.api.put(
    '/api/settings',
    { businessHours: { [yesterday]: [{ start: '00:00', end: '00:01' }] }, outOfHoursMessage: 'Estamos fechados, {{firstName}}. Voltamos amanhã!' },
    { token: admin.token },
  );

  const kaio = sim.contact('5511955550021', { pushName: 'Kaio Alves' });
  await kaio.sendText(sim.phone(PHONE), 'alguém aí?');
  expect((await kaio.nextMessage({ timeoutMs: 15_000 })).text).toBe('Estamos fechados, Kaio. Voltamos amanhã!');
  await kaio.sendText(sim.phone(PHONE), 'preciso de ajuda');
  await seen.answered('preciso de ajuda');
  const { id } = (await ticketOf('5511955550021'))!;
  expect(await automaticTexts(id)).toEqual(['Estamos fechados, Kaio. Voltamos amanhã!']);

  // Told in an earlier closed period (three days ago): this period, once more.
  await ctx().sequelize.query(`UPDATE "Tickets" SET "outOfHoursSentAt" = now() - interval '3 days' WHERE id = :id`, { replacements: { id } });
  await kaio.sendText(sim.phone(PHONE), 'oi de novo');
  expect((await kaio.nextMessage({ timeoutMs: 15_000 })).text).toBe('Estamos fechados, Kaio. Voltamos amanhã!');
  await until(
    () => automaticTexts(id),
    (texts) => texts.length === 2,
    'the second notice stored',
  );

  // The default text (pt-BR) when the admin wrote none of their own.
  await app.api.put(
    '/api/settings/outOfHoursMessage',
    { value: 'Olá! No momento estamos fora do horário de atendimento. Sua mensagem ficou registrada e responderemos assim que possível.' },
    { token: admin.token },
  );
  const lia = sim.contact('5511955550022', { pushName: 'Lia' });
  await lia.sendText(sim.phone(PHONE), 'olá');
  expect((await lia.nextMessage({ timeoutMs: 15_000 })).text).toBe(
    'Olá! No momento estamos fora do horário de atendimento. Sua mensagem ficou registrada e responderemos assim que possível.',
  );
  await app.api.put('/api/settings/businessHours', { value: null }, { token: admin.token });
}, 60_000);

it('says "Opção inválida." in the company’s own words when it wrote them', async () => {
  await app.api.put('/api/settings/chatbotInvalidOptionMessage', { value: 'Invalid option, {{firstName}}.' }, { token: admin.token });
  const mila = sim.contact('5511955550031', { pushName: 'Mila' });
  await mila.sendText(sim.phone(MENU_PHONE), 'hello');
  await mila.nextMessage({ timeoutMs: 15_000 });
  await mila.sendText(sim.phone(MENU_PHONE), '9');
  expect((await mila.nextMessage({ timeoutMs: 15_000 })).text).toBe('Invalid option, Mila.\n\n*1* - Vendas\n*2* - Suporte');
}, 60_000);
