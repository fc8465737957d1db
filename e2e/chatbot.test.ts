import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startWaSimulator, type SimPhone, type WaSimulator } from '../simulator/src/index.js';
import { connectionNamed, type ApiClient } from './support/api.js';
import { SCREENSHOTS, screenshot, type WatchedPage } from './support/browser.js';
import { simulatorEnv, useBrowserSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, connectByQr, openWaiting, receivedBy, ticketCard, ticketList } from './support/flows.js';
import { UI } from './support/labels.js';
import { ADMIN, openFromMenu, signIn } from './support/session.js';

// What customers get from the chatbot and what the attendant then sees, with real WhatsApp messages (the
// simulator): the inbox with three new tickets in the menu, a closed queue's answer, a reopened ticket.
// Unique names (runId): other files write to the same database.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55118${String(Date.now()).slice(-8)}`;
const CONNECTION = `Menu ${runId}`;
const SALES = `Vendas ${runId}`;
const ON_CALL = `Plantão ${runId}`;
const pt = UI['pt-BR'];
const shots = new Shots('chatbot');
const menuFor = (firstName: string) => `Olá, ${firstName}! Escolha uma opção:\n\n*1* - ${SALES}\n*2* - ${ON_CALL}`;
let numbers = 0;
const newNumber = () => `55118${String(Date.now() + ++numbers).slice(-8)}`;

let sim: WaSimulator | undefined;
let phone: SimPhone | undefined;
let api: ApiClient | undefined;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  sim = await startWaSimulator();
  phone = sim.phone(COMPANY_NUMBER);
}, 60_000);

const suite = useBrowserSuite({ name: 'chatbot', env: () => simulatorEnv(sim!), afterStop: async () => sim?.close() });

beforeAll(async () => {
  api = await suite.api();
  watched = await suite.newPage();
}, 60_000);

function started() {
  if (!sim || !phone || !api || !watched) throw new Error('the stack, the simulator or the browser did not start');
  return { sim, phone, api, page: watched.page };
}

/** A picture of the page when a step fails, then the failure. */
async function pictured(page: Page, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    await screenshot(page, `failed-chatbot-${runId}`).catch(() => undefined);
    throw error;
  }
}

test('three new tickets in the menu: each card shows its customer’s words and an unread badge', async () => {
  const { sim, phone, api, page } = started();
  await pictured(page, async () => {
    await page.goto('/');
    await signIn(page, ADMIN.email, ADMIN.password);
    await connectByQr(page, pt, shots, phone, { name: CONNECTION, greeting: 'Olá, {{firstName}}! Escolha uma opção:' });
    const connection = await connectionNamed(api, CONNECTION);
    await api.put(`/api/whatsapps/${connection.id}`, { farewellMessage: 'Obrigado, {{firstName}}! Até a próxima.' });
    const closed = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, []]));
    await api.post('/api/queues', {
      name: SALES,
      color: '#ef6c00',
      position: 1,
      greetingMessage: 'Em instantes um vendedor te atende, {{firstName}}!',
      whatsappIds: [connection.id],
    });
    await api.post('/api/queues', {
      name: ON_CALL,
      color: '#5e35b1',
      position: 2,
      greetingMessage: 'Em instantes um plantonista te atende.',
      outOfHoursMessage: 'Nosso plantão está fechado agora, {{firstName}}. Respondemos amanhã a partir das 8h.',
      schedules: closed,
      whatsappIds: [connection.id],
    });

    await openWaiting(page, pt);
    const customers = [
      { name: `Helena ${runId}`, text: 'Quero saber o preço do plano anual' },
      { name: `Igor ${runId}`, text: 'Meu boleto venceu, e agora?' },
      { name: `Júlia ${runId}`, text: 'Vocês entregam em Campinas?' },
    ];
    for (const c of customers) {
      const contact = sim.contact(newNumber(), { pushName: c.name });
      await contact.sendText(phone, c.text);
      const menu = await receivedBy(contact, () => true);
      expect(menu.text).toBe(menuFor(c.name.split(' ')[0]!));
    }
    for (const c of customers) {
      const card = ticketCard(page, pt, 'pending', c.name);
      await card.getByText(c.text).waitFor({ timeout: 20_000 });
      expect(await card.getAttribute('aria-label')).toBe(`${c.name}, 1 mensagem não lida`);
    }
    await shots.take(page, 'three-new-tickets');
  });
}, 240_000);

