import pg from 'pg';
import { screenshot, type WatchedPage } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';
import { ADMIN, openFromMenu, signIn } from './support/session.js';

// Other browser test files write to the same database: names carry this run's id.
const runId = Date.now().toString(36);
const CONNECTION = `Filial ${runId}`;
const QUEUES = [`Vendas ${runId}`, `Suporte ${runId}`];

const suite = useBrowserSuite({ name: 'connection-queues' });

async function signedInPage(permissions: string[] = []): Promise<WatchedPage> {
  const watched = await suite.newPage();
  await watched.context.grantPermissions(permissions);
  await watched.page.goto('/');
  await signIn(watched.page, ADMIN.email, ADMIN.password);
  await watched.page.getByRole('navigation', { name: 'Navegação principal' }).waitFor();
  return watched;
}

test('an admin chooses the queues a connection serves; the table shows them as chips', async () => {
  const api = await suite.api();
  // Made through the API: the dialog's create would start a WhatsApp session, and there is no phone here.
  for (const [i, name] of QUEUES.entries()) await api.post('/api/queues', { name, color: ['#1e88e5', '#e53935'][i] });
  await api.post('/api/whatsapps', { name: CONNECTION });

  const { page } = await signedInPage();
  await openFromMenu(page, 'Conexões');
  const row = page.getByRole('table', { name: 'Lista de conexões' }).getByRole('row', { name: new RegExp(CONNECTION) });
  await row.getByText('Nenhuma fila').waitFor();

  await row.getByRole('button', { name: `Editar ${CONNECTION}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Editar conexão' });
  await dialog.getByRole('combobox', { name: 'Filas atendidas' }).click();
  await page.getByRole('option', { name: QUEUES[0] }).click();
  await page.getByRole('option', { name: QUEUES[1] }).click();
  await page.keyboard.press('Escape');
  await screenshot(page, 'connection-queues-01-dialog');
  await dialog.getByRole('button', { name: 'Salvar' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const chips = row.getByRole('list', { name: 'Filas' }).getByRole('listitem');
  await chips.nth(1).waitFor();
  expect((await chips.allTextContents()).sort()).toEqual([...QUEUES].sort());
  await screenshot(page, 'connection-queues-02-table');

  // The server kept exactly those, and the queues see the connection from their side.
  const { whatsapps } = await api.get<{ whatsapps: { id: number; name: string; queueIds: number[] }[] }>('/api/whatsapps');
  const saved = whatsapps.find((w) => w.name === CONNECTION);
  const { queues } = await api.get<{ queues: { name: string; whatsappIds: number[] }[] }>(`/api/queues?whatsappId=${saved?.id}`);
  expect(queues.map((q) => q.name).sort()).toEqual([...QUEUES].sort());
  expect(saved?.queueIds).toHaveLength(2);
});

test("the tab title counts the unread messages of the admin's open tickets, and the bell mutes", async () => {
  const api = await suite.api();
  // An open ticket of the admin with 3 unread messages, written straight to the database (tickets come from
  // WhatsApp, which this file does not run); closed again at the end so no other file's inbox sees it.
  const { user: me } = await api.get<{ user: { id: number; companyId: number } }>('/api/auth/me');
  const number = `5511${String(90_000_000 + ((Date.now() + 7) % 10_000_000))}`;
  const { contact } = await api.post<{ contact: { id: number } }>('/api/contacts', { name: `Cliente Alerta ${runId}`, number });
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO "Tickets" ("companyId", "contactId", "userId", status, "unreadMessages", "lastMessage", "lastMessageAt", "acceptedAt")
       VALUES ($1, $2, $3, 'open', 3, 'Oi?', now(), now()) RETURNING id`,
      [me.companyId, contact.id, me.id],
    );
    const { page } = await signedInPage(['notifications']);
    await page.waitForFunction(() => document.title === '(3) Atende', undefined, { timeout: 15_000 });

    // Permission was granted: an admin's bell opens their alerts with the mute switch below; it remembers.
    const bellPanel = async () => {
      await page.getByRole('button', { name: /^Notificações/ }).click();
      return page.getByRole('dialog', { name: 'Notificações' });
    };
    let panel = await bellPanel();
    await panel.getByRole('button', { name: 'Silenciar notificações' }).click();
    await panel.getByRole('button', { name: 'Ativar notificações' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('atende.notifications.muted'))).toBe('1');
    await page.reload();
    await page.waitForFunction(() => document.title === '(3) Atende', undefined, { timeout: 15_000 });
    panel = await bellPanel();
    await panel.getByRole('button', { name: 'Ativar notificações' }).waitFor();
    await screenshot(page, 'notifications-01-title-and-muted-bell');
    await panel.getByRole('button', { name: 'Ativar notificações' }).click();
    await panel.getByRole('button', { name: 'Silenciar notificações' }).waitFor();
    await db.query(`UPDATE "Tickets" SET status = 'closed', "closedAt" = now() WHERE id = $1`, [rows[0]!.id]);
  } finally {
    await db.end();
  }
});

test('an alert raised while the admin was away waits in the bell until they mark it seen', async () => {
  const api = await suite.api();
  const name = `Depósito ${runId}`;
  const { whatsapp } = await api.post<{ whatsapp: { id: number; companyId: number } }>('/api/whatsapps', { name });
  // Raised by a session that kept failing while nobody was signed in (no WhatsApp runs in this file).
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(`INSERT INTO "Alerts" ("companyId", "whatsappId", reason) VALUES ($1, $2, 'unreachable')`, [whatsapp.companyId, whatsapp.id]);
  } finally {
    await db.end();
  }

  const { page } = await signedInPage(['notifications']);
  await page.getByRole('button', { name: /^Notificações: \d+ alertas? não vistos?$/ }).click();
  const panel = page.getByRole('dialog', { name: 'Notificações' });
  const text = `A conexão ${name} não consegue falar com o WhatsApp. O Atende segue tentando; verifique a internet do servidor.`;
  await panel.getByText(text).waitFor();
  await screenshot(page, 'notifications-02-stored-alert');
  await panel.getByRole('button', { name: `Marcar como visto: ${text}` }).click();
  await panel.getByText(text).waitFor({ state: 'detached' });

  // Seen is stored: it does not come back on the next visit.
  await page.reload();
  await page.getByRole('button', { name: /^Notificações/ }).click();
  await page.getByRole('dialog', { name: 'Notificações' }).getByRole('heading', { name: 'Alertas' }).waitFor();
  expect(await page.getByText(text).count()).toBe(0);
  const { alerts } = await api.get<{ alerts: { whatsappId: number }[] }>('/api/alerts');
  expect(alerts.some((a) => a.whatsappId === whatsapp.id)).toBe(false);
});
