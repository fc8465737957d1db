import { agentReply, startFakeOpenAi, type FakeOpenAi, type WaSimulator } from '../../../simulator/src/index.js';
import { many } from '../../src/db/sql.js';
import { attachAgent, createAgent as createAgentAs, KNOWLEDGE, requestsAbout, rolesAndTexts, startAiApp, SYSTEM_PROMPT } from '../support/ai.js';
import type { TestApp } from '../support/testApp.js';

// POST /api/ai-agents/:id/test (the admin's playground) and GET …/models ("test connection"): the real openai
// SDK against the fake OpenAI-compatible server; what the endpoint reports is what Atende answers and stores.
// The playground asks exactly as the inbound AI step does (same system message, format, handoff rules): one
// test here sends a customer's message through WhatsApp to compare.
const PHONE = '5511999990185';
const TIMEOUT_MS = 1500;

let app: TestApp;
let ai: FakeOpenAi;
let sim: WaSimulator;
let stop: () => Promise<void>;
let whatsappId: number;
let admin: { token: string; user: { companyId: number } };

beforeAll(async () => {
  ({ ai, sim, app, admin, whatsappId, stop } = await startAiApp(PHONE, { AI_TIMEOUT_MS: String(TIMEOUT_MS), AI_DEBOUNCE_MS: '200' }));
}, 90_000);
afterEach(async () => {
  await ai.idle();
  ai.reset();
});
afterAll(async () => {
  await stop?.();
});

let agentCount = 0;
async function createAgent(extra: Record<string, unknown> = {}): Promise<number> {
  agentCount += 1;
  return createAgentAs(app.api, admin.token, ai, { name: `Agente ${agentCount}`, systemPrompt: '', knowledge: '', ...extra });
}
const tryAgent = (id: number, messages = [{ role: 'user', content: 'Quanto custa o corte?' }]) =>
  app.api.post(`/api/ai-agents/${id}/test`, { messages }, { token: admin.token });
const usageOf = (aiAgentId: number) =>
  many<{ companyId: number; ticketId: number | null; purpose: string; model: string; promptTokens: number; completionTokens: number }>(
    `SELECT "companyId", "ticketId", purpose, model, "promptTokens", "completionTokens" FROM "AiUsage" WHERE "aiAgentId" = :aiAgentId ORDER BY id`,
    { aiAgentId },
  );
/** The canary is a fresh random marker per request (replyPrompt.ts newCanary): equal messages differ only there. */
const withoutCanary = (text: string) => text.replace(/ATD-[0-9a-f]{16}/g, 'ATD-…');

it('answers the model’s reply and the tokens the endpoint reported, and stores them as a "test" usage', async () => {
  const id = await createAgent({ model: 'gpt-4.1-mini', temperature: 0.7 });
  ai.script({
    json: agentReply({ reply: 'O corte custa R$ 50,00.', intent: 'preço do corte', confidence: 0.93 }),
    usage: { prompt_tokens: 321, completion_tokens: 17 },
  });
  const res = await tryAgent(id);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({
    reply: 'O corte custa R$ 50,00.',
    usage: { promptTokens: 321, completionTokens: 17 },
    intent: 'preço do corte',
    confidence: 0.93,
    handoff: null,
  });
  const reported = (ai.chatRequests()[0]?.response?.body as { usage: { prompt_tokens: number; completion_tokens: number } }).usage;
  expect(await usageOf(id)).toEqual([
    {
      companyId: admin.user.companyId,
      ticketId: null,
      purpose: 'test',
      model: 'gpt-4.1-mini',
      promptTokens: reported.prompt_tokens,
      completionTokens: reported.completion_tokens,
    },
  ]);
  expect(ai.chatRequests()[0]?.body).toMatchObject({ model: 'gpt-4.1-mini', temperature: 0.7, response_format: { type: 'json_schema' } });
});

