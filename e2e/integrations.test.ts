import type { Answer } from '@atende/contract';
import type { Locator, Page } from 'playwright-core';
import { eventually } from '../backend/test/support/waiting.js';
import { signatureValid, startWebhookReceiver, type Received, type WebhookReceiver } from '../backend/test/support/webhookReceiver.js';
import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { Shots } from './support/flows.js';

// Issue 16, acceptance 5: the integrations screens as an admin uses them. The menu's "API" section (the
// documentation opens in a new tab); a token for an ERP with only "Enviar mensagens", shown once, copied, gone from
// the page once its dialog is closed, and working against the API (its scope reached, everything else refused);
// a webhook to a real HTTP receiver on 127.0.0.1 (local targets allowed), its signing secret shown once, "Enviar
// evento de teste" → a signed webhook.test POST, the delivery log's row turns "Entregue", its details show the body
// and HTTP 200, "Reenviar" → a second POST. Desktop and phone screenshots (`integrations-01…`).
const runId = Date.now().toString(36);
const TOKEN_NAME = `ERP ${runId}`;
const WEBHOOK_NAME = `n8n ${runId}`;
const shots = new Shots('integrations');

let receiver: WebhookReceiver | undefined;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
const suite = useBrowserSuite({ name: 'integrations', afterStop: async () => void (await receiver?.close()) });

async function pictured(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [index, { page }] of suite.pages.entries()) await screenshot(page, `failed-integrations-${runId}-${index}`).catch(() => undefined);
    throw error;
  }
}

const menu = (page: Page): Locator => page.getByRole('navigation', { name: 'Navegação principal' });
// A notice shown while a dialog is open sits outside the modal, which aria-hides the rest of the page: found with
// includeHidden, it must still be visible on screen (waitFor's default).
const toast = (page: Page, text: string | RegExp): Locator => page.getByRole('alert', { includeHidden: true }).filter({ hasText: text });

