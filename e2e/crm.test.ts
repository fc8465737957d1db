import type { Answer } from '@atende/contract';
import type { Locator, Page } from 'playwright-core';
import { eventually } from '../backend/test/support/waiting.js';
import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, chatHeaderAction, openWaiting, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';
import { signIn } from './support/session.js';

// Issue 15, acceptance 6: the sales side in the browser. A customer (the simulator) writes, the admin accepts the
// ticket and turns the conversation into a deal with "Criar negócio" in the chat header; on the kanban the card
// is in the first column. A supervisor (made through the API) watches the same kanban in a second browser context
// while the admin DRAGS the card with a real mouse (@dnd-kit's PointerSensor starts after 6 px) to the next column:
// the supervisor's board moves it live, with both columns' counts and totals. Then the admin gives the deal a task
// due a few seconds ahead: the reminder arrives as a notice ("Lembrete: …") and waits in the bell. Desktop and
// phone (one column, the stages as tabs) screenshots (`crm-01…`).
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55113${String(Date.now()).slice(-8)}`;
const CARLA = `Carla ${runId}`;
const DEAL = `Bolo de casamento ${runId}`;
const VALUE_CENTS = 185_000; // "1.850,00"
const FIRST = 'Novo lead';
const SECOND = 'Qualificado';
const pt = UI['pt-BR'];
const shots = new Shots('crm');

const { suite, started } = useSimulatorSuite('crm', COMPANY_NUMBER);

async function pictured(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    for (const [index, { page }] of suite.pages.entries()) await screenshot(page, `failed-crm-${runId}-${index}`).catch(() => undefined);
    throw error;
  }
}

const column = (page: Page, stage: string): Locator => page.getByRole('region', { name: stage });
const card = (page: Page, stage: string): Locator => column(page, stage).getByRole('list', { name: stage }).getByRole('listitem', { name: DEAL });

/** A column's count and total as the header shows them ("3", "R$ 1.850,00"), read from their spoken labels. */
async function figures(page: Page, stage: string): Promise<{ count: number; total: number }> {
  const section = column(page, stage);
  const count = await section.getByLabel(/^(Nenhum negócio|\d[\d.]* negócios?)$/).textContent();
  const total = await section.getByLabel(/^Total /).textContent();
  return { count: Number((count ?? '').replace(/\D/g, '')), total: Number((total ?? '').replace(/\D/g, '')) };
}

async function openKanban(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: pt.navigation }).getByRole('link', { name: 'Negócios' }).click();
  await page.getByRole('heading', { name: 'Negócios', level: 1 }).waitFor();
}

/** A real mouse drag: press on the card's body, pass the 6 px activation distance, glide to the column, release. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('the card or the column is not on screen');
  // The card's lower half is its body (contact, value, owner): the title link and the move button are on top.
  const x = source.x + source.width / 2;
  const y = source.y + source.height * 0.75;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 4, y + 4, { steps: 2 });
  await page.mouse.move(x + 12, y + 12, { steps: 3 });
  const tx = target.x + target.width / 2;
  const ty = target.y + Math.min(60, target.height / 2);
  await page.mouse.move(tx, ty, { steps: 20 });
  await page.mouse.move(tx + 2, ty + 2, { steps: 2 });
  await page.mouse.up();
}

test('a deal made from a chat is dragged across the kanban while a second window sees it move, and its task reminds on time', async () => {
  const { sim, phone, api, page } = started();
  await pictured(async () => {
    await pairConnection(api, phone, { name: `Confeitaria ${runId}` });
    const supervisorEmail = `supervisora-${runId}@atende.test`;
    await api.post<Answer<'POST /api/users'>>('/api/users', {
      name: `Sônia ${runId}`,
      email: supervisorEmail,
      password: 'supervisora-pass',
      profile: 'supervisor',
    });

    // The customer writes; the admin accepts and makes the deal from the chat's header.
    const carla = sim.contact(`55113${String(Date.now() + 7).slice(-8)}`, { pushName: CARLA });
    await page.goto('/');
    await openWaiting(page, pt);
    await carla.sendText(phone, 'Oi! Quanto fica um bolo de casamento para 150 pessoas?');
    await ticketCard(page, pt, 'pending', CARLA).waitFor({ timeout: 20_000 });
    await acceptTicket(page, pt, CARLA, 'Quanto fica um bolo de casamento para 150 pessoas?');
    await chatHeaderAction(page, pt, 'Criar negócio');
    const form = page.getByRole('dialog', { name: 'Novo negócio' });
    await form.getByText(`Contato: ${CARLA}`).waitFor();
    await form.getByLabel(/^Título/).fill(DEAL);
    await form.getByLabel(/^Valor/).fill('1.850,00');
    await shots.take(page, 'create-from-chat');
    await form.getByRole('button', { name: 'Criar' }).click();
    await page.getByText('Negócio criado', { exact: true }).waitFor();
    await form.waitFor({ state: 'hidden' });

    // The kanban: the card in the first column, with its customer and value.
    await openKanban(page);
    const created = card(page, FIRST);
    await created.waitFor({ timeout: 15_000 });
    await created.getByText(CARLA).waitFor();
    await created.getByText('R$ 1.850,00').waitFor();

    // The supervisor's window: another context, another user, the same board.
    const second = await suite.newPage();
    const other = second.page;
    await other.goto('/');
    await signIn(other, supervisorEmail, 'supervisora-pass');
    await other.getByRole('navigation', { name: pt.navigation }).waitFor();
    await openKanban(other);
    await card(other, FIRST).waitFor({ timeout: 15_000 });
    const before = { first: await figures(other, FIRST), second: await figures(other, SECOND) };
    expect(await figures(page, FIRST)).toEqual(before.first);
    // The filters share one row on a desktop (the owner filter once took a whole row of its own).
    const ownerBox = await page.getByRole('combobox', { name: 'Responsável' }).boundingBox();
    const searchBox = await page.getByRole('textbox', { name: 'Buscar negócio ou contato' }).boundingBox();
    expect(Math.abs((ownerBox?.y ?? 0) - (searchBox?.y ?? 1000))).toBeLessThan(20);
    await shots.take(page, 'kanban');

    // The admin drags the card with the mouse to the next column.
    await drag(page, created, column(page, SECOND).getByRole('list', { name: SECOND }));
    await card(page, SECOND).waitFor({ timeout: 15_000 });
    await card(page, FIRST).waitFor({ state: 'detached' });

    // The supervisor's board follows live, no reload: the card and both columns' figures.
    await card(other, SECOND).waitFor({ timeout: 15_000 });
    await card(other, FIRST).waitFor({ state: 'detached' });
    const moved = {
      first: { count: before.first.count - 1, total: before.first.total - VALUE_CENTS },
      second: { count: before.second.count + 1, total: before.second.total + VALUE_CENTS },
    };
    await eventually(async () => {
      expect(await figures(other, FIRST)).toEqual(moved.first);
      expect(await figures(other, SECOND)).toEqual(moved.second);
      expect(await figures(page, FIRST)).toEqual(moved.first);
      expect(await figures(page, SECOND)).toEqual(moved.second);
    }, 10_000);
    await shots.take(other, 'second-window-moved');
    // The server agrees: the deal is in the second stage, made from Carla's ticket, the admin's.
    const href = await card(page, SECOND).getByRole('link', { name: DEAL }).getAttribute('href');
    const dealId = Number(/\/deals\/(\d+)$/.exec(href ?? '')?.[1]);
    const { deal } = await api.get<Answer<'GET /api/deals/:id'>>(`/api/deals/${dealId}`);
    const { pipeline } = await api.get<Answer<'GET /api/pipelines/:id'>>(`/api/pipelines/${deal.pipelineId}`);
    expect(pipeline.stages.find((s) => s.id === deal.stageId)?.name).toBe(SECOND);
    expect(deal).toMatchObject({ title: DEAL, value: VALUE_CENTS, source: 'ticket', contact: { name: CARLA }, ticketId: expect.any(Number) });

    // The deal's drawer: a task due a few seconds ahead (the field takes seconds when typed), for the admin.
    await card(page, SECOND).getByRole('link', { name: DEAL }).click();
    const drawer = page.getByRole('dialog', { name: DEAL });
    await drawer.getByText('Conversa no WhatsApp').waitFor();
    await drawer.getByRole('button', { name: 'Nova tarefa' }).click();
    const taskForm = page.getByRole('dialog', { name: 'Nova tarefa' });
    const task = `Enviar orçamento do bolo ${runId}`;
    await taskForm.getByLabel(/^O que fazer/).fill(task);
    const due = await page.evaluate(() => {
      const at = new Date(Date.now() + 8_000);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
    });
    await taskForm.getByLabel(/^Quando/).fill(due);
    await taskForm.getByRole('button', { name: 'Criar' }).click();
    await page.getByText('Tarefa criada', { exact: true }).waitFor();
    await drawer.getByText(`Tarefa: ${task}`).waitFor();
    const createdAt = Date.now();

    // The reminder: a notice at the due time, and the bell holds it.
    await page.getByText(`Lembrete: ${task}`).waitFor({ timeout: 30_000 });
    expect(Date.now() - createdAt).toBeGreaterThan(2_000);
    await shots.take(page, 'reminder');
    await drawer.getByRole('button', { name: 'Fechar' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /^Notificações: \d+ alertas? não vistos?$/ }).click();
    const panel = page.getByRole('dialog', { name: 'Notificações' });
    await panel.getByRole('list', { name: 'Lembretes de tarefas' }).getByText(task).waitFor();
    await shots.take(page, 'bell');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });

    // On a phone: the stages as tabs with their counts, one column at a time.
    await page.setViewportSize({ width: 390, height: 844 });
    const tabs = page.getByRole('tablist', { name: 'Etapas' });
    await tabs.getByRole('tab', { name: new RegExp(`^${FIRST} \\(\\d+\\)$`) }).waitFor();
    await shots.take(page, 'phone-first-stage');
    await tabs.getByRole('tab', { name: new RegExp(`^${SECOND} \\(\\d+\\)$`) }).click();
    await card(page, SECOND).waitFor();
    await shots.take(page, 'phone-second-stage');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
}, 240_000);
