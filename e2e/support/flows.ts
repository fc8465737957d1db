// The WhatsApp flows of the browser tests, written once and walked in any interface language.
import type { Locator, Page } from 'playwright-core';
import type { ReceivedMessage, SimContact, SimPhone } from '../../simulator/src/index.js';
import { screenshot } from './browser.js';
import type { UiLabels } from './labels.js';

/** Numbered screenshots of one test file or language (`wa-01-…`, `en-01-…`), in the order they are taken. */
export class Shots {
  private count = 0;
  constructor(private readonly prefix: string) {}
  take(page: Page, what: string): Promise<void> {
    this.count += 1;
    return screenshot(page, `${this.prefix}-${String(this.count).padStart(2, '0')}-${what}`);
  }
}

export async function openFromMenu(page: Page, ui: UiLabels, item: keyof UiLabels['menu']): Promise<void> {
  await page.getByRole('navigation', { name: ui.navigation }).getByRole('link', { name: ui.menu[item], exact: true }).click();
}

/** A new connection from the Connections page; the phone scans the QR the page renders; Connected live. */
export async function connectByQr(page: Page, ui: UiLabels, shots: Shots, phone: SimPhone, connection: { name: string; greeting: string }): Promise<void> {
  const l = ui.connections;
  await openFromMenu(page, ui, 'connections');
  await page.getByRole('heading', { name: l.title }).waitFor();
  await page.getByRole('button', { name: l.new }).click();
  const form = page.getByRole('dialog', { name: l.new });
  await form.getByLabel(l.name).fill(connection.name);
  await form.getByLabel(l.greeting).fill(connection.greeting);
  await shots.take(page, 'new-connection');
  await form.getByRole('button', { name: l.create }).click();

  // Creating starts the session: the QR dialog opens and shows the code the backend got from Baileys.
  const qrDialog = page.getByRole('dialog', { name: l.qrTitle(connection.name) });
  await qrDialog.getByRole('img', { name: l.qrAlt }).waitFor({ timeout: 30_000 });
  const qr = await qrDialog.locator('[data-qr]').getAttribute('data-qr');
  if (!qr) throw new Error('the QR dialog shows no QR payload');
  await shots.take(page, 'qr-dialog');

  // The simulated phone scans exactly what the page shows; the dialog closes itself on connect.
  await phone.scan(qr);
  await qrDialog.waitFor({ state: 'hidden', timeout: 30_000 });
  const row = page.getByRole('table', { name: l.list }).getByRole('row').filter({ hasText: connection.name });
  await row.getByText(l.connected, { exact: true }).waitFor({ timeout: 30_000 });
  await row.getByText(phone.pn).waitFor();
  await shots.take(page, 'connected');
}

export function ticketList(page: Page, ui: UiLabels, tab: 'open' | 'pending'): Locator {
  return page.getByRole('list', { name: ui.tickets.list(tab) });
}

export function ticketCard(page: Page, ui: UiLabels, tab: 'open' | 'pending', contactName: string): Locator {
  // Escaped: a contact shown by its number starts with "+".
  const literal = contactName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ticketList(page, ui, tab).getByRole('link', { name: new RegExp(`^${literal}`) });
}

/** The inbox on its Waiting tab. */
export async function openWaiting(page: Page, ui: UiLabels): Promise<Locator> {
  await openFromMenu(page, ui, 'tickets');
  await page.getByRole('tab', { name: ui.tickets.tab.pending }).click();
  return ticketList(page, ui, 'pending');
}

/** Opens the waiting ticket of `contactName`, sees `firstMessage` in it and accepts it: it moves to Open. */
export async function acceptTicket(page: Page, ui: UiLabels, contactName: string, firstMessage?: string): Promise<void> {
  await ticketCard(page, ui, 'pending', contactName).click();
  if (firstMessage) await page.getByRole('list', { name: ui.tickets.messages }).getByText(firstMessage).waitFor();
  await page.getByRole('button', { name: ui.tickets.accept, exact: true }).click();
  await ticketCard(page, ui, 'open', contactName).waitFor();
}

/** The next message the contact gets that passes `wanted` (the connection's greeting may come first). */
export async function receivedBy(contact: SimContact, wanted: (m: ReceivedMessage) => boolean): Promise<ReceivedMessage> {
  for (;;) {
    const message = await contact.nextMessage({ timeoutMs: 20_000 });
    if (wanted(message)) return message;
  }
}

/** Replies with Enter; the contact gets the exact text; ✓✓ on delivery, blue ✓✓ after the contact reads it. */
export async function replyWithTicks(page: Page, ui: UiLabels, shots: Shots, contact: SimContact, reply: string): Promise<void> {
  const composer = page.getByRole('textbox', { name: ui.tickets.composer });
  await composer.fill(reply);
  await composer.press('Enter');
  const received = await receivedBy(contact, (m) => m.text === reply);
  // The composer empties as soon as the reply is on its way; give the render a moment on a slow machine.
  for (let i = 0; i < 50 && (await composer.inputValue()) !== ''; i++) await page.waitForTimeout(100);
  if ((await composer.inputValue()) !== '') throw new Error('the composer kept the text after sending');

  const bubble = page.getByRole('list', { name: ui.tickets.messages }).getByRole('listitem', { name: ui.tickets.sent }).filter({ hasText: reply });
  await bubble.getByRole('img', { name: ui.tickets.delivered }).waitFor({ timeout: 20_000 });
  await shots.take(page, 'reply-delivered');
  contact.read(received.id);
  await bubble.getByRole('img', { name: ui.tickets.read }).waitFor({ timeout: 20_000 });
  await shots.take(page, 'reply-read');
}

/**
 * An action of the chat header by its name: its button when the header has room for it, else the item of the
 * header's "more" menu (the header lays its buttons out by its own width: beside the list on a 1280 px screen
 * the chat's tools, return and transfer are in the menu).
 */
export async function chatHeaderAction(page: Page, ui: UiLabels, name: string): Promise<void> {
  const header = page.getByTestId('chat-header');
  const button = header.getByRole('button', { name, exact: true });
  const more = header.getByRole('button', { name: ui.tickets.more, exact: true });
  await button.or(more).first().waitFor();
  if (await button.isVisible()) return button.click();
  await more.click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
}

/** The open ticket's transfer dialog: to another queue, nobody in particular. */
export async function transferToQueue(page: Page, ui: UiLabels, queueName: string): Promise<void> {
  await chatHeaderAction(page, ui, ui.tickets.transfer);
  const dialog = page.getByRole('dialog', { name: ui.tickets.transferTitle });
  await dialog.getByRole('combobox', { name: ui.tickets.queue }).click();
  await page.getByRole('option', { name: queueName, exact: true }).click();
  await dialog.getByRole('button', { name: ui.tickets.transfer, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}
