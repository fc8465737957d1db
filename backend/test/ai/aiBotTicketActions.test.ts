import { agentReply, type FakeOpenAi, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { aiStepSettled } from '../../src/services/ai/subscribeAiStep.js';
import { aiState, attachAgent, createAgent, requestsAbout, startAiApp } from '../support/ai.js';
import { createAttendant, createQueue, type Attendant, ticketIdOf } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13: a supervisor who transfers or closes a ticket the AI agent is answering ends the bot phase the way
// a take over does — the summary note of what the AI collected, in the same transaction, and no handoff message
// to the customer; the history says what the supervisor did. Before, the phase ended silently and the note
// was lost.
const PHONE = '5511999990191';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let sofia: Attendant;
let rita: Attendant;
let salesQueueId: number;

beforeAll(async () => {
  let whatsappId: number;
  let admin: { token: string; user: { companyId: number } };
  ({ ai, sim, app, admin, whatsappId, stop } = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' }));
  sofia = await createAttendant(app.api, admin.token, 'Sofia', 'supervisor');
  rita = await createAttendant(app.api, admin.token, 'Rita');
  // A queue with nobody in it: a ticket transferred there waits, distribution has no one to give it to.
  salesQueueId = await createQueue(admin.user.companyId, 'Vendas');
  await attachAgent(app.api, admin.token, { whatsappId }, await createAgent(app.api, admin.token, ai));
}, 90_000);
afterAll(async () => {
  await stop?.();
});

/** A contact the AI has answered once (its intent and lead recorded): the ticket in the bot phase. */
async function botTicket(phone: string, name: string, intent: string): Promise<{ contact: SimContact; ticketId: number }> {
  ai.script({ json: agentReply({ reply: `Olá, ${name}! Posso ajudar?`, intent, lead: { name } }) });
  const contact = sim.contact(phone, { pushName: name });
  await contact.sendText(sim.phone(PHONE), `${name}: oi`);
  expect((await contact.nextMessage({ timeoutMs: 30_000 })).text).toBe(`Olá, ${name}! Posso ajudar?`);
  const ticketId = await ticketIdOf(contact);
  expect(await aiState(ticketId)).toMatchObject({ botActive: true });
  return { contact, ticketId };
}

const notesOf = async (ticketId: number) =>
  (await app.api.get(`/api/tickets/${ticketId}/notes`, { token: sofia.token })).body.notes as { userId: number | null; body: string }[];
const lastHistoryOf = async (ticketId: number) =>
  ((await app.api.get(`/api/tickets/${ticketId}/history`, { token: sofia.token })).body.history as { action: string; userId: number }[]).at(-1);

/** The customer writes again: stored, the AI step settled, and the model was not asked about it. */
async function aiStaysQuiet(contact: SimContact, ticketId: number, text: string): Promise<void> {
  await contact.sendText(sim.phone(PHONE), text);
  await until(
    async () => (await app.api.get(`/api/messages/${ticketId}`, { token: sofia.token })).body.messages.some((m: { body: string }) => m.body === text),
    Boolean,
    'the message stored',
  );
  await aiStepSettled();
  expect(requestsAbout(ai, text)).toEqual([]);
}

it('a supervisor’s transfer to a queue ends the bot phase with the summary note and no handoff message; the ticket waits there', async () => {
  const { contact, ticketId } = await botTicket('5511944441901', 'Pia', 'orçamento de barba');
  const moved = await app.api.put(`/api/tickets/${ticketId}`, { action: 'transfer', queueId: salesQueueId }, { token: sofia.token });
  expect(moved.status).toBe(200);
  expect(moved.body.ticket).toMatchObject({ status: 'pending', userId: null, queueId: salesQueueId, botActive: false });
  expect(await lastHistoryOf(ticketId)).toMatchObject({ action: 'transferred', userId: sofia.id });
  expect(await notesOf(ticketId)).toEqual([
    expect.objectContaining({
      userId: null,
      body: expect.stringMatching(/^Resumo do assistente de IA — Sofia transferiu a conversa\.[\s\S]*O que o cliente quer: orçamento de barba[\s\S]*Nome: Pia/),
    }),
  ]);
  await aiStaysQuiet(contact, ticketId, 'Pia: e então?');
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, aiReplies: ['Olá, Pia! Posso ajudar?'], automaticTexts: [] });
}, 90_000);

it('a transfer to an attendant makes it theirs, open, with the note', async () => {
  const { ticketId } = await botTicket('5511944441902', 'Rui', 'corte e barba');
  const moved = await app.api.put(`/api/tickets/${ticketId}`, { action: 'transfer', userId: rita.id }, { token: sofia.token });
  expect(moved.status).toBe(200);
  expect(moved.body.ticket).toMatchObject({ status: 'open', userId: rita.id, botActive: false });
  expect(await lastHistoryOf(ticketId)).toMatchObject({ action: 'transferred', userId: sofia.id });
  expect((await notesOf(ticketId)).map((n) => n.body)).toEqual([
    expect.stringMatching(/Sofia transferiu a conversa[\s\S]*O que o cliente quer: corte e barba/),
  ]);
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, automaticTexts: [] });
  // Rita, to whom it went, reads the note too.
  expect((await app.api.get(`/api/tickets/${ticketId}/notes`, { token: rita.token })).body.notes).toHaveLength(1);
}, 90_000);

it('a supervisor’s close ends the bot phase with the summary note and no handoff message', async () => {
  const { ticketId } = await botTicket('5511944441903', 'Lia', 'horário de sábado');
  const closed = await app.api.put(`/api/tickets/${ticketId}`, { action: 'close' }, { token: sofia.token });
  expect(closed.status).toBe(200);
  expect(closed.body.ticket).toMatchObject({ status: 'closed', botActive: false });
  expect(await lastHistoryOf(ticketId)).toMatchObject({ action: 'closed', userId: sofia.id });
  expect((await notesOf(ticketId)).map((n) => n.body)).toEqual([
    expect.stringMatching(/^Resumo do assistente de IA — Sofia encerrou a conversa\.[\s\S]*O que o cliente quer: horário de sábado[\s\S]*Nome: Lia/),
  ]);
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, automaticTexts: [] });
  // Closing again is refused as before, and writes no second note.
  expect((await app.api.put(`/api/tickets/${ticketId}`, { action: 'close' }, { token: sofia.token })).body.error.code).toBe('ERR_TICKET_ALREADY_CLOSED');
  expect(await notesOf(ticketId)).toHaveLength(1);
}, 90_000);

it('transferring or closing an ordinary ticket writes no note, as before', async () => {
  // The keyword hands over at once: the handoff's own note is the only one.
  const otto = sim.contact('5511944441904', { pushName: 'Otto' });
  await otto.sendText(sim.phone(PHONE), 'Otto: quero falar com um atendente');
  await otto.nextMessage({ timeoutMs: 30_000 }); // the handoff message
  const ticketId = await ticketIdOf(otto);
  await until(
    () => aiState(ticketId),
    (s) => !s.botActive,
    'the bot phase over',
  );
  expect((await app.api.put(`/api/tickets/${ticketId}`, { action: 'transfer', queueId: salesQueueId }, { token: sofia.token })).status).toBe(200);
  expect((await app.api.put(`/api/tickets/${ticketId}`, { action: 'close' }, { token: sofia.token })).status).toBe(200);
  expect(await notesOf(ticketId)).toHaveLength(1);
}, 90_000);
