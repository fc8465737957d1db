import type { FakeOpenAi, WaSimulator } from '../../../simulator/src/index.js';
import { many } from '../../src/db/sql.js';
import { attachAgent, createAgent, KNOWLEDGE, rolesAndTexts, startAiApp, SYSTEM_PROMPT } from '../support/ai.js';
import { createAttendant, ticketOf, type Attendant } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13, acceptance 8: the attendant's assist in the chat — POST /api/tickets/:id/ai/suggest (a draft for the
// composer) and …/summary — answers the fake model's text through the real openai SDK, with the agent of the
// ticket's queue or connection or else the company's assist agent, counts the tokens, and sends nothing to the
// customer. Whoever may not see the ticket gets 404; a ticket no agent applies to, 409 ERR_AI_NO_AGENT.
const PHONE = '5511999990181';
const TIMEOUT_MS = 1_500;
const CUSTOMER = '5511944441801';

let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;
let whatsappId: number;
let assistAgent: number;
let ticketId: number;
let zoe: Attendant;
let otherAdmin: { token: string };

const customer = () => sim.contact(CUSTOMER, { pushName: 'Ana' });
const suggest = (who = token, body?: object) => app.api.post(`/api/tickets/${ticketId}/ai/suggest`, body, { token: who });
const summary = (who = token, body?: object) => app.api.post(`/api/tickets/${ticketId}/ai/summary`, body, { token: who });
const setAssistAgent = (id: number | null) => app.api.put('/api/settings', { aiAssistAgentId: id }, { token });
const usageOf = (purpose: string) =>
  many<{ aiAgentId: number; ticketId: number; promptTokens: number; completionTokens: number }>(
    `SELECT "aiAgentId", "ticketId", "promptTokens", "completionTokens" FROM "AiUsage" WHERE purpose = :purpose ORDER BY id`,
    { purpose },
  );
const sentToCustomer = () => many<{ body: string }>(`SELECT body FROM "Messages" WHERE "ticketId" = :ticketId AND "fromMe" ORDER BY id`, { ticketId });

beforeAll(async () => {
  const started = await startAiApp(PHONE, { AI_TIMEOUT_MS: String(TIMEOUT_MS) });
  ({ ai, sim, app, stop } = started);
  token = started.admin.token;
  whatsappId = started.whatsappId;
  started.adminSocket.close();
  // No agent answers on the connection: the customer's ticket is an ordinary one, which the admin takes.
  assistAgent = await createAgent(app.api, token, ai, { name: 'Assistente' });
  await customer().sendText(sim.phone(PHONE), 'Ana: oi, quanto custa a barba? E meu e-mail é ana@exemplo.com');
  ticketId = (await until(() => ticketOf(CUSTOMER), Boolean, 'the customer’s ticket'))!.id;
  expect((await app.api.put(`/api/tickets/${ticketId}`, { action: 'accept' }, { token })).status).toBe(200);
  zoe = await createAttendant(app.api, token, 'Zoe');
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token });
  otherAdmin = await app.api.login('bia@b.test', 'bia-pass-1234');
}, 90_000);
afterEach(async () => {
  await ai.idle();
  ai.reset();
});
afterAll(async () => {
  await stop?.();
});

/**
 * Nothing reached the customer's phone: a message the attendant sends now is the next one the phone decrypts
 * (the connection's queue sends in order, so anything written before it would have arrived first).
 */
async function expectNothingSent(marker: string): Promise<void> {
  expect((await app.api.post(`/api/messages/${ticketId}`, { body: marker }, { token })).status).toBe(201);
  expect((await customer().nextMessage({ timeoutMs: 30_000 })).text).toBe(marker);
  expect((await sentToCustomer()).map((m) => m.body)).toEqual(expect.arrayContaining([marker]));
  expect((await sentToCustomer()).at(-1)!.body).toBe(marker);
}

it('409 ERR_AI_NO_AGENT when no agent answers on the ticket’s connection and the company has no assist agent', async () => {
  await setAssistAgent(null);
  for (const res of [await suggest(), await summary()]) expect([res.status, res.body.error.code]).toEqual([409, 'ERR_AI_NO_AGENT']);
  expect(ai.chatRequests()).toEqual([]);
});

it('suggests a reply from the company’s assist agent, with its prompt and knowledge and the conversation; nothing is sent', async () => {
  expect((await setAssistAgent(assistAgent)).body.settings.aiAssistAgentId).toBe(assistAgent);
  const before = (await sentToCustomer()).length;
  ai.script({ text: '  A barba completa custa R$ 35,00. Quer agendar?  ', usage: { prompt_tokens: 210, completion_tokens: 12 } });
  const res = await suggest();
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ text: 'A barba completa custa R$ 35,00. Quer agendar?' });

  const [request] = ai.chatRequests();
  const [system, ...conversation] = rolesAndTexts(request!);
  expect(system!.role).toBe('system');
  expect(system!.text).toContain(SYSTEM_PROMPT);
  expect(system!.text).toContain(KNOWLEDGE);
  expect(conversation.find((m) => m.text.startsWith('Ana: oi'))?.role).toBe('user');
  expect(system!.text).not.toContain('Ana: oi');
  const usage = await usageOf('assist');
  expect(usage.at(-1)).toEqual({ aiAgentId: assistAgent, ticketId, promptTokens: 210, completionTokens: 12 });

  expect((await sentToCustomer()).length).toBe(before);
  await expectNothingSent('marcador depois da sugestão');
}, 60_000);

