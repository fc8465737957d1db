import type { Answer } from '@atende/contract';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SimPhone, WaSimulator } from '../simulator/src/index.js';
import { apiSignIn, pairConnection, type ApiClient } from './support/api.js';
import { SCREENSHOTS, screenshot, type WatchedPage } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, openWaiting, receivedBy, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';
import { openFromMenu, signIn } from './support/session.js';

// Issue 17, calls and "Nova conversa" by number, in a company of its own (its call setting and its contacts touch
// no other browser test): the admin turns on the answer to callers in Settings; a simulated customer rings the
// company's WhatsApp (a real <call><offer/> stanza), her phone decrypts the automatic answer with her name filled
// in, and the chat shows "Chamada de voz perdida", then "Chamada de vídeo perdida" live. An attendant types a
// number without its ninth digit: the server normalises it, asks WhatsApp (onWhatsApp, answered by the
// simulator), makes the contact and the chat opens; the customer's phone gets the first message. A number that is
// not on WhatsApp is refused inside the dialog.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55119${String(Date.now()).slice(-8)}`;
const ADMIN_EMAIL = `ligacoes-${runId}@atende.test`;
const ATTENDANT_EMAIL = `nova-conversa-${runId}@atende.test`;
const PASSWORD = 'ligacoes-pass-1';
const CALLER = `Rita Moraes ${runId}`;
const CALL_ANSWER = 'Olá, {{firstName}}! Não atendemos ligações pelo WhatsApp: escreva aqui que respondemos já.';
const pt = UI['pt-BR'];
const calls = new Shots('calls');
const starts = new Shots('start-by-number');

// The simulator, the stack and the seeded admin's API (the super admin, who makes the company); its page is unused.
const { suite, started: simulator } = useSimulatorSuite('callsAndStart', COMPANY_NUMBER);
let api: ApiClient | undefined;
let queueName = '';

beforeAll(async () => {
  const { phone, api: superAdmin } = simulator();
  await superAdmin.post('/api/companies', { name: `Padaria ${runId}`, admin: { name: 'Lia Ligações', email: ADMIN_EMAIL, password: PASSWORD } });
  api = await apiSignIn(suite.stack.url, ADMIN_EMAIL, PASSWORD);
  const connection = await pairConnection(api, phone, { name: `Padaria ${runId}` });
  queueName = `Balcão ${runId}`;
  const { queue } = await api.post<Answer<'POST /api/queues'>>('/api/queues', { name: queueName, color: '#6d4c41', whatsappIds: [connection.id] });
  await api.post('/api/users', { name: 'Nina Atendente', email: ATTENDANT_EMAIL, password: PASSWORD, profile: 'user', queueIds: [queue.id] });
}, 90_000);

/** The simulator, the company's phone and the company admin's API. */
function started(): { sim: WaSimulator; phone: SimPhone; api: ApiClient } {
  if (!api) throw new Error('the company did not start');
  return { ...simulator(), api };
}

async function signedIn(email: string): Promise<WatchedPage> {
  const watched = await suite.newPage();
  await watched.page.goto('/');
  await signIn(watched.page, email, PASSWORD);
  await watched.page.getByRole('navigation', { name: pt.navigation }).waitFor();
  return watched;
}

/** A picture of the page when a step fails, then the failure. */
async function pictured(page: Page, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    await screenshot(page, `failed-${name}-${runId}`).catch(() => undefined);
    throw error;
  }
}

test('a customer calls: her phone gets the automatic answer with her name, the chat shows the missed voice and video calls', async () => {
  const { sim, phone } = started();
  const { page } = await signedIn(ADMIN_EMAIL);
  await pictured(page, 'calls', async () => {
    await openFromMenu(page, 'Configurações');
    const answerOn = page.getByRole('switch', { name: 'Responder quem liga' });
    await answerOn.check();
    const message = page.getByRole('textbox', { name: /^Mensagem para quem liga/ });
    await message.fill(CALL_ANSWER);
    await message.scrollIntoViewIfNeeded();
    // The form is longer than the screen and keeps its save bar in view: a picture of the screen as one sees it
    // (a full-page one would draw that bar and the fixed header mid-form).
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SCREENSHOTS, 'calls-00-settings.png') });
    await page.getByRole('button', { name: 'Salvar', exact: true }).click();
    await page.getByText('Configurações salvas').waitFor();

    await openWaiting(page, pt);
    const caller = sim.contact(`55119${String(Date.now() + 7).slice(-8)}`, { pushName: CALLER });
    caller.callOffer(phone);
    const card = ticketCard(page, pt, 'pending', CALLER);
    await card.waitFor({ timeout: 20_000 });
    await card.getByText('Chamada perdida').waitFor();
    const answer = await receivedBy(caller, (m) => m.text?.includes('Não atendemos ligações') === true);
    expect(answer.text).toBe('Olá, Rita! Não atendemos ligações pelo WhatsApp: escreva aqui que respondemos já.');
    await calls.take(page, 'waiting-card');

    await card.click();
    const history = page.getByRole('list', { name: pt.tickets.messages });
    await history.getByRole('listitem', { name: 'Chamada de voz perdida' }).waitFor();
    const automatic = history.getByRole('listitem', { name: pt.tickets.sent }).filter({ hasText: answer.text! });
    await automatic.getByText('automática').waitFor();
    await calls.take(page, 'missed-voice-call');

    // A video call while the chat is open: its line comes live, and the caller is answered again (once per call).
    caller.callOffer(phone, { video: true });
    await history.getByRole('listitem', { name: 'Chamada de vídeo perdida' }).waitFor({ timeout: 20_000 });
    expect((await receivedBy(caller, (m) => m.text?.includes('Não atendemos ligações') === true)).text).toBe(answer.text);
    await history.getByRole('listitem', { name: pt.tickets.sent }).filter({ hasText: answer.text! }).nth(1).waitFor();
    await calls.take(page, 'missed-video-call');

    // On a phone the call lines fit the chat, centred between the bubbles.
    await page.setViewportSize({ width: 390, height: 844 });
    await history.getByRole('listitem', { name: 'Chamada de vídeo perdida' }).waitFor();
    await calls.take(page, 'phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
}, 180_000);