test('a closed queue answers with its out-of-hours notice alone, and the chat shows that one answer', async () => {
  const { sim, phone, page } = started();
  await pictured(page, async () => {
    const name = `Bruno ${runId}`;
    const bruno = sim.contact(newNumber(), { pushName: name });
    await bruno.sendText(phone, 'Boa noite, vocês estão abertos?');
    expect((await receivedBy(bruno, () => true)).text).toBe(menuFor('Bruno'));
    await bruno.sendText(phone, '2');
    const notice = 'Nosso plantão está fechado agora, Bruno. Respondemos amanhã a partir das 8h.';
    expect((await receivedBy(bruno, () => true)).text).toBe(notice);

    await openWaiting(page, pt);
    await ticketCard(page, pt, 'pending', name).click();
    const messages = page.getByRole('list', { name: pt.tickets.messages });
    await messages.getByText(notice).waitFor({ timeout: 20_000 });
    const bubbles = (await messages.getByRole('listitem').allInnerTexts()).map((b) => b.split('\n')[0]);
    expect(bubbles).toEqual(['Boa noite, vocês estão abertos?', 'Olá, Bruno! Escolha uma opção:', '2', notice]);
    expect(await messages.getByText('automática').count()).toBe(2);
    await shots.take(page, 'closed-queue-answer');
  });
}, 120_000);

test('a ticket the customer reopens shows where it was closed and reopened', async () => {
  const { sim, phone, page } = started();
  await pictured(page, async () => {
    const name = `Carla ${runId}`;
    const carla = sim.contact(newNumber(), { pushName: name });
    await carla.sendText(phone, 'Quero comprar o plano anual');
    await receivedBy(carla, () => true);
    await carla.sendText(phone, '1');
    expect((await receivedBy(carla, () => true)).text).toBe('Em instantes um vendedor te atende, Carla!');

    await openWaiting(page, pt);
    await acceptTicket(page, pt, name, 'Quero comprar o plano anual');
    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    await composer.fill('Claro! Te mando o link de pagamento.');
    await composer.press('Enter');
    await receivedBy(carla, (m) => m.text === 'Claro! Te mando o link de pagamento.');
    await page.getByRole('button', { name: 'Finalizar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalizar atendimento?' });
    await dialog.getByRole('button', { name: 'Finalizar', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await receivedBy(carla, () => true)).text).toBe('Obrigado, Carla! Até a próxima.');

    // Within the reopen window: the same conversation, back in Atendendo with the line where it reopened.
    await carla.sendText(phone, 'Esqueci: tem desconto à vista?');
    await page.getByRole('tab', { name: pt.tickets.tab.open }).click();
    await ticketList(page, pt, 'open').waitFor();
    await ticketCard(page, pt, 'open', name).click();
    const messages = page.getByRole('list', { name: pt.tickets.messages });
    await messages.getByText('Esqueci: tem desconto à vista?').waitFor({ timeout: 20_000 });
    await messages.getByRole('separator', { name: /^Atendimento finalizado · / }).waitFor();
    await messages.getByRole('separator', { name: /^Atendimento reaberto: o cliente escreveu de novo · / }).waitFor({ timeout: 20_000 });
    await shots.take(page, 'reopened');
  });
}, 180_000);

test('the settings screen shows the company’s out-of-hours and invalid-option texts, ready to edit', async () => {
  const { page } = started();
  await pictured(page, async () => {
    await openFromMenu(page, 'Configurações');
    const outOfHours = page.getByRole('textbox', { name: 'Mensagem fora do horário' });
    // Nothing in the browser tests changes them: the pt-BR defaults.
    expect(await outOfHours.inputValue()).toBe(
      'Olá! No momento estamos fora do horário de atendimento. Sua mensagem ficou registrada e responderemos assim que possível.',
    );
    expect(await page.getByRole('textbox', { name: 'Resposta a uma opção inválida' }).inputValue()).toBe('Opção inválida.');
    // Both texts in the picture: the out-of-hours one at the top, just below the app bar.
    await outOfHours.evaluate((box) => {
      box.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -110);
    });
    // The view, not the full page: the save bar sticks to the bottom of the view.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'chatbot-07-settings-texts.png') });
  });
}, 60_000);
