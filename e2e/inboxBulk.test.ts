import type { Answer } from '@atende/contract';
import type { Locator, Page } from 'playwright-core';
import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, openWaiting, ticketCard, ticketList } from './support/flows.js';
import { UI } from './support/labels.js';
import { signIn } from './support/session.js';

// Issue 17, a supervisor's inbox: customers write (real WhatsApp messages from the simulator), the supervisor sorts
// Aguardando oldest-waiting first (the order on screen checked against the default, latest activity first), selects
// two tickets and transfers them to another queue (their cards now carry it), selects two more and closes them with
// the reason their queue requires (they leave the list; the server kept the reason). Then the same on a phone: the
// selection bar fits and works, nothing overflows. Unique names (runId): other files write to the same database
// and the supervisor sees every queue, so only this file's cards are looked at.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55117${String(Date.now()).slice(-8)}`;
const TRIAGEM = `Triagem ${runId}`;
const SUPORTE = `Suporte ${runId}`;
const SPAM = `Spam ${runId}`;
const RESOLVIDO = `Resolvido ${runId}`;
const PASSWORD = 'inbox-bulk-e2e-pass';
const SARA = { name: `Sara Supervisora ${runId}`, email: `sara.bulk.${runId}@atende.test` };
const [ANA, BRUNO, CARLA, DAVI, EVA, FABIO] = ['Ana', 'Bruno', 'Carla', 'Davi', 'Eva', 'Fábio'].map((name) => `${name} ${runId}`) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const PHONE_WIDTH = 390;
const pt = UI['pt-BR'];
const shots = new Shots('inbox-bulk');
let numbers = 0;
const newNumber = () => `55117${String(Date.now() + ++numbers).slice(-8)}`;

const { suite, started } = useSimulatorSuite('inboxBulk', COMPANY_NUMBER);

/** This file's waiting cards, top to bottom (other files' tickets of the company are in the list too). */
async function waitingOrder(page: Page): Promise<string[]> {
  const labels = await ticketList(page, pt, 'pending')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
  // The card's name is "<contact>" or "<contact>, N mensagens não lidas".
  return labels.map((label) => label.split(',')[0]!).filter((name) => name.endsWith(runId));
}

/** Waits until the waiting cards of this file stand in `expected` order (the list refetches after a change). */
async function expectWaitingOrder(page: Page, expected: string[]): Promise<void> {
  let seen: string[] = [];
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    seen = await waitingOrder(page);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
  }
  throw new Error(`waiting cards in order ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
}

/** The element lies inside the viewport's width (a phone must not cut the bar's buttons off). */
async function expectWithinWidth(element: Locator, width: number): Promise<void> {
  const box = await element.boundingBox();
  if (!box) throw new Error('the element is not rendered');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

/** The bar's count is shown whole (not cut to "2 seleciona…"). */
async function expectWholeCount(bar: Locator, text: string): Promise<void> {
  const count = bar.getByRole('status').filter({ hasText: text });
  await count.waitFor();
  expect(await count.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
}

/** The chosen tickets closed from the selection bar with `reason`, which their queue requires; the cards leave Aguardando. */
async function closeChosen(page: Page, bar: Locator, names: string[], reason: string, shotName: string): Promise<void> {
  await bar.getByRole('button', { name: 'Finalizar', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Finalizar ${names.length} atendimentos?` });
  const confirm = dialog.getByRole('button', { name: 'Finalizar', exact: true });
  await dialog.getByText('Escolha um motivo: a fila de algum dos selecionados exige um').waitFor();
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByRole('combobox', { name: /Motivo do encerramento/ }).click();
  await page.getByRole('option', { name: reason, exact: true }).click();
  await dialog.getByText('O mesmo motivo vale para todos os selecionados.').waitFor();
  await shots.take(page, shotName);
  await confirm.click();
  await page.getByText(`${names.length} atendimentos atualizados.`).first().waitFor();
  for (const name of names) await ticketCard(page, pt, 'pending', name).waitFor({ state: 'hidden' });
}

