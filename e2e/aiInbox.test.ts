import type { Answer } from '@atende/contract';
import type { Page } from 'playwright-core';
import { startFakeOpenAi, startWaSimulator, type FakeOpenAi, type SimPhone, type WaSimulator } from '../simulator/src/index.js';
import { connectionNamed, createAttendant, type ApiClient } from './support/api.js';
import { screenshot, type WatchedPage } from './support/browser.js';
import { simulatorEnv, useBrowserSuite } from './support/browserSuite.js';
import { Shots, connectByQr, receivedBy, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';
import { ADMIN, openFromMenu, signIn } from './support/session.js';

// Issue 13, acceptance 10: the AI agent in the inbox, with real WhatsApp messages (the simulator) and the real
// `openai` SDK in the backend calling our fake OpenAI-compatible server (its demo brain answers from the
// knowledge). An admin creates the agent, tries it once in the playground and attaches it to a connection; a
// customer writes; the AI's answer reaches the phone and shows live in the admin's inbox under the Bot filter,
// badged as the AI's; the customer asks for a person; the ticket waits in Aguardando with the AI's summary
// note; an attendant accepts and answers, and the phone gets the attendant's words. Then a supervisor's
// "Assumir" on a second conversation. Unique names (runId): other files write to the same database.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55117${String(Date.now()).slice(-8)}`;
const CONNECTION = `Confeitaria ${runId}`;
const QUEUE = `Encomendas ${runId}`;
const AGENT = `Clara da Confeitaria ${runId}`;
const API_KEY = `sk-e2e-inbox-${runId}`;
const ATTENDANT = { name: `Bia ${runId}`, email: `bia.${runId}@atende.test`, password: 'attendant-e2e-pass' };
const PROMPT = 'Você é a Clara, atendente virtual da Confeitaria Doce Lar. Responda em português, de forma breve e simpática.';
const KNOWLEDGE = [
  'Bolo de cenoura com chocolate: R$ 45,00 (encomendas com 1 dia de antecedência).',
  'Horário: segunda a sábado, das 8h às 18h.',
  'Entrega: grátis no Centro; R$ 10,00 nos outros bairros.',
].join('\n');
const HANDOFF = 'Vou passar sua conversa para um de nossos atendentes. Em instantes alguém continua com você.';
const pt = UI['pt-BR'];
const shots = new Shots('ai-inbox');
let numbers = 0;
const newNumber = () => `55117${String(Date.now() + ++numbers).slice(-8)}`;

let fake: FakeOpenAi | undefined;
let sim: WaSimulator | undefined;
let phone: SimPhone | undefined;
let api: ApiClient | undefined;
let admin: WatchedPage | undefined;

beforeAll(async () => {
  fake = await startFakeOpenAi({ apiKey: API_KEY, latencyMs: 800 });
  sim = await startWaSimulator();
  phone = sim.phone(COMPANY_NUMBER);
}, 60_000);

const suite = useBrowserSuite({
  name: 'ai-inbox',
  env: () => simulatorEnv(sim!),
  afterStop: async () => {
    await sim?.close();
    await fake?.close();
  },
});

beforeAll(async () => {
  api = await suite.api();
  admin = await suite.newPage();
}, 60_000);

function started() {
  if (!fake || !sim || !phone || !api || !admin) throw new Error('the stack, the simulator, the fake OpenAI server or the browser did not start');
  return { fake, sim, phone, api, page: admin.page };
}

/** A picture of every open page when a step fails, and what the server holds, then the failure. */
async function pictured(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [i, watched] of suite.pages.entries()) await screenshot(watched.page, `failed-ai-inbox-${runId}-${i}`).catch(() => undefined);
    const held = await Promise.all(
      ['/api/tickets?status=pending&bot=true', '/api/tickets?status=pending&bot=false', '/api/tickets?status=open'].map(async (path) =>
        api?.get(path).catch((e: unknown) => String(e)),
      ),
    );
    console.log('server state:', JSON.stringify(held).slice(0, 3000));
    throw error;
  }
}

/** The admin's inbox narrowed to the conversations the AI answers (the Bot filter, on Aguardando). */
async function showBotConversations(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Filtros', exact: true }).click();
  const filters = page.getByRole('dialog', { name: 'Filtrar atendimentos' });
  await filters.getByRole('switch', { name: 'Só conversas com a IA' }).check();
  await shots.take(page, 'bot-filter');
  await filters.getByRole('button', { name: 'Fechar' }).click();
  await filters.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Com a IA' }).waitFor();
  await page.getByRole('tab', { name: pt.tickets.tab.pending, selected: true }).waitFor();
}

const messages = (page: Page) => page.getByRole('list', { name: pt.tickets.messages });

