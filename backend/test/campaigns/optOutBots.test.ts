import { agentReply, type FakeOpenAi, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { aiStepSettled } from '../../src/services/ai/subscribeAiStep.js';
import { optOutSettled } from '../../src/services/campaigns/subscribeOptOut.js';
import { chatbotSettled } from '../../src/services/chatbot/subscribeChatbot.js';
import { aiState, attachAgent, createAgent, requestsAbout, startAiApp } from '../support/ai.js';
import { ticketOf } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { connectWhatsapp } from '../support/whatsapp.js';

// "SAIR" wins over the bots: a customer who answers the menu or the AI agent with an opt-out keyword gets the
// confirmation only — no "Opção inválida.", no answer of the model — and the bot goes on from where it was.
const PHONE = '5511999990142'; // answered by an AI agent
const MENU_PHONE = '5511999990143'; // a menu of two queues, no agent
const CONFIRMATION = 'Pronto! Você não receberá mais nossas mensagens promocionais. Se mudar de ideia, é só nos chamar.';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;

beforeAll(async () => {
  const started = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' });
  ({ ai, sim, app, stop } = started);
  const token = started.admin.token;
  await attachAgent(app.api, token, { whatsappId: started.whatsappId }, await createAgent(app.api, token, ai));
  const menu = await connectWhatsapp(app.api, token, started.adminSocket, sim, MENU_PHONE, 'Menu');
  await app.api.put(`/api/whatsapps/${menu}`, { greetingMessage: 'Olá! Escolha uma opção:' }, { token });
  for (const [position, name] of ['Vendas', 'Suporte'].entries()) {
    await app.api.post('/api/queues', { name, position, greetingMessage: `Bem-vindo a ${name}!`, whatsappIds: [menu] }, { token });
  }
}, 90_000);
afterAll(async () => {
  await stop?.();
});

const next = async (c: SimContact) => (await c.nextMessage({ timeoutMs: 30_000 })).text;

it('answers "Parar" in the bot phase with the confirmation only; the agent answers the next message as before', async () => {
  const lia = sim.contact('5511966661001', { pushName: 'Lia' });
  ai.script({ json: agentReply({ reply: 'Olá, Lia! Como posso ajudar?', intent: 'saudação', confidence: 0.95 }) });
  await lia.sendText(sim.phone(PHONE), 'Oi');
  expect(await next(lia)).toBe('Olá, Lia! Como posso ajudar?');

  await lia.sendText(sim.phone(PHONE), 'Parar');
  expect(await next(lia)).toBe(CONFIRMATION);
  const { id: ticketId } = (await until(() => ticketOf(lia.pn), Boolean, "Lia's ticket"))!;
  await optOutSettled();
  await aiStepSettled(); // every job queued so far has run: none asked the model about "Parar"
  expect(requestsAbout(ai, 'Parar')).toHaveLength(0);
  expect(await aiState(ticketId)).toMatchObject({ botActive: true, status: 'pending' });

  ai.script({ json: agentReply({ reply: 'O corte custa R$ 50,00.', intent: 'preço', confidence: 0.9 }) });
  await lia.sendText(sim.phone(PHONE), 'Quanto custa o corte?');
  expect(await next(lia)).toBe('O corte custa R$ 50,00.');
}, 60_000);

it('answers "Sair" in the menu with the confirmation only; the menu still takes the next answer', async () => {
  const rui = sim.contact('5511966661002', { pushName: 'Rui' });
  await rui.sendText(sim.phone(MENU_PHONE), 'oi');
  expect(await next(rui)).toBe('Olá! Escolha uma opção:\n\n*1* - Vendas\n*2* - Suporte');

  await rui.sendText(sim.phone(MENU_PHONE), 'Sair');
  expect(await next(rui)).toBe(CONFIRMATION);
  await optOutSettled();
  await chatbotSettled();
  // The next thing the phone gets is the answer to "1": no "Opção inválida." and menu for "Sair" came before it.
  await rui.sendText(sim.phone(MENU_PHONE), '1');
  expect(await next(rui)).toBe('Bem-vindo a Vendas!');
}, 60_000);
