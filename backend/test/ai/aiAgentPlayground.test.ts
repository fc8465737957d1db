import { startFakeOpenAi, type FakeOpenAi } from '../../../simulator/src/index.js';
import { many } from '../../src/db/sql.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// POST /api/ai-agents/:id/test (the admin's playground) and GET …/models ("test connection"): the real openai
// SDK against the fake OpenAI-compatible server; what the endpoint reports is what Atende answers and stores.
const KEY = 'sk-playground-0123456789abcdefghij';
const TIMEOUT_MS = 1500;

let app: TestApp;
let ai: FakeOpenAi;
let admin: { token: string; user: { companyId: number } };

beforeAll(async () => {
  ai = await startFakeOpenAi({ apiKey: KEY });
  app = await startTestApp({ AI_TIMEOUT_MS: String(TIMEOUT_MS) });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
}, 60_000);
afterEach(async () => {
  await ai.idle();
  ai.reset();
});
afterAll(async () => {
  await app?.stop();
  await ai?.close();
});

let agentCount = 0;
async function createAgent(extra: Record<string, unknown> = {}): Promise<number> {
  agentCount += 1;
  const body = { name: `Agente ${agentCount}`, baseUrl: ai.url, apiKey: KEY, model: 'gpt-4o-mini', ...extra };
  const res = await app.api.post('/api/ai-agents', body, { token: admin.token });
  if (res.status !== 201) throw new Error(`agent not created: ${JSON.stringify(res.body)}`);
  return res.body.aiAgent.id as number;
}
const tryAgent = (id: number, messages = [{ role: 'user', content: 'Quanto custa o corte?' }]) =>
  app.api.post(`/api/ai-agents/${id}/test`, { messages }, { token: admin.token });
const usageOf = (aiAgentId: number) =>
  many<{ companyId: number; ticketId: number | null; purpose: string; model: string; promptTokens: number; completionTokens: number }>(
    `SELECT "companyId", "ticketId", purpose, model, "promptTokens", "completionTokens" FROM "AiUsage" WHERE "aiAgentId" = :aiAgentId ORDER BY id`,
    { aiAgentId },
  );

it('answers the model’s reply and the tokens the endpoint reported, and stores them as a "test" usage', async () => {
  const id = await createAgent({ model: 'gpt-4.1-mini', temperature: 0.7 });
  ai.script({ text: 'O corte custa R$ 50,00.', usage: { prompt_tokens: 321, completion_tokens: 17 } });
  const res = await tryAgent(id);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ reply: 'O corte custa R$ 50,00.', usage: { promptTokens: 321, completionTokens: 17 } });
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
  expect(ai.chatRequests()[0]?.body).toMatchObject({ model: 'gpt-4.1-mini', temperature: 0.7 });
});

it('sends the system prompt and the knowledge as the system message, then the conversation in order with its roles', async () => {
  const id = await createAgent({ systemPrompt: 'Você é a assistente da Barbearia Navalha.', knowledge: 'Corte: R$ 50,00\nBarba: R$ 35,00' });
  ai.script({ text: 'A barba custa R$ 35,00.' });
  const conversation = [
    { role: 'user', content: 'Oi!' },
    { role: 'assistant', content: 'Olá! Como posso ajudar?' },
    { role: 'user', content: 'E a barba?' },
  ];
  expect((await tryAgent(id, conversation)).body.reply).toBe('A barba custa R$ 35,00.');
  const sent = ai.chatRequests()[0]?.body.messages;
  expect(sent).toEqual([
    { role: 'system', content: 'Você é a assistente da Barbearia Navalha.\n\nBase de conhecimento da empresa:\nCorte: R$ 50,00\nBarba: R$ 35,00' },
    ...conversation,
  ]);

  // Without a prompt or knowledge there is no empty system message.
  const bare = await createAgent();
  ai.script({ text: 'ok' });
  await tryAgent(bare, [{ role: 'user', content: 'oi' }]);
  expect(ai.chatRequests()[1]?.body.messages).toEqual([{ role: 'user', content: 'oi' }]);
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
  ai.script({ ...failure }, { text: 'voltei' });
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