test('an agent answers a customer live in the inbox, hands over on request with its summary, and an attendant takes it from there', async () => {
  const { fake, sim, phone, api, page } = started();
  await pictured(async () => {
    await page.goto('/');
    await signIn(page, ADMIN.email, ADMIN.password);
    // No greeting: the AI is the first to answer. New tickets land in the connection's only queue, Bia's.
    await connectByQr(page, pt, shots, phone, { name: CONNECTION, greeting: '' });
    const connection = await connectionNamed(api, CONNECTION);
    const bia = await createAttendant(api, ATTENDANT.name, ATTENDANT.email, ATTENDANT.password);
    await api.post('/api/queues', { name: QUEUE, color: '#c2185b', whatsappIds: [connection.id], userIds: [bia.id] });

    // The agent, against the fake server; its playground once.
    await openFromMenu(page, 'Agentes de IA');
    await page.getByRole('button', { name: 'Novo agente' }).click();
    const form = page.getByRole('dialog', { name: 'Novo agente de IA' });
    await form.getByLabel(/^Nome/).fill(AGENT);
    await form.getByLabel(/^URL base/).fill(fake.url);
    await form.getByLabel(/^Chave da API/).fill(API_KEY);
    await form.getByLabel(/^Instruções/).fill(PROMPT);
    await form.getByLabel('Base de conhecimento').fill(KNOWLEDGE);
    await form.getByRole('button', { name: 'Criar' }).click();
    const playground = page.getByRole('dialog', { name: `Testar ${AGENT}` });
    await playground.getByRole('textbox', { name: 'Mensagem' }).fill('Vocês entregam no Centro?');
    await playground.getByRole('textbox', { name: 'Mensagem' }).press('Enter');
    await playground
      .getByRole('log', { name: 'Conversa de teste' })
      .getByText(/Entrega: grátis no Centro/)
      .waitFor({ timeout: 30_000 });
    await shots.take(page, 'playground');
    await playground.getByRole('button', { name: 'Fechar' }).click();
    await playground.waitFor({ state: 'hidden' });

    // Attached to the connection in its dialog.
    await openFromMenu(page, 'Conexões');
    const row = page.getByRole('table', { name: 'Lista de conexões' }).getByRole('row', { name: new RegExp(CONNECTION) });
    await row.getByRole('button', { name: `Editar ${CONNECTION}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Editar conexão' });
    await dialog.getByRole('combobox', { name: 'Agente de IA' }).click();
    await page.getByRole('option', { name: AGENT }).click();
    await dialog.getByRole('button', { name: 'Salvar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const { aiAgents } = await api.get<Answer<'GET /api/ai-agents'>>('/api/ai-agents');
    expect((await connectionNamed(api, CONNECTION)).aiAgentId).toBe(aiAgents.find((a) => a.name === AGENT)?.id);

    // The admin watches the AI's conversations; the customer writes; the AI's answer reaches the phone.
    await openFromMenu(page, 'Atendimentos');
    await showBotConversations(page);
    const marina = `Marina ${runId}`;
    const customer = sim.contact(newNumber(), { pushName: marina });
    await customer.sendText(phone, 'Oi! Quanto custa o bolo de cenoura?');
    const answer = await receivedBy(customer, () => true);
    expect(answer.text).toContain('Bolo de cenoura com chocolate: R$ 45,00');

    // Live in the Bot list, marked as the AI's; in the chat, the answer badged as the AI's, never a person's.
    const card = ticketCard(page, pt, 'pending', marina);
    await card.getByText('IA atendendo').waitFor({ timeout: 20_000 });
    await shots.take(page, 'bot-list');
    await card.click();
    await page.getByText('Em atendimento pela IA').waitFor();
    const aiBubble = messages(page).getByRole('listitem', { name: pt.tickets.sent }).filter({ hasText: 'Bolo de cenoura com chocolate' });
    await aiBubble.getByLabel('Enviada pelo agente de IA').waitFor({ timeout: 20_000 });
    expect(await aiBubble.getByLabel('Enviada pelo agente de IA').textContent()).toBe('IA');
    await page.getByRole('button', { name: 'Assumir' }).waitFor();
    expect(await page.getByRole('button', { name: pt.tickets.accept, exact: true }).count()).toBe(0);
    await page.getByText('A IA está atendendo esta conversa. Assuma-a para responder.').waitFor();
    await aiBubble.getByLabel('Enviada pelo agente de IA').hover();
    await page.getByRole('tooltip', { name: 'Enviada pelo agente de IA' }).waitFor();
    await shots.take(page, 'ai-answer-in-chat');

    // The customer asks for a person: the handoff message reaches the phone, once.
    await customer.sendText(phone, 'quero falar com um atendente');
    expect((await receivedBy(customer, () => true)).text).toBe(HANDOFF);
    // The ticket leaves the Bot list and waits in Aguardando, in its queue, for a person.
    await page.getByRole('button', { name: pt.tickets.accept, exact: true }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Em atendimento pela IA').count()).toBe(0);
    await page.getByText('Nenhum atendimento com estes filtros.').waitFor();
    await page.getByRole('img', { name: 'Remover filtro Com a IA' }).click();
    await ticketCard(page, pt, 'pending', marina).getByText(QUEUE).waitFor();
    expect(await ticketCard(page, pt, 'pending', marina).getByText('IA atendendo').count()).toBe(0);
    // The summary note, written by the AI assistant.
    await page.getByRole('button', { name: 'Dados do contato' }).click();
    const drawer = page.getByRole('dialog', { name: marina });
    const note = drawer.getByRole('list', { name: 'Notas internas' }).getByRole('listitem').filter({ hasText: 'Resumo do assistente de IA' });
    await note.getByText(/o cliente pediu para falar com uma pessoa \("atendente"\)/).waitFor();
    await note.getByText(/^Assistente de IA ·/).waitFor();
    await drawer.getByRole('list', { name: 'Histórico do atendimento' }).getByText('A IA passou para atendimento humano').waitFor();
    await shots.take(page, 'handed-over-note');
    await drawer.getByRole('button', { name: 'Fechar dados do contato' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // The attendant: the ticket in her Aguardando; she accepts and answers; the phone gets her words.
    const { page: attendant } = await suite.newPage();
    await attendant.goto('/');
    await signIn(attendant, ATTENDANT.email, ATTENDANT.password);
    await openFromMenu(attendant, 'Atendimentos');
    await attendant.getByRole('tab', { name: pt.tickets.tab.pending }).click();
    await ticketCard(attendant, pt, 'pending', marina).click();
    await messages(attendant).getByText('quero falar com um atendente').waitFor();
    await shots.take(attendant, 'attendant-waiting');
    await attendant.getByRole('button', { name: pt.tickets.accept, exact: true }).click();
    await ticketCard(attendant, pt, 'open', marina).waitFor();
    const reply = `Oi, Marina! Aqui é a Bia. O bolo de cenoura sai por R$ 45,00; para quando você precisa? (${runId})`;
    const composer = attendant.getByRole('textbox', { name: pt.tickets.composer });
    await composer.fill(reply);
    await composer.press('Enter');
    expect((await receivedBy(customer, () => true)).text).toBe(reply);
    const sent = messages(attendant).getByRole('listitem', { name: pt.tickets.sent });
    await sent.filter({ hasText: reply }).getByRole('img', { name: pt.tickets.delivered }).waitFor({ timeout: 20_000 });
    // Her message is hers; the AI's earlier answer keeps its badge.
    expect(await sent.filter({ hasText: reply }).getByLabel('Enviada pelo agente de IA').count()).toBe(0);
    await sent.filter({ hasText: 'Bolo de cenoura com chocolate' }).getByLabel('Enviada pelo agente de IA').waitFor();
    await shots.take(attendant, 'attendant-answered');
  });
}, 240_000);

test('a supervisor takes a conversation over from the AI with "Assumir": theirs and open at once, and the customer hears them next', async () => {
  const { sim, phone, page } = started();
  await pictured(async () => {
    await showBotConversations(page);
    const rui = `Rui ${runId}`;
    const customer = sim.contact(newNumber(), { pushName: rui });
    await customer.sendText(phone, 'Bom dia! Qual o horário de vocês?');
    expect((await receivedBy(customer, () => true)).text).toContain('segunda a sábado, das 8h às 18h');
    const card = ticketCard(page, pt, 'pending', rui);
    await card.getByText('IA atendendo').waitFor({ timeout: 20_000 });
    await card.click();
    await page.getByText('Em atendimento pela IA').waitFor();

    await page.getByRole('button', { name: 'Assumir' }).click();
    const confirm = page.getByRole('dialog', { name: 'Assumir a conversa?' });
    await confirm.getByText(`A IA deixa de responder a ${rui}`, { exact: false }).waitFor();
    await shots.take(page, 'take-over-confirm');
    await confirm.getByRole('button', { name: 'Assumir' }).click();
    await page.getByText('Você assumiu a conversa.').waitFor();
    await confirm.waitFor({ state: 'hidden' });
    // Theirs and open: the list follows it to Atendendo, out of the Bot filter; the composer is there.
    await ticketCard(page, pt, 'open', rui).waitFor();
    expect(await page.getByRole('button', { name: 'Com a IA' }).count()).toBe(0);
    await shots.take(page, 'taken-over');

    const reply = `Oi, Rui! Aqui é a supervisora; abrimos de segunda a sábado, das 8h às 18h. (${runId})`;
    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    await composer.fill(reply);
    await composer.press('Enter');
    // The next thing the phone gets is the supervisor's text: no handoff message went out.
    expect((await receivedBy(customer, () => true)).text).toBe(reply);
    await page.getByRole('button', { name: 'Dados do contato' }).click();
    const drawer = page.getByRole('dialog', { name: rui });
    await drawer
      .getByRole('list', { name: 'Notas internas' })
      .getByText(/assumiu a conversa/)
      .waitFor();
    await shots.take(page, 'taken-over-note');
  });
}, 180_000);
