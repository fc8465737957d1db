import type { Answer } from '@atende/contract';
import { startFakeOpenAi, type FakeOpenAi } from '../simulator/src/openai/index.js';
import { connectionNamed } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { openFromMenu } from './support/session.js';

// An admin sets up an AI agent against our fake OpenAI-compatible server (simulator/src/openai, the real
// `openai` SDK in the backend calls it on 127.0.0.1), tries it in the playground and attaches it to a
// connection. The fake's demo brain answers from the knowledge text, as a model would.
const runId = Date.now().toString(36);
const AGENT = `Ana da Padaria ${runId}`;
const CONNECTION = `Padaria WhatsApp ${runId}`;
const API_KEY = `sk-e2e-${runId}`;
const PROMPT = 'Você é a Ana, atendente virtual da Padaria Pão Quente. Responda em português, de forma breve e simpática.';
const KNOWLEDGE = [
  'Horário: segunda a sexta das 7h às 19h; sábado das 7h às 13h; domingo fechado.',
  'Pão francês: R$ 0,80 a unidade.',
  'Bolo de cenoura com chocolate: R$ 45,00 (encomendas com 1 dia de antecedência).',
  'Endereço: Rua das Flores, 120, Centro.',
].join('\n');

let fake: FakeOpenAi | undefined;

beforeAll(async () => {
  // A key it insists on (401 otherwise), and the time a real model takes, so the progress line shows.
  fake = await startFakeOpenAi({ apiKey: API_KEY, latencyMs: 1500 });
}, 30_000);

const suite = useBrowserSuite({ name: 'ai-agents', afterStop: async () => fake?.close() });