test('"Nova conversa" with a number typed without its ninth digit reaches the customer; a number without WhatsApp is refused in the dialog', async () => {
  const { sim, phone, api } = started();
  const watched = await signedIn(ATTENDANT_EMAIL);
  const { page } = watched;
  await pictured(page, 'start-by-number', async () => {
    // A mobile written the old way, 8 digits after the area code: (11) 8xxx-xxxx is 55 11 98xxx-xxxx.
    const subscriber = `8${String(Date.now() + 9).slice(-7)}`;
    const number = `55119${subscriber}`;
    const typed = `(11) ${subscriber.slice(0, 4)}-${subscriber.slice(4)}`;
    const customer = sim.contact(number, { pushName: `Otávio ${runId}` });

    await openFromMenu(page, pt.menu.tickets);
    await page.getByRole('button', { name: 'Nova conversa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nova conversa' });
    await dialog.getByRole('combobox', { name: /^Contato/ }).fill(typed);
    await dialog.getByText(`Nova conversa com ${typed}: o número é verificado no WhatsApp.`).waitFor();
    await dialog.getByRole('combobox', { name: 'Fila' }).click();
    await page.getByRole('option', { name: queueName, exact: true }).click();
    // Still there after leaving the field for the queue.
    expect(await dialog.getByRole('combobox', { name: /^Contato/ }).inputValue()).toBe(typed);
    await starts.take(page, 'typed-number');
    await dialog.getByRole('button', { name: 'Iniciar conversa' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 20_000 });

    // The chat opens, the ticket already in Atendendo; the contact was made with the 9-digit number.
    const { contacts } = await api.get<Answer<'GET /api/contacts'>>(`/api/contacts?search=${subscriber}`);
    expect(contacts.map((c) => c.number)).toEqual([number]);
    // Named by its number until the customer writes, shown the way people read it.
    expect(contacts[0]!.name).toBe(number);
    const shown = `+55 11 ${number.slice(4, 9)}-${number.slice(9)}`;
    const chat = page.getByRole('region', { name: 'Conversa' });
    await chat.getByRole('heading', { name: shown }).waitFor();
    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    const first = `Olá! Aqui é a Nina, da Padaria. Sua encomenda de ${runId} está pronta.`;
    await composer.fill(first);
    await composer.press('Enter');
    expect((await receivedBy(customer, (m) => m.text !== undefined)).text).toBe(first);
    await ticketCard(page, pt, 'open', shown).waitFor();
    await page.getByRole('list', { name: pt.tickets.messages }).getByRole('listitem', { name: pt.tickets.sent }).filter({ hasText: first }).waitFor();
    await starts.take(page, 'chat-opened');

    // The contact was named by its number; the customer's answer lands in this chat and gives it her name.
    await customer.sendText(phone, 'Oba! Passo aí às 17h.');
    await page
      .getByRole('list', { name: pt.tickets.messages })
      .getByRole('listitem', { name: pt.tickets.received })
      .filter({ hasText: 'Passo aí às 17h' })
      .waitFor();
    await ticketCard(page, pt, 'open', `Otávio ${runId}`).waitFor();
    await chat.getByRole('heading', { name: `Otávio ${runId}` }).waitFor();
    await starts.take(page, 'customer-answered');

    // Not on WhatsApp: the dialog says so and stays open with the number; no contact is made.
    const missing = `55119${String(Date.now() + 11).slice(-8)}`;
    sim.notOnWhatsapp(missing);
    const missingTyped = `11 ${missing.slice(4, 9)}-${missing.slice(9)}`;
    await page.getByRole('button', { name: 'Nova conversa' }).click();
    await dialog.getByRole('combobox', { name: /^Contato/ }).fill(missingTyped);
    await dialog.getByText(`Nova conversa com ${missingTyped}: o número é verificado no WhatsApp.`).waitFor();
    await dialog.getByRole('button', { name: 'Iniciar conversa' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Este número não tem WhatsApp.' }).waitFor({ timeout: 20_000 });
    expect(await dialog.getByRole('combobox', { name: /^Contato/ }).inputValue()).toBe(missingTyped);
    await starts.take(page, 'not-on-whatsapp');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The same on a phone, from the list (where "Nova conversa" is): the dialog fits, the error and number in view.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Voltar para a lista' }).click();
    await page.getByRole('button', { name: 'Nova conversa' }).click();
    await dialog.getByRole('combobox', { name: /^Contato/ }).fill(missingTyped);
    await dialog.getByRole('button', { name: 'Iniciar conversa' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Este número não tem WhatsApp.' }).waitFor({ timeout: 20_000 });
    expect(await dialog.getByRole('combobox', { name: /^Contato/ }).inputValue()).toBe(missingTyped);
    await starts.take(page, 'not-on-whatsapp-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The two 400s were the answers under test, not problems of the page: the browser logs them as failed loads.
    const refusals = watched.problems.filter((p) => /status of 400 .*\/api\/tickets\)$/.test(p));
    expect(refusals).toHaveLength(2);
    watched.problems.splice(0, watched.problems.length, ...watched.problems.filter((p) => !refusals.includes(p)));
    expect((await api.get<Answer<'GET /api/contacts'>>(`/api/contacts?search=${missing.slice(4)}`)).contacts).toEqual([]);
  });
}, 180_000);
