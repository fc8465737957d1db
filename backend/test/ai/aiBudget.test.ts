import type { Socket } from 'socket.io-client';
import { agentReply, type FakeOpenAi, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { exec } from '../../src/db/sql.js';
import { aiStepSettled } from '../../src/services/ai/subscribeAiStep.js';
import { aiState, attachAgent, createAgent, HANDOFF_MESSAGE, requestsAbout, startAiApp } from '../support/ai.js';
import { createAttendant, type Attendant, ticketIdOf } from '../support/factories.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// Issue 13, "Usage": the company's monthly token budget (setting `aiMonthlyTokenBudget`), through the real
// pipeline with the fake OpenAI server. Once the month's prompt + completion tokens reach it, the AI hands its
// tickets over with cause `budget` (pending in the queue, the summary note, the handoff message once, no more
// calls), the playground answers 409, and the admins are alerted once per month (at 80 % and when spent).
// GET /api/ai-usage sums exactly what the fake server reported, per company.
const PHONE = '5511999990134';
let ai: FakeOpenAi;
let sim: WaSimulator;
let app: TestApp;
let stop: () => Promise<void>;
let token: string;
let adminSocket: Socket;
let alertEvents: { action: string; alert: { reason: string; period: string | null; whatsappId: number | null } }[];
let agentId: number;
let vendas: number;
let rita: Attendant;
let ritaSocket: Socket;
let ritaMessages: { message: { body: string } }[];

beforeAll(async () => {
  let whatsappId: number;
  ({
    ai,
    sim,
    app,
    admin: { token },
    whatsappId,
    adminSocket,
    stop,
  } = await startAiApp(PHONE, { AI_DEBOUNCE_MS: '200' }));
  alertEvents = record(adminSocket, 'alert');
  rita = await createAttendant(app.api, token, 'Rita');
  vendas = (await app.api.post('/api/queues', { name: 'Vendas', distribution: 'round_robin', userIds: [rita.id], whatsappIds: [whatsappId] }, { token })).body
    .queue.id;
  agentId = await createAgent(app.api, token, ai);
  await attachAgent(app.api, token, { queueId: vendas }, agentId);
  ritaSocket = await connectSocket(app.url, rita.token);
  ritaMessages = record(ritaSocket, 'appMessage');
}, 90_000);
afterAll(async () => {
  ritaSocket?.close();
  await stop?.();
});

const contact = (n: number, name: string) => sim.contact(`55119444414${String(n).padStart(2, '0')}`, { pushName: name });
const usage = async (as = token, query = '') => app.api.get(`/api/ai-usage${query}`, { token: as });
const setBudget = async (tokens: number | null, as = token) => {
  const saved = await app.api.put('/api/settings', { aiMonthlyTokenBudget: tokens }, { token: as });
  expect(saved.status).toBe(200);
};
/** The tokens of the company's month so far, as the usage API counts them (the budget's own count). */
const monthTotal = async () => (await usage()).body.month.totalTokens as number;
const budgetAlerts = async (as = token) =>
  ((await app.api.get('/api/alerts', { token: as })).body.alerts as { reason: string }[]).filter((a) => a.reason.startsWith('aiBudget'));
const tryAgent = (id: number, as = token) =>
  app.api.post(`/api/ai-agents/${id}/test`, { messages: [{ role: 'user', content: 'Quanto custa o corte?' }] }, { token: as });

/** A new company (as the super admin creates one) and its admin, signed in. */
async function companyAdmin(name: string, email: string, timezone?: string): Promise<{ token: string; user: { companyId: number } }> {
  const created = await app.api.post('/api/companies', { name, timezone, admin: { name: `Admin ${name}`, email, password: 'company-pass-1234' } }, { token });
  expect(created.status).toBe(201);
  return app.api.login(email, 'company-pass-1234');
}

/** What the fake server reported for the chat calls of `model`, summed as the usage API sums them. */
function reported(model = 'gpt-4o-mini') {
  const answered = ai.chatRequests().filter((r) => r.body.model === model && r.response?.status === 200);
  const usages = answered.map((r) => (r.response!.body as { usage: { prompt_tokens: number; completion_tokens: number } }).usage);
  const promptTokens = usages.reduce((n, u) => n + u.prompt_tokens, 0);
  const completionTokens = usages.reduce((n, u) => n + u.completion_tokens, 0);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens, calls: answered.length };
}

