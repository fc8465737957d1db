import pg from 'pg';
import type { Page, Response } from 'playwright-core';
import { createAttendant, type ApiClient } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { ADMIN, openFromMenu, signIn } from './support/session.js';

// Other browser test files write to the same database: this file never assumes it is empty (or not).
const runId = Date.now().toString(36);
const QUEUE = `Painel ${runId}`;
const ATTENDANT = { name: `Duda Painel ${runId}`, email: `duda.${runId}@atende.test`, password: 'duda-e2e-pass' };
const SEEDED = 6;

/**
 * Tickets only come from WhatsApp; the WhatsApp flows live in whatsapp.test.ts. For figures to read, this
 * file writes closed tickets straight into the database: in its own queue, for its own attendant and contact,
 * over the last days — each waited 3 minutes and was handled in 22 (so the averages are known).
 */
async function seedClosedTickets(api: ApiClient): Promise<{ queueId: number }> {
  const { user: me } = await api.get<{ user: { companyId: number } }>('/api/auth/me');
  const { queue } = await api.post<{ queue: { id: number } }>('/api/queues', { name: QUEUE, color: '#8e24aa' });
  const attendant = await createAttendant(api, ATTENDANT.name, ATTENDANT.email, ATTENDANT.password);
  const number = `5511${String(90_000_000 + (Date.now() % 10_000_000))}`;
  const { contact } = await api.post<{ contact: { id: number } }>('/api/contacts', { name: `Cliente Painel ${runId}`, number });
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    // Each close is also a line in the ticket's history, as the app writes it: the dashboard counts those.
    await db.query(
      `WITH seeded AS (
         INSERT INTO "Tickets" ("companyId", "contactId", "userId", "queueId", status, "createdAt", "acceptedAt", "closedAt", "updatedAt")
         SELECT $1, $2, $3, $4, 'closed', at, at + interval '3 minutes', at + interval '25 minutes', at + interval '25 minutes'
         FROM (SELECT now() - (k || ' days')::interval - interval '1 hour' AS at FROM generate_series(0, $5 - 1) AS k) days
         RETURNING id, "closedAt")
       INSERT INTO "TicketHistories" ("companyId", "ticketId", "userId", action, "fromStatus", "toStatus", "fromUserId", "toUserId", "fromQueueId", "toQueueId", "createdAt")
       SELECT $1, id, $3, 'closed', 'open', 'closed', $3, $3, $4, $4, "closedAt" FROM seeded`,
      [me.companyId, contact.id, attendant.id, queue.id, SEEDED],
    );
  } finally {
    await db.end();
  }
  return { queueId: queue.id };
}

const suite = useBrowserSuite({ name: 'dashboard' });

let lastDashboardUrl = '';
/**
 * The query of the dashboard request that `action` causes: a new URL, so the page's once-a-minute refresh of
 * the figures on screen is never taken for it.
 */
async function dashboardQueryAfter(page: Page, action: () => Promise<void>): Promise<Record<string, string>> {
  const response = page.waitForResponse(
    (r: Response) => new URL(r.url()).pathname === '/api/dashboard' && r.request().method() === 'GET' && r.url() !== lastDashboardUrl,
  );
  await action();
  const answered = await response;
  lastDashboardUrl = answered.url();
  expect(answered.status()).toBe(200);
  return Object.fromEntries(new URL(answered.url()).searchParams);
}

/** The browser's today (YYYY-MM-DD), which is the company's: both are America/Sao_Paulo (see support/browser.ts). */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

const cardValue = async (page: Page, name: string) => (await page.getByRole('group', { name }).textContent())?.replace(name, '').trim();

test('an admin opens the dashboard, changes the period and the queue, and reads it on a phone', async () => {
  const queue = { id: (await seedClosedTickets(await suite.api())).queueId };

  const { page } = await suite.newPage();
  await page.goto('/');
  await signIn(page, ADMIN.email, ADMIN.password);

  const first = await dashboardQueryAfter(page, () => openFromMenu(page, 'Painel'));
  await page.getByRole('heading', { name: 'Painel' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/dashboard');
  const today = await browserToday(page);
  expect(first.to).toBe(today);
  expect(String(first.from) < today).toBe(true);

  // Every card shows a figure (counts) or a duration, whatever the other test files left in the database.
  for (const name of ['Aguardando agora', 'Em atendimento agora', 'Atendimentos criados', 'Atendimentos resolvidos', 'Contatos novos']) {
    expect(await cardValue(page, name)).toMatch(/^\d[\d.]*$/);
  }
  expect(await cardValue(page, 'Espera média')).toMatch(/^(—|\d.*(s|min|h|d))$/);
  await page.getByRole('figure', { name: 'Atendimentos por dia' }).locator('svg').first().waitFor();
  await page.getByRole('figure', { name: 'Atendimentos por hora do dia' }).locator('svg').first().waitFor();
  await page.getByRole('table', { name: 'Atendentes' }).getByRole('cell').first().waitFor();
  await screenshot(page, 'dashboard-01-desktop');

  // Presets: today only, then 30 days.
  expect(await dashboardQueryAfter(page, () => page.getByRole('button', { name: 'Hoje' }).click())).toEqual({ from: today, to: today });
  const month = await dashboardQueryAfter(page, () => page.getByRole('button', { name: '30 dias' }).click());
  expect(month.to).toBe(today);

  // Its own queue: the seeded tickets, exactly (the other files' tickets are elsewhere).
  const byQueue = await dashboardQueryAfter(page, async () => {
    await page.getByRole('combobox', { name: 'Fila' }).click();
    await page.getByRole('option', { name: QUEUE }).click();
  });
  expect(byQueue).toEqual({ ...month, queueId: String(queue.id) });
  await page.getByRole('table', { name: 'Filas' }).getByRole('cell', { name: QUEUE }).waitFor();
  expect(await cardValue(page, 'Atendimentos criados')).toBe(String(SEEDED));
  expect(await cardValue(page, 'Atendimentos resolvidos')).toBe(String(SEEDED));
  expect(await cardValue(page, 'Espera média')).toBe('3 min');
  expect(await cardValue(page, 'Atendimento médio')).toBe('22 min');
  const attendantRow = page.getByRole('table', { name: 'Atendentes' }).getByRole('row', { name: new RegExp(ATTENDANT.name) });
  expect(await attendantRow.getByRole('cell').allTextContents()).toEqual([ATTENDANT.name, String(SEEDED), '22 min', '—']);
  await screenshot(page, 'dashboard-02-queue');

  // A custom period is applied on demand.
  await page.getByRole('button', { name: 'Personalizado' }).click();
  await page.getByLabel('De', { exact: true }).fill('2026-01-01');
  await page.getByLabel('Até', { exact: true }).fill(today);
  const custom = await dashboardQueryAfter(page, () => page.getByRole('button', { name: 'Aplicar' }).click());
  expect(custom).toEqual({ from: '2026-01-01', to: today, queueId: String(queue.id) });
  await page.getByRole('group', { name: 'Aguardando agora' }).waitFor();
  await screenshot(page, 'dashboard-03-custom');

  // On a phone the page fits the width (tables scroll inside their own box).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('group', { name: 'Aguardando agora' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'dashboard-04-phone');
});
