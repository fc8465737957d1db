import { agentReply, type FakeOpenAi, type WaSimulator } from '../../../simulator/src/index.js';
import { aiStepSettled } from '../../src/services/ai/subscribeAiStep.js';
import { aiState, attachAgent, createAgent, requestsAbout, rolesAndTexts, startAiApp } from '../support/ai.js';
import { ticketOf } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13, acceptance 3, with the default debounce (AI_DEBOUNCE_MS 2 s): a burst of messages gets one answer;
// many chats are answered at the same time; one chat's answers keep its order. Proven by causes, not clocks:
// the requests the fake model received, and which of them were in flight together.
const PHONE = '5511999990132';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;

beforeAll(async () => {
  // The default debounce; a generous model timeout, so that on a loaded box the first of the 20 chats, held by
  // the fake until all 20 have asked, does not time out (and retry) before the last one has arrived.
  const started = await startAiApp(PHONE, { AI_TIMEOUT_MS: '60000' });
  ({ ai, sim, app, stop } = started);
  token = started.admin.token;
  const { whatsappId } = started;
  const agentId = await createAgent(app.api, token, ai);
  await attachAgent(app.api, token, { whatsappId }, agentId);
}, 90_000);
afterAll(async () => {
  await stop?.();
});
afterEach(() => ai.respondWith(undefined));

it('answers three messages written within two seconds with one call and one reply, which reads all three', async () => {
  const caio = sim.contact('5511944441321', { pushName: 'Caio' });
  ai.script({ json: agentReply({ reply: 'Oi, Caio! O corte custa R$ 50,00 e a barba R$ 35,00.' }) }, { json: agentReply({ reply: 'Pode vir às 15h.' }) });
  const burst = ['Caio: oi', 'Caio: quanto custa o corte', 'Caio: e a barba?'];
  for (const text of burst) await caio.sendText(sim.phone(PHONE), text);

  expect((await caio.nextMessage({ timeoutMs: 30_000 })).text).toBe('Oi, Caio! O corte custa R$ 50,00 e a barba R$ 35,00.');
  await aiStepSettled(); // every job of the burst has run: the first two found a later message and stood down
  const [only] = requestsAbout(ai, 'Caio:');
  expect(requestsAbout(ai, 'Caio:')).toHaveLength(1);
  expect(rolesAndTexts(only!).slice(1)).toEqual(burst.map((text) => ({ role: 'user', text })));

  // Barrier: the next message's answer is the second thing the phone receives — nothing came in between.
  await caio.sendText(sim.phone(PHONE), 'Caio: tem horário hoje?');
  expect((await caio.nextMessage({ timeoutMs: 30_000 })).text).toBe('Pode vir às 15h.');
  const { id } = (await ticketOf('5511944441321'))!;
  expect((await aiState(id)).aiReplies).toEqual(['Oi, Caio! O corte custa R$ 50,00 e a barba R$ 35,00.', 'Pode vir às 15h.']);
}, 60_000);

it('answers 20 chats at once: one request per chat, all 20 in flight together with a model that takes 1 s', async () => {
  const CHATS = 20;
  const before = ai.chatRequests().length;
  // The fake answers none of them until all 20 have asked: were tickets answered one after another, the first
  // would wait for the other 19 forever (and time out) — so every reply arriving proves they ran in parallel.
  ai.respondWith(async (call) => {
    await ai.waitForRequests(before + CHATS, { path: '/v1/chat/completions', timeoutMs: 60_000 });
    return { json: agentReply({ reply: `Resposta para ${call.lastUser}` }), delayMs: 1_000 };
  });
  const contacts = Array.from({ length: CHATS }, (_, i) => sim.contact(`55119444414${String(i).padStart(2, '0')}`, { pushName: `Cliente ${i}` }));
  await Promise.all(contacts.map((c, i) => c.sendText(sim.phone(PHONE), `Cliente ${i} pergunta o preço`)));

  const answers = await Promise.all(contacts.map((c) => c.nextMessage({ timeoutMs: 60_000 })));
  expect(answers.map((m) => m.text)).toEqual(contacts.map((_, i) => `Resposta para Cliente ${i} pergunta o preço`));
  // One request per chat.
  for (let i = 0; i < CHATS; i++) expect(requestsAbout(ai, `Cliente ${i} pergunta`)).toHaveLength(1);
  // All 20 were in flight at once: the last one arrived before the first answer left.
  const requests = ai.chatRequests().slice(before);
  const lastArrival = Math.max(...requests.map((r) => r.receivedAt));
  const firstAnswer = Math.min(...requests.map((r) => r.response!.sentAt));
  expect(lastArrival).toBeLessThan(firstAnswer);
}, 120_000);

it('keeps one chat in order: a message written while the model thinks waits for that turn, which then stands down, and is answered with both', async () => {
  const dani = sim.contact('5511944441322', { pushName: 'Dani' });
  ai.script(
    { json: agentReply({ reply: 'O corte custa R$ 50,00.' }), delayMs: 4_000 },
    { json: agentReply({ reply: 'O corte custa R$ 50,00 e temos horário às 16h.' }) },
  );
  await dani.sendText(sim.phone(PHONE), 'Dani: quanto custa o corte?');
  await until(
    () => requestsAbout(ai, 'Dani:'),
    (r) => r.length === 1,
    'the first turn asking the model',
  );
  await dani.sendText(sim.phone(PHONE), 'Dani: e tem horário hoje?');

  // The phone gets one answer, to both questions: the first turn's answer came back after the second question
  // and was not sent (the conversation would show an answer to a question that is no longer the last one).
  expect((await dani.nextMessage({ timeoutMs: 30_000 })).text).toBe('O corte custa R$ 50,00 e temos horário às 16h.');
  await aiStepSettled();
  const [one, two] = requestsAbout(ai, 'Dani:');
  expect(requestsAbout(ai, 'Dani:')).toHaveLength(2);
  // The second turn waited for the first (one turn at a time per ticket): it asked only once the first answer was back.
  expect(two!.receivedAt).toBeGreaterThanOrEqual(one!.response!.sentAt);
  expect(rolesAndTexts(two!).slice(1)).toEqual([
    { role: 'user', text: 'Dani: quanto custa o corte?' },
    { role: 'user', text: 'Dani: e tem horário hoje?' },
  ]);
  const { id } = (await ticketOf('5511944441322'))!;
  const state = await aiState(id);
  expect(state.aiReplies).toEqual(['O corte custa R$ 50,00 e temos horário às 16h.']);
  expect(state.aiTurns).toBe(1);
  // Both calls cost tokens, and both are counted.
  expect(state.usage.map((u) => u.purpose)).toEqual(['reply', 'reply']);
}, 60_000);
