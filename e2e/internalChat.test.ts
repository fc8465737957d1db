import type { Page } from 'playwright-core';
import { createAttendant } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { Shots } from './support/flows.js';
import { openFromMenu, signIn } from './support/session.js';

// Issue 17, internal chat: two attendants (made through the API), each in their own browser context. Ana opens
// a chat with Bruno from "Conversar com um colega" and writes; Bruno, on another page, sees the menu's unread
// badge count it live, opens the chat (the count goes), and answers; Ana sees the answer arrive without a reload.
// Then the company channel, and Bruno's phone layout (list → conversation). Screenshots `internal-chat-01…`.
const runId = Date.now().toString(36);
const ANA = { name: `Ana ${runId}`, email: `ana.ic.${runId}@atende.test`, password: 'ana-e2e-pass-1' };
const BRUNO = { name: `Bruno ${runId}`, email: `bruno.ic.${runId}@atende.test`, password: 'bruno-e2e-pass-1' };
const shots = new Shots('internal-chat');

const suite = useBrowserSuite({ name: 'internal-chat' });

async function pictured(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [index, { page }] of suite.pages.entries()) await screenshot(page, `failed-internal-chat-${runId}-${index}`).catch(() => undefined);
    throw error;
  }
}

const menuEntry = (page: Page) => page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: /Chat interno$/ });
const conversations = (page: Page) => page.getByRole('list', { name: 'Conversas' });
const log = (page: Page, name: string) => page.getByRole('log', { name });

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Mensagem' }).fill(text);
  await page.keyboard.press('Enter');
}

test('two attendants chat internally, live, with the unread badge in the menu', async () => {
  const api = await suite.api();
  await createAttendant(api, ANA.name, ANA.email, ANA.password);
  await createAttendant(api, BRUNO.name, BRUNO.email, BRUNO.password);
  const { page: ana } = await suite.newPage();
  const { page: bruno } = await suite.newPage();
  await pictured(async () => {
    for (const [page, who] of [
      [ana, ANA],
      [bruno, BRUNO],
    ] as const) {
      await page.goto('/');
      await signIn(page, who.email, who.password);
      await menuEntry(page).waitFor();
    }
    // Bruno stays in the inbox; his menu entry has no count yet.
    expect(await menuEntry(bruno).textContent()).not.toMatch(/não lida/);

    await openFromMenu(ana, 'Chat interno');
    await conversations(ana)
      .getByRole('button', { name: /^Canal da empresa/ })
      .waitFor();
    await ana.getByRole('button', { name: 'Conversar com um colega' }).click();
    const dialog = ana.getByRole('dialog', { name: 'Conversar com um colega' });
    await dialog.getByRole('button', { name: BRUNO.name }).click();
    await log(ana, BRUNO.name).waitFor();
    await send(ana, 'Oi Bruno! Você pode cobrir a fila de vendas às 14h?');
    await log(ana, BRUNO.name).getByText('Oi Bruno! Você pode cobrir a fila de vendas às 14h?').waitFor();
    await send(ana, 'É só hoje 🙏');
    await log(ana, BRUNO.name).getByText('É só hoje 🙏').waitFor();
    await shots.take(ana, 'ana-writes');

    // Live on Bruno's page, which never reloaded: the badge counts both messages.
    await menuEntry(bruno).getByText('2 mensagens não lidas').waitFor();
    await shots.take(bruno, 'bruno-badge');

    await menuEntry(bruno).click();
    const fromAna = conversations(bruno).getByRole('button', { name: `${ANA.name}, 2 mensagens não lidas` });
    await fromAna.waitFor();
    await shots.take(bruno, 'bruno-list-unread');
    await fromAna.click();
    await log(bruno, ANA.name).getByText('É só hoje 🙏').waitFor();
    // Read: the chat's and the menu's counts go.
    await conversations(bruno).getByRole('button', { name: ANA.name, exact: true }).waitFor();
    await menuEntry(bruno).filter({ hasNotText: 'não lida' }).waitFor();
    await send(bruno, 'Posso sim, Ana. Deixa comigo!');
    await log(ana, BRUNO.name).getByText('Posso sim, Ana. Deixa comigo!').waitFor();
    await shots.take(ana, 'ana-sees-answer');
    await shots.take(bruno, 'bruno-conversation');

    // The company channel: Bruno posts, Ana (in her chat with him) gets a count on the channel.
    await conversations(bruno)
      .getByRole('button', { name: /^Canal da empresa/ })
      .click();
    await log(bruno, 'Canal da empresa').waitFor();
    await send(bruno, `Aviso ${runId}: reunião geral às 17h`);
    await conversations(ana)
      .getByRole('button', { name: /^Canal da empresa, \d+ mensage/ })
      .waitFor();
    await menuEntry(ana)
      .getByText(/\d+ mensage(m|ns) não lidas?/)
      .waitFor();
    await shots.take(ana, 'ana-channel-unread');
    await conversations(ana)
      .getByRole('button', { name: /^Canal da empresa/ })
      .click();
    await log(ana, 'Canal da empresa').getByText(`Aviso ${runId}: reunião geral às 17h`).waitFor();
    await menuEntry(ana).filter({ hasNotText: 'não lida' }).waitFor();
    await shots.take(ana, 'ana-channel');

    // Bruno's phone: the list first, then the conversation, and back.
    await bruno.setViewportSize({ width: 390, height: 844 });
    await bruno.goto('/internal-chat');
    await conversations(bruno).waitFor();
    await shots.take(bruno, 'phone-list');
    await conversations(bruno).getByRole('button', { name: ANA.name, exact: true }).click();
    await log(bruno, ANA.name).getByText('Posso sim, Ana. Deixa comigo!').waitFor();
    expect(await conversations(bruno).count()).toBe(0);
    await shots.take(bruno, 'phone-conversation');
    await bruno.getByRole('button', { name: 'Voltar às conversas' }).click();
    await conversations(bruno).waitFor();
  });
});