it('sends the very system message a customer’s turn sends (prompt, knowledge, canary, answer format), then the conversation with its roles', async () => {
  const id = await createAgent({ systemPrompt: SYSTEM_PROMPT, knowledge: KNOWLEDGE });
  await attachAgent(app.api, admin.token, { whatsappId }, id);
  try {
    // A customer's turn on WhatsApp, answered by the inbound AI step…
    ai.script({ json: agentReply({ reply: 'O corte custa R$ 50,00.' }) });
    const carla = sim.contact('5511944441851', { pushName: 'Carla' });
    await carla.sendText(sim.phone(PHONE), 'Carla: quanto custa o corte?');
    expect((await carla.nextMessage({ timeoutMs: 30_000 })).text).toBe('O corte custa R$ 50,00.');
    const [inbound] = requestsAbout(ai, 'Carla: quanto custa o corte?');

    // …and the admin typing the same message in the playground.
    ai.script({ json: agentReply({ reply: 'O corte custa R$ 50,00.' }) });
    const answered = await tryAgent(id, [{ role: 'user', content: 'Carla: quanto custa o corte?' }]);
    const played = ai.chatRequests().at(-1)!;
    expect(played.body.messages.map((m) => m.role)).toEqual(['system', 'user']);

    const [inboundSystem, ...inboundRest] = rolesAndTexts(inbound!);
    const [playedSystem, ...playedRest] = rolesAndTexts(played);
    expect(playedSystem!.text).toContain(SYSTEM_PROMPT);
    expect(playedSystem!.text).toContain(KNOWLEDGE);
    expect(playedSystem!.text).toMatch(/ATD-[0-9a-f]{16}/);
    expect(withoutCanary(playedSystem!.text)).toBe(withoutCanary(inboundSystem!.text));
    expect(playedRest).toEqual(inboundRest);
    expect(played.body.response_format).toEqual(inbound!.body.response_format);
    // The admin is shown the reply, not the JSON around it.
    expect(answered.body.reply).toBe('O corte custa R$ 50,00.');
  } finally {
    await attachAgent(app.api, admin.token, { whatsappId }, null);
  }

  // A longer conversation: in order, with its roles, the agent's history window as for a ticket.
  const windowed = await createAgent({ historyWindow: 2 });
  ai.script({ json: agentReply({ reply: 'A barba custa R$ 35,00.' }) });
  const conversation = [
    { role: 'user', content: 'Oi!' },
    { role: 'assistant', content: 'Olá! Como posso ajudar?' },
    { role: 'user', content: 'E a barba?' },
  ];
  expect((await tryAgent(windowed, conversation)).body.reply).toBe('A barba custa R$ 35,00.');
  expect(rolesAndTexts(ai.chatRequests().at(-1)!).slice(1)).toEqual(conversation.slice(1).map(({ role, content }) => ({ role, text: content })));
}, 60_000);

it('says whether a person would take over, and why: the model’s handoff, a low confidence, the safety check, a keyword, an unusable answer', async () => {
  const id = await createAgent({ systemPrompt: SYSTEM_PROMPT, confidenceThreshold: 0.6, handoffKeywords: ['atendente'] });
  ai.script({
    json: agentReply({ reply: 'Vou chamar alguém.', intent: 'reclamação do corte', confidence: 0.8, handoff: true, handoffReason: 'cliente irritado' }),
  });
  expect((await tryAgent(id, [{ role: 'user', content: 'O corte ficou horrível!' }])).body).toMatchObject({
    reply: 'Vou chamar alguém.',
    intent: 'reclamação do corte',
    confidence: 0.8,
    handoff: { cause: 'model', detail: 'cliente irritado' },
  });

  ai.script({ json: agentReply({ reply: 'Acho que sim?', intent: 'desconto', confidence: 0.42 }) });
  expect((await tryAgent(id)).body).toMatchObject({ reply: 'Acho que sim?', confidence: 0.42, handoff: { cause: 'lowConfidence', detail: '0.42' } });

  // The guard's refusal: the reply repeats the instructions; it is not shown either.
  ai.script({ json: agentReply({ reply: `Minhas instruções: ${SYSTEM_PROMPT}` }) });
  expect((await tryAgent(id)).body).toMatchObject({ reply: '', handoff: { cause: 'guard', detail: 'systemPrompt' } });

  // Twice not the JSON asked for: the text as it came, and a handoff; both calls counted.
  ai.script(
    { text: 'Custa 50.', usage: { prompt_tokens: 10, completion_tokens: 2 } },
    { text: 'Custa 50 reais.', usage: { prompt_tokens: 20, completion_tokens: 3 } },
  );
  expect((await tryAgent(id)).body).toEqual({
    reply: 'Custa 50 reais.',
    usage: { promptTokens: 30, completionTokens: 5 },
    intent: null,
    confidence: null,
    handoff: { cause: 'malformed', detail: null },
  });

  // A handoff keyword: the model is not asked, as for a customer.
  const before = ai.chatRequests().length;
  expect((await tryAgent(id, [{ role: 'user', content: 'Quero falar com um atendente' }])).body).toEqual({
    reply: '',
    usage: { promptTokens: 0, completionTokens: 0 },
    intent: null,
    confidence: null,
    handoff: { cause: 'keyword', detail: 'atendente' },
  });
  expect(ai.chatRequests()).toHaveLength(before);
});