test('a supervisor sorts Aguardando oldest first, transfers two tickets and closes two with a reason, on a desktop and on a phone', async () => {
  const { sim, phone, api } = started();
  const { page } = await suite.newPage();
  try {
    const connection = await pairConnection(api, phone, { name: `Loja ${runId}`, greetingMessage: '' });
    // The connection's only queue takes the new tickets and requires a close reason; Suporte is where two go.
    await api.post('/api/queues', { name: TRIAGEM, color: '#6a1b9a', whatsappIds: [connection.id], closeReasonMode: 'required' });
    await api.post('/api/queues', { name: SUPORTE, color: '#00838f' });
    await api.post('/api/close-reasons', { name: SPAM });
    await api.post('/api/close-reasons', { name: RESOLVIDO });
    await api.post('/api/users', { ...SARA, password: PASSWORD, profile: 'supervisor' });

    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto('/');
    await signIn(page, SARA.email, PASSWORD);
    await openWaiting(page, pt);

    // Four customers write one after the other: each has waited less than the one before.
    for (const [name, text] of [
      [ANA, 'Bom dia, meu pedido não chegou.'],
      [BRUNO, 'Vocês entregam no sábado?'],
      [CARLA, 'GANHE DINHEIRO RÁPIDO!!!'],
      [DAVI, 'Promoção imperdível, clique aqui'],
    ] as const) {
      await sim.contact(newNumber(), { pushName: name }).sendText(phone, text);
      await ticketCard(page, pt, 'pending', name).waitFor({ timeout: 20_000 });
    }
    // By default the latest activity is on top; oldest first turns it around.
    await expectWaitingOrder(page, [DAVI, CARLA, BRUNO, ANA]);
    await page.getByRole('button', { name: 'Ordenar a lista: Mais recentes primeiro' }).click();
    await page.getByRole('menuitemradio', { name: 'Mais antigos primeiro' }).click();
    await page.getByRole('button', { name: 'Ordenar a lista: Mais antigos primeiro' }).waitFor();
    await expectWaitingOrder(page, [ANA, BRUNO, CARLA, DAVI]);
    await shots.take(page, 'oldest-first');

    // Ana and Bruno go to Suporte: they wait there now, their cards say so.
    await page.getByRole('button', { name: 'Selecionar', exact: true }).click();
    const bar = page.getByRole('toolbar', { name: 'Ações em lote' });
    await page.getByRole('checkbox', { name: `Selecionar o atendimento de ${ANA}` }).check();
    await page.getByRole('checkbox', { name: `Selecionar o atendimento de ${BRUNO}` }).check();
    await expectWholeCount(bar, '2 selecionados');
    await shots.take(page, 'two-selected');
    await bar.getByRole('button', { name: pt.tickets.transfer, exact: true }).click();
    const transfer = page.getByRole('dialog', { name: pt.tickets.transferTitle });
    await transfer.getByRole('combobox', { name: pt.tickets.queue }).click();
    await page.getByRole('option', { name: SUPORTE, exact: true }).click();
    await shots.take(page, 'transfer-dialog');
    await transfer.getByRole('button', { name: pt.tickets.transfer, exact: true }).click();
    await page.getByText('2 atendimentos atualizados.').waitFor();
    for (const name of [ANA, BRUNO]) await ticketCard(page, pt, 'pending', name).getByText(SUPORTE, { exact: true }).waitFor();
    await expectWholeCount(bar, 'Nenhum selecionado');
    await shots.take(page, 'transferred');

    // Carla and Davi are spam: closed together with the reason Triagem requires.
    await page.getByRole('checkbox', { name: `Selecionar o atendimento de ${CARLA}` }).check();
    await page.getByRole('checkbox', { name: `Selecionar o atendimento de ${DAVI}` }).check();
    await closeChosen(page, bar, [CARLA, DAVI], SPAM, 'close-dialog');
    await expectWaitingOrder(page, [ANA, BRUNO]);
    await shots.take(page, 'closed');
    for (const name of [CARLA, DAVI]) {
      const { tickets } = await api.get<Answer<'GET /api/tickets'>>(`/api/tickets?status=closed&search=${encodeURIComponent(name)}`);
      expect(tickets.map((t) => t.closeReason?.name)).toEqual([SPAM]);
    }

    // A phone: the list alone, the bar under it with both actions in reach, nothing wider than the screen.
    await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    for (const [name, text] of [
      [EVA, 'Número errado, desculpe'],
      [FABIO, 'Oi, era engano'],
    ] as const) {
      await sim.contact(newNumber(), { pushName: name }).sendText(phone, text);
      await ticketCard(page, pt, 'pending', name).waitFor({ timeout: 20_000 });
    }
    await expectWaitingOrder(page, [ANA, BRUNO, EVA, FABIO]);
    await page.getByRole('checkbox', { name: `Selecionar o atendimento de ${EVA}` }).check();
    await page.getByRole('checkbox', { name: `Selecionar o atendimento de ${FABIO}` }).check();
    await expectWholeCount(bar, '2 selecionados');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_WIDTH);
    for (const element of [
      bar,
      bar.getByRole('button', { name: pt.tickets.transfer, exact: true }),
      bar.getByRole('button', { name: 'Finalizar', exact: true }),
      page.getByRole('button', { name: 'Selecionar', exact: true }),
      page.getByRole('button', { name: 'Ordenar a lista: Mais antigos primeiro' }),
    ]) {
      await expectWithinWidth(element, PHONE_WIDTH);
    }
    await shots.take(page, 'phone-two-selected');
    await closeChosen(page, bar, [EVA, FABIO], RESOLVIDO, 'phone-close-dialog');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_WIDTH);
    await shots.take(page, 'phone-closed');
  } catch (error) {
    await screenshot(page, `failed-inbox-bulk-${runId}`).catch(() => undefined);
    throw error;
  }
}, 240_000);
