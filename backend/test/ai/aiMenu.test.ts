import type { Socket } from 'socket.io-client';
import { agentReply, type FakeOpenAi, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { aiStepSettled } from '../../src/services/ai/subscribeAiStep.js';
import { aiState, attachAgent, createAgent, requestsAbout, rolesAndTexts, startAiApp } from '../support/ai.js';
import { createAttendant, type Attendant, ticketIdOf } from '../support/factories.js';
import { connectSocket } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// How the menu and the AI agent combine: the connection's menu (and a queue's options) runs first, as it always
// did; the agent of the queue the customer lands in takes the conversation over from there — the bot phase
// starts with the filing, so distribution never offers the ticket to the queue's attendants meanwhile. A queue
// without an agent works as before.
const PHONE = '5511999990135';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;
let rita: Attendant;
let ritaSocket: Socket;
let vendas: number;
let suporte: number;
let cursos: number;

beforeAll(async () => {
  const started = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' });
  ({ ai, sim, app, stop } = started);
  token = started.admin.token;
  const { whatsappId } = started;
  rita = await createAttendant(app.api, token, 'Rita');
  await app.api.put(`/api/whatsapps/${whatsappId}`, { greetingMessage: 'Olá! Escolha uma opção:' }, { token });
  const queue = async (name: string, position: number) =>
    (
      await app.api.post(
        '/api/queues',
        { name, position, greetingMessage: `Bem-vindo a ${name}!`, distribution: 'round_robin', userIds: [rita.id], whatsappIds: [whatsappId] },
        { token },
      )
    ).body.queue.id as number;
  vendas = await queue('Vendas', 1);
  suporte = await queue('Suporte', 2);
  cursos = await queue('Cursos', 3);
  await app.api.post('/api/queue-options', { queueId: cursos, title: 'Valores', message: 'O curso de barbeiro custa R$ 900.', position: 1 }, { token });
  const agentId = await createAgent(app.api, token, ai);
  await attachAgent(app.api, token, { queueId: vendas }, agentId);
  await attachAgent(app.api, token, { queueId: cursos }, agentId);
  ritaSocket = await connectSocket(app.url, rita.token); // online and free in every queue
}, 90_000);
afterAll(async () => {
  ritaSocket?.close();
  await stop?.();
});

const MENU = 'Olá! Escolha uma opção:\n\n*1* - Vendas\n*2* - Suporte\n*3* - Cursos';
const next = async (c: SimContact) => (await c.nextMessage({ timeoutMs: 30_000 })).text;

it('shows the menu first, then the agent of the chosen queue answers; the ticket is never offered to the queue’s attendant meanwhile', async () => {
  const ana = sim.contact('5511944441351', { pushName: 'Ana' });
  await ana.sendText(sim.phone(PHONE), 'Ana: oi');
  expect(await next(ana)).toBe(MENU);
  const ticketId = await ticketIdOf(ana);
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, queueId: null });

  await ana.sendText(sim.phone(PHONE), '1');
  expect(await next(ana)).toBe('Bem-vindo a Vendas!');
  expect(await aiState(ticketId)).toMatchObject({ botActive: true, queueId: vendas, status: 'pending', userId: null });

  ai.script({ json: agentReply({ reply: 'O corte masculino custa R$ 50,00.' }) });
  await ana.sendText(sim.phone(PHONE), 'Ana: quanto custa o corte?');
  expect(await next(ana)).toBe('O corte masculino custa R$ 50,00.');
  // Rita was online and free in Vendas all along: the ticket is still nobody's.
  expect(await aiState(ticketId)).toMatchObject({ botActive: true, status: 'pending', userId: null, aiTurns: 1 });
  // One call, for the question: neither "oi" nor the menu choice was the AI's to answer, but it reads them.
  await aiStepSettled();
  expect(requestsAbout(ai, 'Ana:')).toHaveLength(1);
  expect(rolesAndTexts(requestsAbout(ai, 'Ana:')[0]!).slice(1)).toEqual([
    { role: 'user', text: 'Ana: oi' },
    { role: 'assistant', text: MENU },
    { role: 'user', text: '1' },
    { role: 'assistant', text: 'Bem-vindo a Vendas!' },
    { role: 'user', text: 'Ana: quanto custa o corte?' },
  ]);
}, 60_000);

it('works as before in a queue without an agent: the ticket goes to the attendant, the AI is never asked', async () => {
  const bia = sim.contact('5511944441352', { pushName: 'Bia' });
  await bia.sendText(sim.phone(PHONE), 'Bia: oi');
  expect(await next(bia)).toBe(MENU);
  await bia.sendText(sim.phone(PHONE), '2');
  expect(await next(bia)).toBe('Bem-vindo a Suporte!');
  const ticketId = await ticketIdOf(bia);
  await until(
    () => aiState(ticketId),
    (s) => s.userId === rita.id,
    'the ticket given to Rita',
  );
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, queueId: suporte, status: 'open' });
  await bia.sendText(sim.phone(PHONE), 'Bia: meu pedido não chegou');
  await until(
    async () => (await app.api.get(`/api/messages/${ticketId}`, { token: rita.token })).body.messages.length,
    (n) => n === 5,
    'the message stored',
  );
  await aiStepSettled();
  expect(requestsAbout(ai, 'Bia:')).toEqual([]);
}, 60_000);

it('lets the customer walk a queue’s options first; the agent takes over when they are done', async () => {
  const caio = sim.contact('5511944441353', { pushName: 'Caio' });
  await caio.sendText(sim.phone(PHONE), 'Caio: oi');
  expect(await next(caio)).toBe(MENU);
  await caio.sendText(sim.phone(PHONE), '3');
  expect(await next(caio)).toBe('Bem-vindo a Cursos!\n\n*1* - Valores\n*#* - Voltar');
  const ticketId = await ticketIdOf(caio);
  // In the options: the menu's, not the AI's yet.
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, queueId: cursos, userId: null });
  await caio.sendText(sim.phone(PHONE), '1');
  expect(await next(caio)).toBe('O curso de barbeiro custa R$ 900.');
  await until(
    () => aiState(ticketId),
    (s) => s.botActive,
    'the bot phase started',
  );

  ai.script({ json: agentReply({ reply: 'As próximas turmas começam em março.' }) });
  await caio.sendText(sim.phone(PHONE), 'Caio: quando começa?');
  expect(await next(caio)).toBe('As próximas turmas começam em março.');
  expect(await aiState(ticketId)).toMatchObject({ botActive: true, status: 'pending', userId: null, aiReplies: ['As próximas turmas começam em março.'] });
}, 60_000);
