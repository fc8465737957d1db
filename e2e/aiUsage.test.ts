import type { Answer } from '@atende/contract';
import { agentReply, startFakeOpenAi, type FakeOpenAi } from '../simulator/src/openai/index.js';
import { apiSignIn } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { openFromMenu, signIn } from './support/session.js';

// An admin limits the AI agents' tokens per month in Settings, watches the month fill up under Agentes de IA ›
// Uso, is alerted in the bell at 80 % and when the budget is spent, and the playground then refuses. In a
// company of its own, so that its budget and alerts touch no other browser test.
const runId = Date.now().toString(36);
const EMAIL = `orcamento-${runId}@atende.test`;
const PASSWORD = 'orcamento-pass-1';
const API_KEY = `sk-e2e-budget-${runId}`;

let fake: FakeOpenAi | undefined;

beforeAll(async () => {
  fake = await startFakeOpenAi({ apiKey: API_KEY });
}, 30_000);

const suite = useBrowserSuite({ name: 'ai-usage', afterStop: async () => fake?.close() });

test('an admin sets a monthly token budget, follows the usage, is alerted, and the playground stops when it is spent', async () => {
  const superAdmin = await suite.api();
  await superAdmin.post('/api/companies', { name: `Barbearia ${runId}`, admin: { name: 'Olga Orçamento', email: EMAIL, password: PASSWORD } });
  const api = await apiSignIn(suite.stack.url, EMAIL, PASSWORD);
  const { aiAgent } = await api.post<Answer<'POST /api/ai-agents'>>('/api/ai-agents', {
    name: 'Navalha IA',
    baseUrl: fake!.url,
    apiKey: API_KEY,
    model: 'gpt-4o-mini',
  });
  const tryAgent = () => api.post<Answer<'POST /api/ai-agents/:id/test'>>(`/api/ai-agents/${aiAgent.id}/test`, { messages: [{ role: 'user', content: 'Oi' }] });

  const watched = await suite.newPage();
  const { page } = watched;
  await page.goto('/');
  await signIn(page, EMAIL, PASSWORD);
  await openFromMenu(page, 'Configurações');
  await page.getByRole('switch', { name: 'Limitar o uso de IA por mês' }).click();
  const budget = page.getByRole('spinbutton', { name: /Limite mensal de tokens/ });
  await budget.fill('1000');
  await budget.scrollIntoViewIfNeeded();
  await screenshot(page, 'ai-usage-01-settings');
  await page.getByRole('button', { name: 'Salvar' }).click();
  await page.getByText('Configurações salvas').waitFor();

  // 850 tokens, then a call that starts at 85 % (the admins are warned) and takes the month past the budget.
  fake!.script(
    { json: agentReply({ reply: 'Olá!' }), usage: { prompt_tokens: 700, completion_tokens: 150 } },
    { json: agentReply({ reply: 'Olá de novo!' }), usage: { prompt_tokens: 250, completion_tokens: 50 } },
  );
  await tryAgent();
  await tryAgent();

  await openFromMenu(page, 'Agentes de IA');
  await page.getByRole('tab', { name: 'Uso' }).click();
  const month = page.getByRole('region', { name: /^Uso de / });
  await month.getByText('1.150 de 1.000 tokens (115%)').waitFor();
  await page.getByRole('table', { name: 'Por dia' }).waitFor();
  await screenshot(page, 'ai-usage-02-panel-spent');

  // The first call that finds the budget spent is refused, and the admins hear of it once.
  await expect(tryAgent()).rejects.toThrow(/409: .*ERR_AI_BUDGET_SPENT/);
  await page.getByRole('button', { name: 'Notificações: 2 alertas não vistos' }).click();
  const panel = page.getByRole('dialog', { name: 'Notificações' });
  await panel.getByText(/atingiram o limite de tokens de/).waitFor();
  await panel.getByText(/já usaram 80% do limite de tokens de/).waitFor();
  await screenshot(page, 'ai-usage-03-bell');
  await page.keyboard.press('Escape');

  // The playground says why, in the admin's language.
  await page.getByRole('tab', { name: 'Agentes' }).click();
  await page.getByRole('button', { name: 'Testar Navalha IA' }).click();
  const test = page.getByRole('dialog', { name: 'Testar Navalha IA' });
  await test.getByRole('textbox', { name: 'Mensagem' }).fill('Quanto custa o corte?');
  await test.getByRole('textbox', { name: 'Mensagem' }).press('Enter');
  await test.getByText(/O limite mensal de tokens de IA da empresa foi atingido/).waitFor();
  await screenshot(page, 'ai-usage-04-playground-refused');
  // Chromium logs every 4xx answer to the console by itself; this one is the refusal asked for, and the only one.
  const refusal = watched.problems.findIndex((p) => /status of 409 .*\/api\/ai-agents\/\d+\/test/.test(p));
  expect(refusal).toBeGreaterThanOrEqual(0);
  watched.problems.splice(refusal, 1);
  expect(fake!.chatRequests()).toHaveLength(2);

  // On a phone.
  await test.getByRole('button', { name: 'Fechar' }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ai-agents/usage');
  await page.getByRole('region', { name: /^Uso de / }).waitFor();
  await screenshot(page, 'ai-usage-05-phone');
});
