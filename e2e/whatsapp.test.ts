import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startWaSimulator, type SimPhone, type WaSimulator } from '../simulator/src/index.js';
import { SCREENSHOTS, launchChromium, openWatchedPage, screenshot, type WatchedPage } from './support/browser.js';
import { ROOT, startDevStack, type DevStack } from './support/devStack.js';
import { ADMIN, openFromMenu, signIn } from './support/session.js';

// The company's phone and a customer, both played by the simulator inside this test process.
const COMPANY_NUMBER = '5511999990001';
const runId = Date.now().toString(36);
const CONNECTION = `Loja Centro ${runId}`;

let sim: WaSimulator | undefined;
let phone: SimPhone | undefined;
let stack: DevStack | undefined;
let browser: Browser | undefined;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  sim = await startWaSimulator();
  phone = sim.phone(COMPANY_NUMBER);
  stack = await startDevStack({
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    readyTimeoutMs: 240_000,
    // The backend's Baileys talks to the simulator and trusts its Noise root and its media host's certificate.
    env: {
      WA_WEBSOCKET_URL: sim.url,
      NODE_OPTIONS: `--import ${join(ROOT, 'simulator/preload/trust-simulator.mjs')}`,
      NODE_EXTRA_CA_CERTS: sim.media.certFile,
    },
  });
  browser = await launchChromium();
  watched = await openWatchedPage(browser, stack.url);
}, 300_000);

afterAll(async () => {
  if (stack) await writeFile(join(SCREENSHOTS, '..', 'e2e-whatsapp-dev-stack.log'), stack.log()).catch(() => undefined);
  await watched?.context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await stack?.stop();
  await sim?.close();
}, 60_000);

afterEach(() => {
  // Any console error or uncaught exception during the flow is a failure, even if every step "worked".
  expect(watched?.problems ?? []).toEqual([]);
});

test('admin creates a connection, the phone scans the QR, and the chip turns Connected live', async () => {
  if (!watched || !phone) throw new Error('the stack, the simulator or the browser did not start');
  const { page } = watched;
  await page.goto('/');
  await signIn(page, ADMIN.email, ADMIN.password);
  await openFromMenu(page, 'Conexões');
  await page.getByRole('heading', { name: 'Conexões' }).waitFor();

  await page.getByRole('button', { name: 'Nova conexão' }).click();
  const form = page.getByRole('dialog', { name: 'Nova conexão' });
  await form.getByLabel(/^Nome/).fill(CONNECTION);
  await form.getByLabel(/^Mensagem de saudação/).fill('Olá! Já vamos atender você.');
  await screenshot(page, 'wa-01-new-connection');
  await form.getByRole('button', { name: 'Criar' }).click();

  // Creating starts the session: the QR dialog opens and shows the code the backend got from Baileys.
  const qrDialog = page.getByRole('dialog', { name: `Conectar ${CONNECTION}` });
  await qrDialog.getByRole('img', { name: 'QR code para conectar o WhatsApp' }).waitFor({ timeout: 30_000 });
  const qr = await qrDialog.locator('[data-qr]').getAttribute('data-qr');
  expect(qr).toBeTruthy();
  await screenshot(page, 'wa-02-qr-dialog');

  // The simulated phone scans exactly what the page shows; the dialog closes itself on connect.
  await phone.scan(qr as string);
  await qrDialog.waitFor({ state: 'hidden', timeout: 30_000 });
  const row = page.getByRole('table', { name: 'Lista de conexões' }).getByRole('row').filter({ hasText: CONNECTION });
  await row.getByText('Conectado', { exact: true }).waitFor({ timeout: 30_000 });
  await row.getByText(COMPANY_NUMBER).waitFor();
  await screenshot(page, 'wa-03-connected');
});

test('a contact writes, the ticket waits live, the attendant accepts and replies, ticks turn blue', async () => {
  if (!watched || !phone || !sim) throw new Error('the stack, the simulator or the browser did not start');
  const { page } = watched;
  const contact = sim.contact('5511988887777', { pushName: `Alice ${runId}` });

  await openFromMenu(page, 'Atendimentos');
  await page.getByRole('tab', { name: /^Aguardando/ }).click();
  const waiting = page.getByRole('list', { name: 'Atendimentos: Aguardando' });
  await screenshot(page, 'wa-04-inbox-empty');

  // The customer writes: the ticket appears in "Aguardando" without a reload.
  await contact.sendText(phone, 'Oi! Quero saber do meu pedido 123.');
  const card = waiting.getByRole('link', { name: new RegExp(`^Alice ${runId}`) });
  await card.waitFor({ timeout: 20_000 });
  await screenshot(page, 'wa-05-ticket-waiting');

  // Open it and accept it: it moves to "Atendendo" and the composer appears.
  await card.click();
  const messages = page.getByRole('list', { name: 'Mensagens' });
  await messages.getByText('Oi! Quero saber do meu pedido 123.').waitFor();
  await page.getByRole('button', { name: 'Aceitar' }).click();
  await page.getByRole('list', { name: 'Atendimentos: Atendendo' }).getByRole('link', { name: new RegExp(`^Alice ${runId}`) }).waitFor();
  const composer = page.getByRole('textbox', { name: 'Mensagem' });

  // Reply with Enter; the contact's phone receives exactly that text.
  const reply = `Olá, Alice! Seu pedido 123 saiu para entrega. (${runId})`;
  await composer.fill(reply);
  await composer.press('Enter');
  let received = await contact.nextMessage({ timeoutMs: 20_000 });
  // The connection's greeting may come first; the reply is the next text with our words.
  while (received.text !== reply) received = await contact.nextMessage({ timeoutMs: 20_000 });
  expect(received.text).toBe(reply);
  // The composer empties as soon as the reply is on its way; give the render a moment on a slow machine.
  for (let i = 0; i < 50 && (await composer.inputValue()) !== ''; i++) await new Promise((r) => setTimeout(r, 100));
  await expect(composer.inputValue()).resolves.toBe('');

  // The phone delivers (✓✓), then the contact reads it: the ticks turn blue without a reload.
  const bubble = messages.getByRole('listitem', { name: 'Mensagem enviada' }).filter({ hasText: reply });
  await bubble.getByRole('img', { name: 'Entregue' }).waitFor({ timeout: 20_000 });
  await screenshot(page, 'wa-06-reply-delivered');
  contact.read(received.id);
  await bubble.getByRole('img', { name: 'Lida' }).waitFor({ timeout: 20_000 });
  await screenshot(page, 'wa-07-reply-read');
});