it('summarises the conversation in the attendant’s language, counted as a summary; nothing is sent', async () => {
  await setAssistAgent(assistAgent);
  ai.script({ text: 'The customer asks the price of a beard trim and gave ana@exemplo.com.' });
  const res = await summary(token, { language: 'en' });
  expect([res.status, res.body]).toEqual([200, { text: 'The customer asks the price of a beard trim and gave ana@exemplo.com.' }]);
  const texts = rolesAndTexts(ai.chatRequests()[0]!);
  expect(texts[0]!.role).toBe('system');
  expect(texts[0]!.text).toMatch(/summary .*Write in English/s);
  expect(texts.find((m) => m.text.startsWith('Ana: oi'))?.role).toBe('user');
  expect((await usageOf('summary')).at(-1)).toMatchObject({ aiAgentId: assistAgent, ticketId });
  // The demo brain (no script) answers a summary request with a summary: the default language is pt-BR.
  const demo = await summary();
  expect(demo.body.text).toMatch(/^Resumo: /);
  expect(rolesAndTexts(ai.chatRequests()[1]!)[0]!.text).toMatch(/Write in Brazilian Portuguese/);
  await expectNothingSent('marcador depois do resumo');
}, 60_000);

it('uses the agent of the ticket’s connection over the company’s assist agent', async () => {
  await setAssistAgent(assistAgent);
  const own = await createAgent(app.api, token, ai, { name: 'Da conexão', model: 'gpt-4.1-mini', systemPrompt: 'Você é o agente da conexão.' });
  await attachAgent(app.api, token, { whatsappId }, own);
  try {
    ai.script({ text: 'Olá!' });
    expect((await suggest()).body).toEqual({ text: 'Olá!' });
    const [request] = ai.chatRequests();
    expect(request!.body.model).toBe('gpt-4.1-mini');
    expect(rolesAndTexts(request!)[0]!.text).toContain('Você é o agente da conexão.');
    expect((await usageOf('assist')).at(-1)!.aiAgentId).toBe(own);
  } finally {
    await attachAgent(app.api, token, { whatsappId }, null);
  }
}, 60_000);

it('404 for a ticket the caller may not see: another company’s, or another attendant’s; nothing is asked', async () => {
  await setAssistAgent(assistAgent);
  for (const who of [otherAdmin.token, zoe.token]) {
    for (const res of [await suggest(who), await summary(who)]) expect([res.status, res.body.error.code]).toEqual([404, 'ERR_TICKET_NOT_FOUND']);
  }
  // Another company's agent cannot be made this one's assist agent, nor the other way round.
  const foreign = await app.api.put('/api/settings', { aiAssistAgentId: assistAgent }, { token: otherAdmin.token });
  expect([foreign.status, foreign.body.error.code]).toEqual([404, 'ERR_AI_AGENT_NOT_FOUND']);
  expect((await app.api.post(`/api/tickets/${ticketId}/ai/summary`, { language: 'fr' }, { token })).status).toBe(400);
  expect(ai.chatRequests()).toEqual([]);
});

it('maps the endpoint’s failures like the playground: ERR_AI_AUTH, ERR_AI_ENDPOINT, ERR_AI_TIMEOUT; no usage for a failed call', async () => {
  await setAssistAgent(assistAgent);
  const counted = (await usageOf('assist')).length;
  ai.script({ status: 401, message: 'Incorrect API key provided: sk-wrong…abcd', code: 'invalid_api_key' });
  const refused = await suggest();
  expect([refused.status, refused.body.error.code, refused.body.error.details]).toEqual([
    502,
    'ERR_AI_AUTH',
    { providerStatus: 401, providerCode: 'invalid_api_key' },
  ]);
  expect(JSON.stringify(refused.body)).not.toContain('sk-wrong');

  const failing = { status: 500, retryAfterMs: 1 };
  ai.script(failing, failing, failing);
  const failed = await summary();
  expect([failed.status, failed.body.error.code, failed.body.error.details?.providerStatus]).toEqual([502, 'ERR_AI_ENDPOINT', 500]);

  const slow = { text: 'tarde demais', delayMs: 60_000 };
  ai.script(slow, slow, slow);
  const late = await suggest();
  expect([late.status, late.body.error.code]).toEqual([504, 'ERR_AI_TIMEOUT']);
  expect((await usageOf('assist')).length).toBe(counted);
}, 60_000);

it('409 ERR_AI_BUDGET_SPENT once the company’s monthly budget is used, before anything is asked of the endpoint', async () => {
  await setAssistAgent(assistAgent);
  // Whatever the other tests spent this month, plus 50 tokens: one call of 60 spends it.
  const used = (await app.api.get('/api/ai-usage', { token })).body.month.totalTokens as number;
  expect((await app.api.put('/api/settings', { aiMonthlyTokenBudget: used + 50 }, { token })).status).toBe(200);
  try {
    ai.script({ text: 'Posso te ajudar com a barba?', usage: { prompt_tokens: 40, completion_tokens: 20 } });
    expect((await suggest()).body).toEqual({ text: 'Posso te ajudar com a barba?' });
    expect((await app.api.get('/api/ai-usage', { token })).body.month).toMatchObject({ totalTokens: used + 60, spent: true });

    for (const res of [await suggest(), await summary()]) expect([res.status, res.body.error.code]).toEqual([409, 'ERR_AI_BUDGET_SPENT']);
    expect(ai.chatRequests()).toHaveLength(1);
  } finally {
    await app.api.put('/api/settings', { aiMonthlyTokenBudget: null }, { token });
  }
}, 60_000);

it('deleting the assist agent clears the setting', async () => {
  const spare = await createAgent(app.api, token, ai, { name: 'Temporário' });
  expect((await setAssistAgent(spare)).body.settings.aiAssistAgentId).toBe(spare);
  expect((await app.api.delete(`/api/ai-agents/${spare}`, { token })).status).toBe(204);
  expect((await app.api.get('/api/settings/aiAssistAgentId', { token })).body).toEqual({ key: 'aiAssistAgentId', value: null });
});