/** The budget handoff: the handoff message once on the phone, the ticket distributed to Rita, the note, and no AI call for what comes next. */
async function expectBudgetHandoff(customer: SimContact, aiReplies: string[] = []): Promise<void> {
  expect((await customer.nextMessage({ timeoutMs: 30_000 })).text).toBe(HANDOFF_MESSAGE);
  const ticketId = await ticketIdOf(customer);
  await until(
    () => aiState(ticketId),
    (s) => s.userId === rita.id,
    'the ticket distributed to Rita',
  );
  expect(await aiState(ticketId)).toMatchObject({ botActive: false, status: 'open', queueId: vendas, aiReplies, automaticTexts: [HANDOFF_MESSAGE] });
  const history = (await app.api.get(`/api/tickets/${ticketId}/history`, { token })).body.history as { action: string; toStatus: string; toQueueId: number }[];
  expect(history.at(-2)).toMatchObject({ action: 'handedOff', toStatus: 'pending', toQueueId: vendas });
  const notes = (await app.api.get(`/api/tickets/${ticketId}/notes`, { token: rita.token })).body.notes as { userId: number | null; body: string }[];
  expect(notes).toEqual([expect.objectContaining({ userId: null, body: expect.stringMatching(/limite mensal de uso de IA da empresa foi atingido/) })]);

  // The customer goes on: Rita gets it (the barrier), the AI has nothing queued and was never asked.
  const after = `${customer.pn} depois do limite`;
  await customer.sendText(sim.phone(PHONE), after);
  await until(() => ritaMessages.find((e) => e.message.body === after), Boolean, 'the next message in Rita’s inbox');
  await aiStepSettled();
  expect(requestsAbout(ai, after)).toEqual([]);
  expect((await aiState(ticketId)).automaticTexts).toEqual([HANDOFF_MESSAGE]);
}

it('answers until the month’s tokens reach the budget, warns the admins at 80 % and when spent (once each), then hands every turn to people', async () => {
  // Relative to what this month already holds, so the test reads the same alone or after others.
  await setBudget((await monthTotal()) + 1000);
  ai.script(
    { json: agentReply({ reply: 'Oi, Ana! Em que posso ajudar?' }), usage: { prompt_tokens: 700, completion_tokens: 150 } },
    { json: agentReply({ reply: 'O corte custa R$ 50,00.' }), usage: { prompt_tokens: 250, completion_tokens: 50 } },
  );
  const ana = contact(1, 'Ana');
  await ana.sendText(sim.phone(PHONE), 'Ana: oi');
  expect((await ana.nextMessage({ timeoutMs: 30_000 })).text).toBe('Oi, Ana! Em que posso ajudar?');
  expect(await budgetAlerts()).toEqual([]);

  // 850 of 1,000 used: this turn is still allowed (and the admins are warned); it takes the month past the budget.
  await ana.sendText(sim.phone(PHONE), 'Ana: quanto custa o corte?');
  expect((await ana.nextMessage({ timeoutMs: 30_000 })).text).toBe('O corte custa R$ 50,00.');
  expect(await budgetAlerts()).toEqual([expect.objectContaining({ reason: 'aiBudgetNear', whatsappId: null, whatsappName: null })]);
  expect((await aiState(await ticketIdOf(ana))).usage.map((u) => u.promptTokens + u.completionTokens)).toEqual([850, 300]);

  // Spent: a new conversation is handed over at once, without asking the model…
  const beto = contact(2, 'Beto');
  await beto.sendText(sim.phone(PHONE), 'Beto: oi, tem horário hoje?');
  await expectBudgetHandoff(beto);
  expect(requestsAbout(ai, 'Beto:')).toEqual([]);
  // …and so is the next turn of one the AI was answering.
  await ana.sendText(sim.phone(PHONE), 'Ana: e a barba?');
  await expectBudgetHandoff(ana, ['Oi, Ana! Em que posso ajudar?', 'O corte custa R$ 50,00.']);
  expect(requestsAbout(ai, 'Ana: e a barba?')).toEqual([]);

  // Each alert once, however many turns found the budget spent: stored, and sent live to the admins' sockets
  // (the settings event, emitted after everything before it, is the barrier).
  const period = (await usage()).body.month.period as string;
  const alerts = await budgetAlerts();
  expect(alerts.map((a) => a.reason)).toEqual(['aiBudgetSpent', 'aiBudgetNear']);
  expect(alerts[0]).toMatchObject({ period, whatsappId: null });
  const spent = await monthTotal();
  await barrier(adminSocket, 'settings', () => setBudget(spent - 1));
  expect(alertEvents.map((e) => [e.action, e.alert.reason, e.alert.period])).toEqual([
    ['raised', 'aiBudgetNear', period],
    ['raised', 'aiBudgetSpent', period],
  ]);
  // An attendant has no bell of alerts.
  expect((await app.api.get('/api/alerts', { token: rita.token })).status).toBe(403);
}, 120_000);

