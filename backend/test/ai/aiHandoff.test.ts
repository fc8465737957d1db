import type { Socket } from 'socket.io-client';
import { agentReply, type ChatBehaviour, type FakeOpenAi, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { aiStepSettled } from '../../src/services/ai/subscribeAiStep.js';
import { aiState, attachAgent, createAgent, HANDOFF_MESSAGE, requestsAbout, rolesAndTexts, startAiApp } from '../support/ai.js';
import { createAttendant, type Attendant, ticketIdOf } from '../support/factories.js';
import { connectSocket, record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13, acceptance 4: "handoff, never silence". Each cause ends the bot phase the same way: the ticket is
// pending in its queue and distribution offers it like any other (here: to the queue's one attendant, online
// and free), a summary note waits for them, the agent's handoff message goes out exactly once, and the AI says
// nothing more on the ticket. A supervisor's "Assumir" ends it too, without the message.
const PHONE = '5511999990133';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;
let adminId: number;
let vendas: number;
let rita: Attendant;
let ritaSocket: Socket;
let ritaMessages: { action: string; message: { body: string; ticketId: number } }[];

beforeAll(async () => {
  let whatsappId: number;
  let admin: { token: string; user: { id: number } };
  // A model that has not answered in 1.5 s has timed out (three attempts: the SDK retries twice).
  ({ ai, sim, app, admin, whatsappId, stop } = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200', AI_TIMEOUT_MS: '1500' }));
  ({ token } = admin);
  adminId = admin.user.id;
  rita = await createAttendant(app.api, token, 'Rita');
  // The connection serves one queue, so new tickets land in Vendas, whose agent answers them.
  vendas = (await app.api.post('/api/queues', { name: 'Vendas', distribution: 'round_robin', userIds: [rita.id], whatsappIds: [whatsappId] }, { token })).body
    .queue.id;
  const agentId = await createAgent(app.api, token, ai, { maxTurns: 2, confidenceThreshold: 0.6 });
  await attachAgent(app.api, token, { queueId: vendas }, agentId);
  ritaSocket = await connectSocket(app.url, rita.token);
  ritaMessages = record(ritaSocket, 'appMessage');
}, 90_000);
afterAll(async () => {
  ritaSocket?.close();
  await stop?.();
});

const contact = (n: number, name: string) => sim.contact(`55119444413${String(n).padStart(2, '0')}`, { pushName: name });

/**
 * What every handoff leaves: the handoff message on the phone (first and only Atende text), the ticket given to
 * Rita by distribution after the bot let go, the note with the summary, and no AI call for what the customer
 * writes next.
 */
async function expectHandedOver(customer: SimContact, note: RegExp[], aiReplies: string[] = []): Promise<number> {
  expect((await customer.nextMessage({ timeoutMs: 30_000 })).text).toBe(HANDOFF_MESSAGE);
  const ticketId = await ticketIdOf(customer);
  await until(
    () => aiState(ticketId),
    (s) => s.userId === rita.id,
    'the ticket distributed to Rita',
  );
  expect(await aiState(ticketId)).toMatchObject({
    botActive: false,
    status: 'open',
    userId: rita.id,
    queueId: vendas,
    aiReplies,
    automaticTexts: [HANDOFF_MESSAGE],
  });
  const history = (await app.api.get(`/api/tickets/${ticketId}/history`, { token })).body.history as {
    action: string;
    userId: number | null;
    toStatus: string;
    toQueueId: number;
    toUserId: number | null;
  }[];
  expect(history.slice(-2)).toEqual([
    expect.objectContaining({ action: 'handedOff', userId: null, toStatus: 'pending', toQueueId: vendas, toUserId: null }),
    expect.objectContaining({ action: 'assigned', userId: null, toStatus: 'open', toUserId: rita.id }),
  ]);
  const notes = (await app.api.get(`/api/tickets/${ticketId}/notes`, { token: rita.token })).body.notes as { userId: number | null; body: string }[];
  expect(notes).toHaveLength(1);
  expect(notes[0]!.userId).toBeNull();
  for (const part of [/^Resumo do assistente de IA/, ...note]) expect(notes[0]!.body).toMatch(part);

  // The customer goes on: Rita gets the message (the barrier), the AI has nothing queued, and was never asked.
  const after = `${customer.pn} depois da passagem`;
  await customer.sendText(sim.phone(PHONE), after);
  await until(() => ritaMessages.find((e) => e.message.body === after), Boolean, 'the next message in Rita’s inbox');
  await aiStepSettled();
  expect(requestsAbout(ai, after)).toEqual([]);
  expect((await aiState(ticketId)).automaticTexts).toEqual([HANDOFF_MESSAGE]);
  return ticketId;
}

it('hands over when the model says so, with its reason and what it collected in the note (its reply is not sent)', async () => {
  ai.script({
    json: agentReply({
      reply: 'Vou verificar.',
      intent: 'pacote de cortes',
      handoff: true,
      handoffReason: 'quer negociar desconto',
      lead: { name: 'Eva', budget: 'R$ 200' },
    }),
  });
  const eva = contact(1, 'Eva');
  await eva.sendText(sim.phone(PHONE), 'Eva: quero um pacote de 5 cortes, faz desconto?');
  await expectHandedOver(eva, [
    /decidiu passar a conversa para uma pessoa \(quer negociar desconto\)/,
    /O que o cliente quer: pacote de cortes/,
    /Nome: Eva · Orçamento: R\$ 200/,
    /faz desconto\?/,
  ]);
  expect(requestsAbout(ai, 'Eva:')).toHaveLength(1);
}, 60_000);

it('hands over on a handoff keyword, accents and case aside, without asking the model', async () => {
  const fabio = contact(2, 'Fábio');
  await fabio.sendText(sim.phone(PHONE), 'Fábio: quero falar com um ATENDENTE');
  await expectHandedOver(fabio, [/o cliente pediu para falar com uma pessoa \("atendente"\)/, /O assistente não chegou a registrar/]);
  expect(requestsAbout(ai, 'Fábio:')).toEqual([]);
}, 60_000);

it('hands over when the model is less sure than the agent’s threshold (its reply is not sent)', async () => {
  ai.script({ json: agentReply({ reply: 'Acho que custa uns R$ 20.', confidence: 0.2 }) });
  const gabi = contact(3, 'Gabi');
  await gabi.sendText(sim.phone(PHONE), 'Gabi: quanto custa a hidratação?');
  await expectHandedOver(gabi, [/não tinha certeza da resposta \(confiança 0\.20\)/]);
}, 60_000);

it('answers up to the agent’s turn limit, held back from distribution meanwhile, then hands over without asking again', async () => {
  ai.script(
    { json: agentReply({ reply: 'Oi, Hugo! Em que posso ajudar?', lead: { name: 'Hugo' } }) },
    { json: agentReply({ reply: 'O corte custa R$ 50,00.', intent: 'preço do corte' }) },
  );
  const hugo = contact(4, 'Hugo');
  await hugo.sendText(sim.phone(PHONE), 'Hugo: oi');
  expect((await hugo.nextMessage({ timeoutMs: 30_000 })).text).toBe('Oi, Hugo! Em que posso ajudar?');
  // Rita is online and free, and the ticket is in her queue: still nobody's while the AI answers it.
  expect(await aiState(await ticketIdOf(hugo))).toMatchObject({ botActive: true, status: 'pending', userId: null, aiTurns: 1 });
  await hugo.sendText(sim.phone(PHONE), 'Hugo: quanto custa o corte?');
  expect((await hugo.nextMessage({ timeoutMs: 30_000 })).text).toBe('O corte custa R$ 50,00.');
  await hugo.sendText(sim.phone(PHONE), 'Hugo: e a barba?');
  await expectHandedOver(
    hugo,
    [/limite de respostas nesta conversa \(2\)/, /O que o cliente quer: preço do corte/, /Nome: Hugo/, /Hugo: e a barba\?/],
    ['Oi, Hugo! Em que posso ajudar?', 'O corte custa R$ 50,00.'],
  );
  expect(requestsAbout(ai, 'Hugo:')).toHaveLength(2);
}, 90_000);

it('hands over after the endpoint answers HTTP 500 three times (the SDK’s own retries)', async () => {
  ai.script(...Array.from({ length: 3 }, (): ChatBehaviour => ({ status: 500 })));
  const iara = contact(5, 'Iara');
  await iara.sendText(sim.phone(PHONE), 'Iara: vocês abrem domingo?');
  await expectHandedOver(iara, [/o serviço de IA respondeu com erro/, /O assistente não chegou a registrar/]);
  expect(requestsAbout(ai, 'Iara:').map((r) => r.headers['x-stainless-retry-count'])).toEqual(['0', '1', '2']);
}, 60_000);

it('hands over when the model does not answer in time, three times', async () => {
  ai.script(...Array.from({ length: 3 }, (): ChatBehaviour => ({ json: agentReply({ reply: 'tarde demais' }), delayMs: 6_000 })));
  const joao = contact(6, 'João');
  await joao.sendText(sim.phone(PHONE), 'João: tem vaga agora?');
  await expectHandedOver(joao, [/o serviço de IA não respondeu a tempo/]);
  await ai.idle();
  expect(requestsAbout(ai, 'João:').map((r) => r.clientGone === true)).toEqual([true, true, true]);
}, 90_000);

it('asks once more after an answer that is not the JSON asked for, and hands over when the second is no better', async () => {
  ai.script({ malformed: true }, { malformed: 'Claro! O preço é R$ 50.' });
  const kiko = contact(7, 'Kiko');
  await kiko.sendText(sim.phone(PHONE), 'Kiko: qual o preço?');
  const ticketId = await expectHandedOver(kiko, [/respondeu duas vezes num formato inválido/]);
  // Both calls cost tokens: both are counted.
  expect((await aiState(ticketId)).usage.map((u) => u.purpose)).toEqual(['reply', 'reply']);
  const [first, repair] = requestsAbout(ai, 'Kiko:');
  expect(requestsAbout(ai, 'Kiko:')).toHaveLength(2);
  // The repair attempt is the same conversation, the unusable answer, and what was wrong with it.
  expect(rolesAndTexts(repair!).slice(0, rolesAndTexts(first!).length)).toEqual(rolesAndTexts(first!));
  expect(rolesAndTexts(repair!).slice(-2)).toEqual([
    { role: 'assistant', text: expect.any(String) },
    { role: 'system', text: expect.stringContaining('could not be used (the answer was not a JSON object)') },
  ]);
}, 60_000);

it('lets a supervisor take the ticket over: theirs and open, the note written, no handoff message, no more AI', async () => {
  ai.script({ json: agentReply({ reply: 'Olá, Lia! Posso ajudar?', intent: 'agendar corte', lead: { name: 'Lia' } }) });
  const lia = contact(8, 'Lia');
  await lia.sendText(sim.phone(PHONE), 'Lia: queria agendar');
  expect((await lia.nextMessage({ timeoutMs: 30_000 })).text).toBe('Olá, Lia! Posso ajudar?');
  const ticketId = await ticketIdOf(lia);

  // Attendants do not take tickets from the AI; a ticket the AI no longer answers cannot be taken over.
  expect((await app.api.put(`/api/tickets/${ticketId}`, { action: 'takeOver' }, { token: rita.token })).status).toBe(403);
  const taken = await app.api.put(`/api/tickets/${ticketId}`, { action: 'takeOver' }, { token });
  expect(taken.status).toBe(200);
  expect(taken.body.ticket).toMatchObject({ status: 'open', userId: adminId, botActive: false, queueId: vendas });
  const again = await app.api.put(`/api/tickets/${ticketId}`, { action: 'takeOver' }, { token });
  expect([again.status, again.body.error.code]).toEqual([409, 'ERR_TICKET_NOT_IN_BOT_PHASE']);

  const history = (await app.api.get(`/api/tickets/${ticketId}/history`, { token })).body.history as { action: string; userId: number }[];
  expect(history.at(-1)).toMatchObject({ action: 'takenOver', userId: adminId });
  const notes = (await app.api.get(`/api/tickets/${ticketId}/notes`, { token })).body.notes as { userId: number | null; body: string }[];
  expect(notes).toEqual([
    expect.objectContaining({ userId: null, body: expect.stringMatching(/assumiu a conversa[\s\S]*O que o cliente quer: agendar corte[\s\S]*Nome: Lia/) }),
  ]);

  await lia.sendText(sim.phone(PHONE), 'Lia: alguém aí?');
  await until(
    async () => (await app.api.get(`/api/messages/${ticketId}`, { token })).body.messages.some((m: { body: string }) => m.body === 'Lia: alguém aí?'),
    Boolean,
    'the message stored',
  );
  await aiStepSettled();
  expect(requestsAbout(ai, 'Lia: alguém aí?')).toEqual([]);
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, aiReplies: ['Olá, Lia! Posso ajudar?'], automaticTexts: [] });
}, 60_000);

it('drops the answer of a model still thinking when a supervisor takes over: the check is made on the locked ticket before sending', async () => {
  ai.script({ json: agentReply({ reply: 'Resposta que chegou tarde' }), delayMs: 2_000 });
  const mel = contact(9, 'Mel');
  await mel.sendText(sim.phone(PHONE), 'Mel: oi');
  await until(
    () => requestsAbout(ai, 'Mel:'),
    (r) => r.length === 1,
    'the model asked',
  );
  const ticketId = await ticketIdOf(mel);
  expect((await app.api.put(`/api/tickets/${ticketId}`, { action: 'takeOver' }, { token })).status).toBe(200);
  await ai.idle(); // the model has answered
  await aiStepSettled();
  expect((await aiState(ticketId)).aiReplies).toEqual([]);
  // Barrier on the phone: what the supervisor writes is the first thing it receives.
  expect((await app.api.post(`/api/messages/${ticketId}`, { body: 'Oi, Mel! Aqui é a supervisora.' }, { token })).status).toBe(201);
  expect((await mel.nextMessage({ timeoutMs: 30_000 })).text).toBe('Oi, Mel! Aqui é a supervisora.');
}, 60_000);