test('an admin creates an agent pointed at an OpenAI-compatible server, tries it, and attaches it to a connection', async () => {
  const api = await suite.api();
  // Made through the API: the dialog's create would start a WhatsApp session, and there is no phone here.
  await api.post('/api/whatsapps', { name: CONNECTION });

  const { page } = await suite.adminPage();
  await openFromMenu(page, 'Agentes de IA');
  await page.getByRole('heading', { name: 'Agentes de IA' }).waitFor();
  await screenshot(page, 'ai-agents-01-page');

  // The form: the address of the fake server, its key, the prompt and the knowledge (its counter follows).
  await page.getByRole('button', { name: 'Novo agente' }).click();
  const form = page.getByRole('dialog', { name: 'Novo agente de IA' });
  await form.getByLabel(/^Nome/).fill(AGENT);
  await form.getByLabel(/^URL base/).fill(fake!.url);
  await form.getByLabel(/^Chave da API/).fill(API_KEY);
  await form.getByLabel(/^Instruções/).fill(PROMPT);
  await form.getByLabel('Base de conhecimento').fill(KNOWLEDGE);
  await form.getByText(`${KNOWLEDGE.length.toLocaleString('pt-BR')} / 20.000 caracteres`).waitFor();
  await screenshot(page, 'ai-agents-02-form');
  await form.getByRole('heading', { name: 'Áudios' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'ai-agents-03-form-bottom');
  await form.getByRole('button', { name: 'Criar' }).click();

  // A new agent opens its test: the connection first (the fake lists its models), then a conversation.
  const test = page.getByRole('dialog', { name: `Testar ${AGENT}` });
  await test.getByRole('button', { name: 'Testar conexão' }).click();
  await test.getByText('Conexão OK: o servidor respondeu e o modelo gpt-4o-mini está disponível.').waitFor();

  await test.getByRole('textbox', { name: 'Mensagem' }).fill('Vocês abrem no sábado?');
  await test.getByRole('textbox', { name: 'Mensagem' }).press('Enter');
  const log = test.getByRole('log', { name: 'Conversa de teste' });
  await log.getByRole('status').getByText(`${AGENT} está escrevendo…`).waitFor();
  await screenshot(page, 'ai-agents-04-playground-waiting');
  await log.getByText(/sábado das 7h às 13h/).waitFor({ timeout: 30_000 });
  await log.getByText(/^\d[\d.]* tokens de entrada · \d[\d.]* de saída$/).waitFor();
  await screenshot(page, 'ai-agents-05-playground-reply');

  // What went to the provider: the key in the Authorization header only, prompt and knowledge in the system
  // message, the admin's words as the user's.
  const [chat] = fake!.chatRequests();
  expect(chat?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  const messages = chat?.body.messages ?? [];
  expect(messages[0]).toMatchObject({ role: 'system' });
  expect(String(messages[0]?.content)).toContain(PROMPT);
  expect(String(messages[0]?.content)).toContain('Bolo de cenoura');
  expect(messages.at(-1)).toEqual({ role: 'user', content: 'Vocês abrem no sábado?' });
  expect(chat?.raw.toString('utf8')).not.toContain(API_KEY);

  await test.getByRole('button', { name: 'Fechar' }).click();
  await test.waitFor({ state: 'hidden' });
  const row = page.getByRole('table', { name: 'Lista de agentes de IA' }).getByRole('row', { name: new RegExp(AGENT) });
  await row.getByText('Chave salva').waitFor();
  await row.getByText(new URL(fake!.url).host, { exact: true }).waitFor();
  await screenshot(page, 'ai-agents-06-list');

  // Editing never shows the key: it says one is saved.
  await row.getByRole('button', { name: `Editar ${AGENT}` }).click();
  const edit = page.getByRole('dialog', { name: 'Editar agente de IA' });
  await edit.getByRole('group', { name: 'Chave da API' }).getByText('Chave salva').waitFor();
  expect(await edit.locator('input[type="password"]').count()).toBe(0);
  await screenshot(page, 'ai-agents-07-edit-key-saved');
  await edit.getByRole('button', { name: 'Cancelar' }).click();
  await edit.waitFor({ state: 'hidden' });

  // Attached to the connection in its dialog; the server keeps it.
  await openFromMenu(page, 'Conexões');
  const connection = page.getByRole('table', { name: 'Lista de conexões' }).getByRole('row', { name: new RegExp(CONNECTION) });
  await connection.getByRole('button', { name: `Editar ${CONNECTION}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Editar conexão' });
  await dialog.getByRole('combobox', { name: 'Agente de IA' }).click();
  await page.getByRole('option', { name: AGENT }).click();
  await dialog.getByText('Se a fila do atendimento tiver um agente, vale o da fila.', { exact: false }).waitFor();
  await screenshot(page, 'ai-agents-08-connection-picker');
  await dialog.getByRole('button', { name: 'Salvar' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const { aiAgents } = await api.get<Answer<'GET /api/ai-agents'>>('/api/ai-agents');
  const agent = aiAgents.find((a) => a.name === AGENT);
  expect(agent).toMatchObject({ baseUrl: fake!.url, hasApiKey: true, model: 'gpt-4o-mini', knowledge: KNOWLEDGE, systemPrompt: PROMPT });
  expect(JSON.stringify(aiAgents)).not.toContain(API_KEY);
  expect((await connectionNamed(api, CONNECTION)).aiAgentId).toBe(agent?.id);

  // On a phone: the list keeps name, model and server under the name; the test takes the whole screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ai-agents');
  const phoneRow = page.getByRole('table', { name: 'Lista de agentes de IA' }).getByRole('row', { name: new RegExp(AGENT) });
  await phoneRow.getByText(`gpt-4o-mini · ${new URL(fake!.url).host}`).waitFor();
  await screenshot(page, 'ai-agents-09-phone-list');
  await phoneRow.getByRole('button', { name: `Testar ${AGENT}` }).click();
  await page
    .getByRole('dialog', { name: `Testar ${AGENT}` })
    .getByRole('textbox', { name: 'Mensagem' })
    .waitFor();
  await screenshot(page, 'ai-agents-10-phone-test');
});