it('refuses the playground with 409 ERR_AI_BUDGET_SPENT once the month’s budget is used, without calling the endpoint', async () => {
  // A company of its own, so that its alerts are not the ones the pipeline test counts.
  const carla = await companyAdmin('Empresa C', 'carla@c.test');
  const agentC = await createAgent(app.api, carla.token, ai, { name: 'IA da C', model: 'gpt-4o' });
  ai.script({ json: agentReply({ reply: 'Custa R$ 50,00.' }), usage: { prompt_tokens: 40, completion_tokens: 10 } });
  expect((await tryAgent(agentC, carla.token)).status).toBe(200);

  await setBudget(50, carla.token); // exactly reached counts as spent
  const before = ai.chatRequests().length;
  const refused = await tryAgent(agentC, carla.token);
  expect([refused.status, refused.body.error.code]).toEqual([409, 'ERR_AI_BUDGET_SPENT']);
  expect(ai.chatRequests()).toHaveLength(before);
  expect((await usage(carla.token)).body.month).toMatchObject({ totalTokens: 50, calls: 1, budget: 50, spent: true });
  expect((await budgetAlerts(carla.token)).map((a) => a.reason)).toEqual(['aiBudgetSpent']);

  // A bigger budget (or none: 0 means none) lets it answer again.
  await setBudget(0, carla.token);
  expect((await app.api.get('/api/settings/aiMonthlyTokenBudget', { token: carla.token })).body).toEqual({ key: 'aiMonthlyTokenBudget', value: null });
  ai.script({ json: agentReply({ reply: 'Custa R$ 50,00.' }), usage: { prompt_tokens: 40, completion_tokens: 10 } });
  expect((await tryAgent(agentC, carla.token)).status).toBe(200);
  expect((await usage(carla.token)).body.month).toMatchObject({ totalTokens: 100, budget: null, spent: false });
}, 60_000);

