import { agentReply, type FakeOpenAi, type WaSimulator } from '../../../simulator/src/index.js';
import { aiStepSettled } from '../../src/services/ai/subscribeAiStep.js';
import { aiState, attachAgent, createAgent, requestsAbout, startAiApp } from '../support/ai.js';
import { createAttendant, type Attendant, ticketIdOf } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13: a supervisor who clicks "Aceitar" on a ticket the AI agent is answering takes it over — the bot
// phase ends with the summary note (what the AI collected) and without the handoff message, exactly as
// "Assumir" does. Before, a plain accept ended the phase silently and the note was lost.
const PHONE = '5511999990171';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let sofia: Attendant;
let rita: Attendant;

beforeAll(async () => {
  let whatsappId: number;
  let admin: { token: string };
  ({ ai, sim, app, admin, whatsappId, stop } = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' }));
  sofia = await createAttendant(app.api, admin.token, 'Sofia', 'supervisor');
  rita = await createAttendant(app.api, admin.token, 'Rita');
  await attachAgent(app.api, admin.token, { whatsappId }, await createAgent(app.api, admin.token, ai));
}, 90_000);
afterAll(async () => {
  await stop?.();
});

it('takes the ticket over when a supervisor accepts it while the AI answers: the note, no handoff message, no more AI', async () => {
  ai.script({ json: agentReply({ reply: 'Olá, Nina! Posso ajudar?', intent: 'agendar barba', lead: { name: 'Nina' } }) });
  const nina = sim.contact('5511944441701', { pushName: 'Nina' });
  await nina.sendText(sim.phone(PHONE), 'Nina: queria agendar a barba');
  expect((await nina.nextMessage({ timeoutMs: 30_000 })).text).toBe('Olá, Nina! Posso ajudar?');
  const ticketId = await ticketIdOf(nina);

  // An attendant does not see the ticket while the AI answers it: to them it is not there.
  expect((await app.api.put(`/api/tickets/${ticketId}`, { action: 'accept' }, { token: rita.token })).status).toBe(404);
  // "Redistribute" would leave it with the AI (distribution skips bot tickets): refused, nothing written.
  const historyOf = async () => (await app.api.get(`/api/tickets/${ticketId}/history`, { token: sofia.token })).body.history as unknown[];
  const before = await historyOf();
  const redistributed = await app.api.put(`/api/tickets/${ticketId}`, { action: 'redistribute' }, { token: sofia.token });
  expect([redistributed.status, redistributed.body.error.code]).toEqual([409, 'ERR_TICKET_WITH_BOT']);
  expect(await historyOf()).toEqual(before);
  const accepted = await app.api.put(`/api/tickets/${ticketId}`, { action: 'accept' }, { token: sofia.token });
  expect(accepted.status).toBe(200);
  expect(accepted.body.ticket).toMatchObject({ status: 'open', userId: sofia.id, botActive: false });

  const history = (await app.api.get(`/api/tickets/${ticketId}/history`, { token: sofia.token })).body.history as { action: string; userId: number }[];
  expect(history.at(-1)).toMatchObject({ action: 'takenOver', userId: sofia.id });
  const notes = (await app.api.get(`/api/tickets/${ticketId}/notes`, { token: sofia.token })).body.notes as { userId: number | null; body: string }[];
  expect(notes).toEqual([
    expect.objectContaining({
      userId: null,
      body: expect.stringMatching(/Sofia assumiu a conversa[\s\S]*O que o cliente quer: agendar barba[\s\S]*Nome: Nina/),
    }),
  ]);
  // Accepting again is the ordinary race answer: someone (she) already has it.
  const again = await app.api.put(`/api/tickets/${ticketId}`, { action: 'accept' }, { token: sofia.token });
  expect([again.status, again.body.error.code]).toEqual([409, 'ERR_TICKET_ALREADY_ACCEPTED']);

  await nina.sendText(sim.phone(PHONE), 'Nina: alguém aí?');
  await until(
    async () =>
      (await app.api.get(`/api/messages/${ticketId}`, { token: sofia.token })).body.messages.some((m: { body: string }) => m.body === 'Nina: alguém aí?'),
    Boolean,
    'the message stored',
  );
  await aiStepSettled();
  expect(requestsAbout(ai, 'Nina: alguém aí?')).toEqual([]);
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, aiReplies: ['Olá, Nina! Posso ajudar?'], automaticTexts: [] });
  // Barrier on the phone: what the supervisor writes is the next thing it receives (no handoff message before it).
  expect((await app.api.post(`/api/messages/${ticketId}`, { body: 'Oi, Nina! Aqui é a Sofia.' }, { token: sofia.token })).status).toBe(201);
  expect((await nina.nextMessage({ timeoutMs: 30_000 })).text).toBe('Oi, Nina! Aqui é a Sofia.');
}, 90_000);

it('accepts an ordinary pending ticket as before: the history says accepted, and no note is written', async () => {
  // The agent hands over at once on the keyword: the ticket is pending for people, no longer the AI's.
  const otto = sim.contact('5511944441702', { pushName: 'Otto' });
  await otto.sendText(sim.phone(PHONE), 'Otto: quero falar com um atendente');
  await otto.nextMessage({ timeoutMs: 30_000 }); // the handoff message
  const ticketId = await ticketIdOf(otto);
  await until(
    () => aiState(ticketId),
    (s) => !s.botActive,
    'the bot phase over',
  );
  const accepted = await app.api.put(`/api/tickets/${ticketId}`, { action: 'accept' }, { token: rita.token });
  expect(accepted.status).toBe(200);
  expect(accepted.body.ticket).toMatchObject({ status: 'open', userId: rita.id, botActive: false });
  const history = (await app.api.get(`/api/tickets/${ticketId}/history`, { token: rita.token })).body.history as { action: string; userId: number }[];
  expect(history.at(-1)).toMatchObject({ action: 'accepted', userId: rita.id });
  // Only the handoff's own note: accepting adds none.
  const notes = (await app.api.get(`/api/tickets/${ticketId}/notes`, { token: rita.token })).body.notes as unknown[];
  expect(notes).toHaveLength(1);
}, 90_000);