it('a key the endpoint refuses (401) is 502 ERR_AI_AUTH, tried once, with nothing of the provider’s text', async () => {
  const id = await createAgent({ apiKey: 'sk-refused-abcdefghijklmnop' });
  const res = await tryAgent(id);
  expect([res.status, res.body.error.code, res.body.error.details]).toEqual([502, 'ERR_AI_AUTH', { providerStatus: 401, providerCode: 'invalid_api_key' }]);
  expect(res.body.error.message).toBe('The AI endpoint refused the API key');
  expect(ai.chatRequests()).toHaveLength(1);
  expect(await usageOf(id)).toEqual([]);
});

it('an endpoint that keeps failing (500 three times: the first try and two retries) is 502 ERR_AI_ENDPOINT without its message', async () => {
  const id = await createAgent();
  const failure = { status: 500, retryAfterMs: 1, message: 'o modelo caiu: detalhe interno 42', code: 'engine_down' };
  ai.script(failure, failure, failure);
  const res = await tryAgent(id);
  expect([res.status, res.body.error.code, res.body.error.details]).toEqual([502, 'ERR_AI_ENDPOINT', { providerStatus: 500, providerCode: 'engine_down' }]);
  expect(JSON.stringify(res.body)).not.toContain('detalhe interno');
  expect(ai.chatRequests().map((r) => r.response?.status)).toEqual([500, 500, 500]);
  expect(ai.pending().chat).toBe(0);

  // One failure, then an answer: the SDK's retry makes it a success.
  ai.script({ ...failure }, { json: agentReply({ reply: 'voltei' }) });
  expect((await tryAgent(id)).body.reply).toBe('voltei');
});

it('a model slower than AI_TIMEOUT_MS is 504 ERR_AI_TIMEOUT after the retries, each request abandoned', async () => {
  const id = await createAgent();
  const slow = { text: 'tarde demais', delayMs: 60_000 };
  ai.script(slow, slow, slow);
  const res = await tryAgent(id);
  expect([res.status, res.body.error.code]).toEqual([504, 'ERR_AI_TIMEOUT']);
  await ai.idle();
  expect(ai.chatRequests().map((r) => [r.headers['x-stainless-retry-count'], r.clientGone])).toEqual([
    ['0', true],
    ['1', true],
    ['2', true],
  ]);
}, 60_000);

it('an endpoint nobody answers at, or a wrong model, is 502 ERR_AI_ENDPOINT naming what is safe', async () => {
  const closed = await startFakeOpenAi();
  const url = closed.url;
  await closed.close();
  const nowhere = await createAgent({ baseUrl: url, apiKey: null });
  const unreachable = await tryAgent(nowhere);
  expect([unreachable.status, unreachable.body.error.code, unreachable.body.error.details]).toEqual([502, 'ERR_AI_ENDPOINT', { reason: 'unreachable' }]);

  const wrongModel = await createAgent({ model: 'modelo-que-nao-existe' });
  const res = await tryAgent(wrongModel);
  expect([res.status, res.body.error.code, res.body.error.details]).toEqual([502, 'ERR_AI_ENDPOINT', { providerStatus: 404, providerCode: 'model_not_found' }]);
}, 60_000);

it('lists the endpoint’s models for "test connection", sorted; a refused key is ERR_AI_AUTH there too', async () => {
  const id = await createAgent();
  const res = await app.api.get(`/api/ai-agents/${id}/models`, { token: admin.token });
  expect(res.status).toBe(200);
  expect(res.body.models).toEqual([...res.body.models].sort());
  expect(res.body.models).toEqual(expect.arrayContaining(['gpt-4o-mini', 'whisper-1']));
  expect(ai.requests.at(-1)?.path).toBe('/v1/models');
  const refused = await createAgent({ apiKey: 'sk-refused-zzzzzzzzzzzzzzzz' });
  expect((await app.api.get(`/api/ai-agents/${refused}/models`, { token: admin.token })).body.error.code).toBe('ERR_AI_AUTH');
});
