import type { Socket } from 'socket.io-client';
import { agentReply, type FakeOpenAi, type WaSimulator } from '../../../simulator/src/index.js';
import { AI_KEY, aiState, attachAgent, createAgent, KNOWLEDGE, requestsAbout, rolesAndTexts, startAiApp, SYSTEM_PROMPT } from '../support/ai.js';
import { createAttendant, ticketOf, type Attendant } from '../support/factories.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13, acceptance 1 and 2: a contact writes on a connection with an AI agent; the real Baileys session
// answers with the fake model's reply, marked as the AI's; and what the model was sent is exactly what it
// should be — the prompt and knowledge in the system message, the last N messages with their roles, the key
// in the Authorization header only.
const PHONE = '5511999990131';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;
let socket: Socket;
let agentId: number;
let zoe: Attendant;
let zoeSocket: Socket;
let whatsappId: number;

beforeAll(async () => {
  // A short debounce: these tests wait for answers one at a time (the burst is aiPace.test.ts's).
  const started = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' });
  ({ ai, sim, app, stop } = started);
  token = started.admin.token;
  socket = started.adminSocket;
  whatsappId = started.whatsappId;
  agentId = await createAgent(app.api, token, ai, { historyWindow: 4 });
  await attachAgent(app.api, token, { whatsappId }, agentId);
  // An attendant: the connection has no queue, so the company's pending tickets without one are hers to see
  // (the default setting) — except those the AI is answering.
  zoe = await createAttendant(app.api, token, 'Zoe');
  zoeSocket = await connectSocket(app.url, zoe.token);
}, 90_000);
afterAll(async () => {
  zoeSocket?.close();
  await stop?.();
});

interface AppMessage {
  action: string;
  message: { body: string; fromMe: boolean; fromAi: boolean; automatic: boolean; ticketId: number };
  ticket: { id: number; botActive: boolean };
}

it('answers a new contact with exactly the model’s reply, sent as the AI’s; the ticket stays in the bot phase, for supervisors only; the tokens are counted', async () => {
  const live = record<AppMessage>(socket, 'appMessage');
  const zoeHeard = record<AppMessage>(zoeSocket, 'appMessage');
  const reply = 'Olá, Ana! O corte masculino custa R$ 50,00 e leva 30 minutos. Quer agendar um horário?';
  ai.script({ json: agentReply({ reply, intent: 'preço do corte', confidence: 0.92 }), usage: { prompt_tokens: 321, completion_tokens: 45 } });

  const ana = sim.contact('5511944441301', { pushName: 'Ana' });
  await ana.sendText(sim.phone(PHONE), 'Oi, quanto custa o corte?');
  // What the contact's phone decrypted.
  expect((await ana.nextMessage({ timeoutMs: 30_000 })).text).toBe(reply);

  const { id: ticketId } = (await ticketOf('5511944441301'))!;
  expect(await aiState(ticketId)).toMatchObject({
    botActive: true,
    status: 'pending',
    userId: null,
    aiTurns: 1,
    aiReplies: [reply],
    automaticTexts: [],
    usage: [{ purpose: 'reply', promptTokens: 321, completionTokens: 45, aiAgentId: agentId }],
  });
  // The chat shows it as the AI's, in its history and live; never as an attendant's.
  const history = (await app.api.get(`/api/messages/${ticketId}`, { token })).body.messages as AppMessage['message'][];
  expect(history.filter((m) => m.fromMe)).toEqual([expect.objectContaining({ body: reply, fromAi: true, automatic: false })]);
  expect(history.filter((m) => !m.fromMe)).toEqual([expect.objectContaining({ body: 'Oi, quanto custa o corte?', fromAi: false })]);
  const event = await until(() => live.find((e) => e.action === 'create' && e.message.body === reply), Boolean, 'the AI reply on the socket');
  expect(event!.message).toMatchObject({ fromMe: true, fromAi: true, automatic: false });
  expect(event!.ticket.botActive).toBe(true);
  expect((await app.api.get(`/api/tickets/${ticketId}`, { token })).body.ticket).toMatchObject({ botActive: true, status: 'pending', userId: null });

  // The supervisors' "Bot" filter has it; nothing else of the pending tab does, and no attendant's list.
  const pending = async (who: string, query = '') =>
    (await app.api.get(`/api/tickets?status=pending${query}`, { token: who })).body.tickets as { id: number; botActive: boolean }[];
  const bots = await pending(token, '&bot=true');
  expect(bots.map((t) => t.id)).toContain(ticketId);
  expect(bots.every((t) => t.botActive)).toBe(true);
  expect((await pending(token, '&bot=false')).map((t) => t.id)).not.toContain(ticketId);
  expect((await pending(token)).map((t) => t.id)).toContain(ticketId);
  expect((await pending(zoe.token)).map((t) => t.id)).not.toContain(ticketId);
  expect((await app.api.get(`/api/tickets/${ticketId}`, { token: zoe.token })).status).toBe(404);
  // …nor her socket: a later event to the whole company reaches her after everything emitted before it.
  await barrier(zoeSocket, 'settings', () => app.api.put('/api/settings', { reopenWindowMinutes: 45 }, { token }));
  expect(zoeHeard.filter((e) => e.message.ticketId === ticketId)).toEqual([]);
}, 60_000);