/** The API as the token's holder (an ERP): status and error code of one request. */
async function withToken(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; code?: string }> {
  const response = await fetch(new URL(path, suite.stack.url), {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
  return { status: response.status, code: answer.error?.code };
}

/** Nothing of the page holds `text` any more: not its markup, not a field's value, not the browser's storage. */
async function nowhereOnPage(page: Page, text: string): Promise<void> {
  expect(await page.content()).not.toContain(text);
  const held = await page.evaluate(() => [
    document.body.innerText,
    ...Array.from(document.querySelectorAll('input, textarea'), (field) => (field as HTMLInputElement).value),
    JSON.stringify({ ...localStorage }),
    JSON.stringify({ ...sessionStorage }),
  ]);
  expect(held.filter((value) => value.includes(text))).toEqual([]);
}

test('an admin makes a token for the ERP (shown once) and a signed webhook with a test event, a delivery log and a redelivery', async () => {
  const { page, context } = await suite.adminPage();
  // The copy buttons use the asynchronous clipboard, which asks (127.0.0.1 is a secure context).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.stack.url });
  const api = await suite.api();
  await pictured(async () => {
    // The menu's API section: tokens, webhooks, and the documentation in a new tab.
    const docs = menu(page).getByRole('link', { name: 'Documentação da API' });
    expect(await docs.getAttribute('href')).toBe('/api/docs');
    expect(await docs.getAttribute('target')).toBe('_blank');
    const [docsTab] = await Promise.all([context.waitForEvent('page'), docs.click()]);
    await docsTab.waitForLoadState('domcontentloaded');
    expect(new URL(docsTab.url()).pathname).toBe('/api/docs');
    await docsTab.close();

    // A token for the ERP that may only send messages.
    await menu(page).getByRole('link', { name: 'Tokens de API', exact: true }).click();
    await page.getByRole('heading', { name: 'Tokens de API', level: 1 }).waitFor();
    const docsLink = page.getByRole('main').getByRole('link', { name: 'Ler a documentação da API' });
    expect(await docsLink.getAttribute('href')).toBe('/api/docs');
    expect(await docsLink.getAttribute('target')).toBe('_blank');
    await page.getByRole('button', { name: 'Novo token' }).click();
    const form = page.getByRole('dialog', { name: 'Novo token de API' });
    await form.getByLabel(/^Nome/).fill(TOKEN_NAME);
    await form.getByRole('checkbox', { name: /^Enviar mensagens/ }).check();
    await shots.take(page, 'token-form');
    await form.getByRole('button', { name: 'Criar', exact: true }).click();

    const created = page.getByRole('dialog', { name: 'Token criado' });
    const field = created.getByRole('textbox', { name: 'Token' });
    await field.waitFor();
    const token = await field.inputValue();
    expect(token).toMatch(/^atd_[A-Za-z0-9_-]{20,}$/);
    await shots.take(page, 'token-shown-once');
    await created.getByRole('button', { name: 'Copiar token' }).click();
    await toast(page, 'Token copiado').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await created.getByRole('button', { name: 'Já copiei, fechar' }).click();
    await created.waitFor({ state: 'detached' });
    await nowhereOnPage(page, token);

    // The row: its name, the token's first characters (enough to recognise it, useless to use it), "Ativo".
    const { apiTokens } = await api.get<Answer<'GET /api/api-tokens'>>('/api/api-tokens');
    const stored = apiTokens.find((t) => t.name === TOKEN_NAME);
    expect(stored).toMatchObject({ scopes: ['messages:send'], revokedAt: null, expiresAt: null, lastUsedAt: null });
    expect(token.startsWith(stored!.prefix)).toBe(true);
    expect(stored!.prefix.length).toBeLessThan(token.length / 2);
    const row = page.getByRole('table', { name: 'Lista de tokens de API' }).getByRole('row').filter({ hasText: TOKEN_NAME });
    await row.getByText(`${stored!.prefix}…`, { exact: true }).waitFor();
    await row.getByText('Ativo', { exact: true }).waitFor();
    await row.getByText('Nunca usado', { exact: true }).waitFor();
    await shots.take(page, 'tokens');

    // The ERP uses it: its scope reaches the send API (an unknown message is 404, not 401), nothing else.
    expect(await withToken(token, 'GET', '/api/messages/send/987654321')).toMatchObject({ status: 404 });
    expect(await withToken(token, 'GET', '/api/contacts')).toEqual({ status: 403, code: 'ERR_TOKEN_SCOPE' });
    expect(await withToken(token, 'GET', '/api/users')).toEqual({ status: 403, code: 'ERR_TOKEN_ROUTE_FORBIDDEN' });
    expect(await withToken(`${token}x`, 'GET', '/api/messages/send/987654321')).toMatchObject({ status: 401 });
    // Its use is on the row after a reload.
    await page.reload();
    await row.getByText('Ativo', { exact: true }).waitFor();
    await expect(row.getByText('Nunca usado', { exact: true }).count()).resolves.toBe(0);

    // A webhook to a receiver on this machine: a local address, so "Permitir … local" must be on.
    await menu(page).getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Novo webhook' }).click();
    const webhookForm = page.getByRole('dialog', { name: 'Novo webhook' });
    await webhookForm.getByLabel(/^Nome/).fill(WEBHOOK_NAME);
    await webhookForm.getByLabel(/^URL/).fill(receiver!.url);
    await webhookForm.getByLabel('Permitir endereço local ou da rede interna').check();
    await shots.take(page, 'webhook-form');
    await webhookForm.getByRole('button', { name: 'Criar', exact: true }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Segredo de assinatura' });
    const secretField = secretDialog.getByRole('textbox', { name: 'Segredo' });
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await shots.take(page, 'webhook-secret');
    await secretDialog.getByRole('button', { name: 'Copiar segredo' }).click();
    await toast(page, 'Segredo copiado').waitFor();
    await secretDialog.getByRole('button', { name: 'Já copiei, fechar' }).click();
    await secretDialog.waitFor({ state: 'detached' });

    // Closing it lands on the webhook's page.
    await page.getByRole('heading', { name: WEBHOOK_NAME, level: 1 }).waitFor();
    const webhookPath = new URL(page.url()).pathname;
    expect(webhookPath).toMatch(/^\/webhooks\/\d+$/);
    await nowhereOnPage(page, secret);
    await page.getByRole('main').getByText(receiver!.url, { exact: true }).waitFor();

    // The test event: a signed webhook.test POST at the receiver.
    const isTest = (r: Received) => r.headers['x-atende-event'] === 'webhook.test';
    await page.getByRole('button', { name: 'Enviar evento de teste' }).click();
    await toast(page, /^Evento de teste enviado/).waitFor();
    const [first] = await receiver!.waitFor(isTest, 1, 20_000);
    expect(signatureValid(secret, first!)).toBe(true);
    expect(first!.headers['x-atende-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    const body = first!.body as { id: string; event: string; data: unknown };
    expect(body).toMatchObject({ event: 'webhook.test' });
    expect(first!.headers['x-atende-delivery']).toBe(body.id);

    // The log's row turns "Entregue" by itself (the page reads the log again while a delivery is pending).
    const log = page.getByRole('table', { name: 'Registro de entregas' });
    const deliveryRow = log.locator(`tr[data-delivery="${body.id}"]`);
    await deliveryRow.getByText('Entregue', { exact: true }).waitFor({ timeout: 15_000 });
    await deliveryRow.getByRole('button', { name: /^Detalhes da entrega webhook\.test / }).click();
    const details = page.getByRole('region', { name: /^Detalhes da entrega webhook\.test / });
    await details.getByText(/· HTTP 200/).waitFor();
    await details.getByText(`"id": "${body.id}"`, { exact: false }).waitFor();
    await details.getByText('"event": "webhook.test"', { exact: false }).waitFor();
    await shots.take(page, 'webhook-delivered');

    // "Reenviar": the same delivery (id and body) POSTed again, signed anew.
    await details.getByRole('button', { name: 'Reenviar' }).click();
    await toast(page, 'Entrega colocada na fila de novo').waitFor();
    const [, second] = await receiver!.waitFor(isTest, 2, 20_000);
    expect(second!.headers['x-atende-delivery']).toBe(body.id);
    expect(second!.raw).toBe(first!.raw);
    expect(signatureValid(secret, second!)).toBe(true);
    await eventually(async () => {
      expect(await deliveryRow.getByText('Entregue', { exact: true }).count()).toBe(1);
      expect(await deliveryRow.getByRole('cell').nth(2).textContent()).toBe('2');
    }, 15_000);
    await shots.take(page, 'webhook-redelivered');

    // On a phone: the menu's API section, the tokens and the webhook's page fit the width.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Abrir menu' }).click();
    await menu(page).getByRole('link', { name: 'Documentação da API' }).scrollIntoViewIfNeeded();
    await shots.take(page, 'phone-menu');
    await menu(page).getByRole('link', { name: 'Tokens de API', exact: true }).click();
    await page.getByRole('heading', { name: 'Tokens de API', level: 1 }).waitFor();
    await row.getByText('Ativo', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shots.take(page, 'phone-tokens');
    await page.goto(webhookPath);
    await page.getByRole('heading', { name: WEBHOOK_NAME, level: 1 }).waitFor();
    await deliveryRow.getByRole('button', { name: /^Detalhes da entrega webhook\.test / }).click();
    await details.getByText(/· HTTP 200/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shots.take(page, 'phone-webhook');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