it('reports per day, per agent and per purpose exactly the tokens the endpoint reported, for admins and supervisors only', async () => {
  ai.script({ json: agentReply({ reply: 'Oi!' }), usage: { prompt_tokens: 123, completion_tokens: 45 } });
  await setBudget(null);
  expect((await tryAgent(agentId)).status).toBe(200);
  const supervisor = await createAttendant(app.api, token, 'Sofia', 'supervisor');
  const res = await usage(supervisor.token);
  expect(res.status).toBe(200);
  const view = res.body;
  const sent = reported();
  const today = view.perDay.at(-1);
  expect(view.month).toMatchObject({ ...sent, budget: null, spent: false, period: today.day.slice(0, 7) });
  expect(view.totals).toEqual(sent);
  // This month, day by day (every day so far, zeros included): everything this test file spent was today.
  expect(view.perDay.map((d: { day: string }) => d.day.slice(8))).toEqual(Array.from({ length: view.perDay.length }, (_, i) => String(i + 1).padStart(2, '0')));
  expect(today).toEqual({ day: expect.any(String), ...sent });
  expect(view.agents).toEqual([{ aiAgentId: agentId, name: 'Navalha IA', ...sent }]);
  // Replies (when the pipeline test ran first) and the playground's calls, which together are everything.
  const purposes = view.purposes as { purpose: string; totalTokens: number }[];
  expect(purposes.map((p) => p.purpose)).toContain('test');
  expect(purposes.every((p) => ['reply', 'test'].includes(p.purpose))).toBe(true);
  expect(purposes.reduce((n, p) => n + p.totalTokens, 0)).toBe(sent.totalTokens);

  expect((await usage(rita.token)).status).toBe(403);
  expect((await app.api.get('/api/ai-usage')).status).toBe(401);
  const backwards = await usage(token, '?from=2026-03-10&to=2026-03-01');
  expect([backwards.status, backwards.body.error.code]).toEqual([400, 'ERR_DASHBOARD_RANGE_INVALID']);
  const bad = await usage(token, '?from=ontem');
  expect([bad.status, bad.body.error.code]).toEqual([400, 'ERR_VALIDATION']);
}, 60_000);

it('keeps each company’s usage, budget and alerts to itself, and counts the month in the company’s time zone', async () => {
  const bia = await companyAdmin('Empresa B', 'bia@b.test', 'Pacific/Kiritimati');
  const companyB = bia.user.companyId;
  const agentB = await createAgent(app.api, bia.token, ai, { name: 'IA da B', model: 'gpt-4.1-mini' });
  const aBefore = (await usage()).body.month;

  // Just before B's month began (in UTC+14, not in the server's zone), a huge call; at its first instant, a small one.
  const monthStartB = `(date_trunc('month', now() AT TIME ZONE 'Pacific/Kiritimati') AT TIME ZONE 'Pacific/Kiritimati')`;
  await exec(
    `INSERT INTO "AiUsage" ("companyId", "aiAgentId", purpose, model, "promptTokens", "completionTokens", "createdAt")
     VALUES (:companyB, :agentB, 'test', 'gpt-4.1-mini', 5000000, 0, ${monthStartB} - interval '1 second'),
            (:companyB, :agentB, 'test', 'gpt-4.1-mini', 6, 1, ${monthStartB})`,
    { companyB, agentB },
  );
  await setBudget(1000, bia.token);
  ai.script({ json: agentReply({ reply: 'Olá da B' }), usage: { prompt_tokens: 90, completion_tokens: 10 } });
  expect((await tryAgent(agentB, bia.token)).status).toBe(200);

  const b = (await usage(bia.token)).body;
  expect(b.range.timezone).toBe('Pacific/Kiritimati');
  expect(b.month).toMatchObject({ promptTokens: 96, completionTokens: 11, totalTokens: 107, calls: 2, budget: 1000, spent: false });
  expect(b.agents).toEqual([expect.objectContaining({ aiAgentId: agentB, name: 'IA da B', totalTokens: 107 })]);
  // A's figures did not move, and its budget is its own.
  const a = (await usage()).body;
  expect(a.month).toMatchObject({ totalTokens: aBefore.totalTokens, calls: aBefore.calls, budget: aBefore.budget });
  expect(a.agents.map((x: { aiAgentId: number }) => x.aiAgentId)).not.toContain(agentB);
  // A's spent alert is not B's; B spending its own budget is.
  expect(await budgetAlerts(bia.token)).toEqual([]);
  await setBudget(100, bia.token);
  const refused = await tryAgent(agentB, bia.token);
  expect([refused.status, refused.body.error.code]).toEqual([409, 'ERR_AI_BUDGET_SPENT']);
  expect((await budgetAlerts(bia.token)).map((x) => x.reason)).toEqual(['aiBudgetSpent']);
}, 60_000);