it('sends the model its prompt and knowledge as the system message, the last N messages in order with their roles, and the key only in Authorization', async () => {
  const replies = ['Oi, Bia! Em que posso ajudar?', 'A barba completa custa R$ 35,00.', 'O corte masculino custa R$ 50,00.'];
  ai.script(...replies.map((reply) => ({ json: agentReply({ reply }) })));
  const said = ['Bia diz oi', 'Bia pergunta: quanto custa a barba?', 'Bia pergunta: e o corte?'];
  const bia = sim.contact('5511944441302', { pushName: 'Bia' });
  for (const [i, text] of said.entries()) {
    await bia.sendText(sim.phone(PHONE), text);
    expect((await bia.nextMessage({ timeoutMs: 30_000 })).text).toBe(replies[i]);
  }

  const requests = requestsAbout(ai, 'Bia');
  expect(requests).toHaveLength(3);
  // The third request: the system message, then the last 4 messages (the agent's history window), oldest first.
  expect(rolesAndTexts(requests[2]!)).toEqual([
    { role: 'system', text: expect.any(String) },
    { role: 'assistant', text: replies[0] },
    { role: 'user', text: said[1] },
    { role: 'assistant', text: replies[1] },
    { role: 'user', text: said[2] },
  ]);
  for (const request of requests) {
    const [system, ...conversation] = rolesAndTexts(request);
    expect(system!.role).toBe('system');
    expect(system!.text).toContain(SYSTEM_PROMPT);
    expect(system!.text).toContain(KNOWLEDGE);
    // The customer's words are only ever user messages.
    for (const text of said) {
      expect(system!.text).not.toContain(text);
      expect(conversation.filter((m) => m.text.includes(text)).every((m) => m.role === 'user')).toBe(true);
    }
    expect(request.body).toMatchObject({ model: 'gpt-4o-mini', response_format: { type: 'json_schema' } });
    // The key travels in the Authorization header and nowhere else: not in the body, not in another header.
    expect(request.headers.authorization).toBe(`Bearer ${AI_KEY}`);
    expect(request.raw.toString('utf8')).not.toContain(AI_KEY);
    expect(Object.entries(request.headers).filter(([name, value]) => name !== 'authorization' && value.includes(AI_KEY))).toEqual([]);
  }
}, 90_000);

it('asks an endpoint that refuses the json_schema response_format for JSON in the text instead, and reads the answer from there', async () => {
  // Another agent on the connection for this test: the endpoint's refusal is remembered per agent.
  const plainAgent = await createAgent(app.api, token, ai, { name: 'Sem structured outputs' });
  await attachAgent(app.api, token, { whatsappId }, plainAgent);
  ai.respondWith((call) =>
    call.jsonMode === 'json_schema'
      ? { status: 400, message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", code: 'unsupported_parameter' }
      : { text: `Claro! Segue: ${JSON.stringify(agentReply({ reply: 'Abrimos às 9h, de segunda a sábado.' }))}` },
  );
  try {
    const caio = sim.contact('5511944441303', { pushName: 'Caio' });
    await caio.sendText(sim.phone(PHONE), 'Caio: que horas vocês abrem?');
    expect((await caio.nextMessage({ timeoutMs: 30_000 })).text).toBe('Abrimos às 9h, de segunda a sábado.');
    await caio.sendText(sim.phone(PHONE), 'Caio: e no domingo?');
    expect((await caio.nextMessage({ timeoutMs: 30_000 })).text).toBe('Abrimos às 9h, de segunda a sábado.');
    // Refused once; from then on the agent's requests ask for JSON in the system message only.
    expect(requestsAbout(ai, 'Caio:').map((r) => [r.body.response_format?.type ?? 'none', r.response?.status])).toEqual([
      ['json_schema', 400],
      ['none', 200],
      ['none', 200],
    ]);
    expect(rolesAndTexts(requestsAbout(ai, 'Caio:')[1]!)[0]!.text).toMatch(/Answer with exactly one JSON object/);
  } finally {
    ai.respondWith(undefined);
    await attachAgent(app.api, token, { whatsappId }, agentId);
  }
}, 60_000);
