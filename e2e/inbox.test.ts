import type { Page } from 'playwright-core';
import { startWaSimulator, type SimPhone, type WaSimulator } from '../simulator/src/index.js';
import { connectionNamed, type ApiClient, type ApiQueue } from './support/api.js';
import { screenshot, type WatchedPage } from './support/browser.js';
import { simulatorEnv, useBrowserSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, connectByQr, openWaiting, receivedBy, ticketCard, ticketList } from './support/flows.js';
import { UI } from './support/labels.js';
import { ADMIN, signIn } from './support/session.js';

// The list side of the inbox in a real browser: filters, the contact drawer, shortcuts and the phone layout.
// Tickets come from WhatsApp (a simulated phone and its customers) or from an attendant who writes first. Unique names (runId): other files write to the same database.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55119${String(Date.now()).slice(-8)}`;
const CONNECTION = `Inbox ${runId}`;
const pt = UI['pt-BR'];
const shots = new Shots('inbox');

let sim: WaSimulator | undefined;
let phone: SimPhone | undefined;
let api: ApiClient | undefined;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  sim = await startWaSimulator();
  phone = sim.phone(COMPANY_NUMBER);
}, 60_000);

const suite = useBrowserSuite({ name: 'inbox', env: () => simulatorEnv(sim!), afterStop: async () => sim?.close() });

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
    await screenshot(page, `failed-inbox-${runId}`).catch(() => undefined);
    // What the server holds: tells a stale screen from missing data.
    const held = await Promise.all(
      ['/api/queues', '/api/tickets?status=open', '/api/tickets?status=pending'].map(async (path) => api?.get(path).catch((e: unknown) => String(e))),
    );
    console.log('server state:', JSON.stringify(held).slice(0, 3000));
    throw error;
  }
}

test('filters, contact drawer with a note and tags, shortcuts, and the phone layout', async () => {
  const { sim, phone, api, page } = started();
  await pictured(page, async () => {
    await page.goto('/');
    await signIn(page, ADMIN.email, ADMIN.password);
    await connectByQr(page, pt, shots, phone, { name: CONNECTION, greeting: 'Olá! Já vamos atender você.' });

    // New tickets of the connection land in its only queue; a tag for the drawer.
    const connection = await connectionNamed(api, CONNECTION);
    const { queue: sales } = await api.post<{ queue: ApiQueue }>('/api/queues', { name: `Vendas ${runId}`, color: '#ef6c00', whatsappIds: [connection.id] });
    const { tag } = await api.post<{ tag: { id: number; name: string } }>('/api/tags', { name: `VIP ${runId}`, color: '#8e24aa' });

    const mariana = `Mariana ${runId}`;
    const rafael = `Rafael ${runId}`;
    await openWaiting(page, pt);
    await sim.contact(`55119${String(Date.now() + 1).slice(-8)}`, { pushName: mariana }).sendText(phone, 'Consegue me mandar o orçamento atualizado?');
    await sim.contact(`55119${String(Date.now() + 2).slice(-8)}`, { pushName: rafael }).sendText(phone, 'Vocês entregam em Campinas?');
    await ticketCard(page, pt, 'pending', mariana).waitFor({ timeout: 20_000 });
    await ticketCard(page, pt, 'pending', rafael).waitFor({ timeout: 20_000 });
    await acceptTicket(page, pt, mariana, 'Consegue me mandar o orçamento atualizado?');

    // Filter by the queue: the chip says so, the request narrows the list, the choice survives a reload.
    await page.getByRole('button', { name: 'Filtros', exact: true }).click();
    const filters = page.getByRole('dialog', { name: 'Filtrar atendimentos' });
    await filters.getByRole('combobox', { name: 'Filas' }).click();
    await page.getByRole('option', { name: sales.name, exact: true }).click();
    await page.keyboard.press('Escape');
    await shots.take(page, 'filter-popover');
    await filters.getByRole('button', { name: 'Fechar' }).click();
    await page.getByRole('button', { name: `Fila: ${sales.name}` }).waitFor();
    await ticketCard(page, pt, 'open', mariana).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Filtros (1 ativo)' }).waitFor();
    await ticketCard(page, pt, 'open', mariana).waitFor();
    await shots.take(page, 'filtered-list');

    // The contact drawer: a tag on the contact and an internal note, both kept by the server.
    await page.getByRole('button', { name: 'Dados do contato' }).click();
    const drawer = page.getByRole('dialog', { name: mariana });
    await drawer.getByRole('combobox', { name: 'Etiquetas do contato' }).click();
    await page.getByRole('option', { name: tag.name, exact: true }).click();
    await page.getByText('Etiquetas atualizadas').waitFor();
    await drawer.getByRole('textbox', { name: 'Nova nota' }).fill(`Prefere proposta por e-mail (${runId})`);
    await drawer.getByRole('button', { name: 'Adicionar nota' }).click();
    await drawer.getByRole('list', { name: 'Notas internas' }).getByText(`Prefere proposta por e-mail (${runId})`).waitFor();
    await drawer.getByRole('list', { name: 'Histórico do atendimento' }).getByText('Você aceitou').waitFor();
    await shots.take(page, 'contact-drawer');
    // The address carries the ticket's uuid, which the API also takes.
    const uuid = /\/tickets\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    expect(uuid).toBeDefined();
    const ticketId = (await api.get<{ ticket: { id: number } }>(`/api/tickets/${uuid}`)).ticket.id;
    const { notes } = await api.get<{ notes: Array<{ body: string }> }>(`/api/tickets/${ticketId}/notes`);
    expect(notes.map((n) => n.body)).toContain(`Prefere proposta por e-mail (${runId})`);
    // The ticket's own tag: the server keeps it and sends it with the ticket, so the card shows it.
    await drawer.getByRole('combobox', { name: 'Etiquetas do atendimento' }).click();
    await page.getByRole('option', { name: tag.name, exact: true }).click();
    await drawer.getByRole('button', { name: 'Fechar dados do contato' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await ticketCard(page, pt, 'open', mariana).getByText(tag.name, { exact: true }).waitFor();
    const { ticket } = await api.get<{ ticket: { tags: Array<{ name: string }> } }>(`/api/tickets/${ticketId}`);
    expect(ticket.tags.map((t) => t.name)).toEqual([tag.name]);

    // Shortcuts: Alt+2 opens Aguardando, Alt+↓ the first waiting ticket, ? the list of shortcuts.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+2');
    await page.getByRole('tab', { name: pt.tickets.tab.pending, selected: true }).waitFor();
    await ticketCard(page, pt, 'pending', rafael).waitFor(); // the keys walk the cards on screen
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('region', { name: 'Conversa' }).getByRole('heading', { name: rafael }).waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Atalhos de teclado' }).waitFor();
    await shots.take(page, 'shortcuts');
    await page.keyboard.press('Escape');

    // A phone: the list and the chat are two screens; the back button returns to the list.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Voltar para a lista' }).click();
    await ticketList(page, pt, 'pending').waitFor();
    expect(await page.getByRole('region', { name: 'Conversa' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shots.take(page, 'phone-list');
    await ticketCard(page, pt, 'pending', rafael).click();
    await page.getByRole('region', { name: 'Conversa' }).getByRole('heading', { name: rafael }).waitFor();
    expect(await page.getByRole('region', { name: 'Lista de atendimentos' }).count()).toBe(0);
    await shots.take(page, 'phone-chat');
    await page.getByRole('button', { name: 'Dados do contato' }).click();
    await page.getByRole('dialog', { name: rafael }).getByRole('textbox', { name: 'Nome' }).waitFor();
    await shots.take(page, 'phone-contact-drawer');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
}, 240_000);

test('an attendant writes first to a customer who never wrote: the message arrives and the answer lands in the same chat', async () => {
  const { sim, phone, api, page } = started();
  await pictured(page, async () => {
    // The first test connected the phone; this customer is only in the contacts list.
    const helena = `Helena ${runId}`;
    const number = `55119${String(Date.now() + 3).slice(-8)}`;
    const customer = sim.contact(number, { pushName: 'Helena' });
    await api.post('/api/contacts', { name: helena, number });

    await page.goto('/contacts');
    await page.getByRole('textbox', { name: 'Buscar contatos' }).fill(helena);
    await page.getByRole('button', { name: `Iniciar conversa com ${helena}` }).click();
    const dialog = page.getByRole('dialog', { name: `Nova conversa com ${helena}` });
    // Other browser test files add connections to this company: write from this file's own phone.
    await dialog.getByRole('combobox', { name: 'Conexão' }).click();
    await page.getByRole('option', { name: CONNECTION, exact: true }).click();
    // In the queue the inbox is filtered by since the first test, so the new card shows there.
    await dialog.getByRole('combobox', { name: 'Fila' }).click();
    await page.getByRole('option', { name: `Vendas ${runId}`, exact: true }).click();
    await shots.take(page, 'start-conversation');
    await dialog.getByRole('button', { name: 'Iniciar conversa' }).click();

    // The inbox opens on the new chat, the ticket already in Atendendo.
    const chat = page.getByRole('region', { name: 'Conversa' });
    await chat.getByRole('heading', { name: helena }).waitFor();
    await ticketCard(page, pt, 'open', helena).waitFor();
    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    await composer.fill('Oi Helena! Seu pedido 4521 já saiu para entrega.');
    await composer.press('Enter');
    const received = await receivedBy(customer, (m) => m.text === 'Oi Helena! Seu pedido 4521 já saiu para entrega.');
    expect(received.text).toBe('Oi Helena! Seu pedido 4521 já saiu para entrega.');

    await customer.sendText(phone, 'Que ótimo, obrigada!');
    const messages = page.getByRole('list', { name: pt.tickets.messages });
    await messages.getByText('Que ótimo, obrigada!').waitFor({ timeout: 20_000 });
    // Her answer comes after what it answers, even within the same second (WhatsApp stamps whole seconds).
    const bubbles = await messages.getByRole('listitem').allInnerTexts();
    const [sentAt, answerAt] = ['Oi Helena!', 'Que ótimo'].map((text) => bubbles.findIndex((b) => b.includes(text)));
    expect(sentAt).toBeGreaterThanOrEqual(0);
    expect(answerAt).toBeGreaterThan(sentAt!);
    await shots.take(page, 'started-conversation');
    // Her answer continued this conversation: nothing of hers waits in Aguardando.
    const pending = await api.get<{ tickets: unknown[] }>(`/api/tickets?status=pending&search=${encodeURIComponent(helena)}`);
    expect(pending.tickets).toHaveLength(0);
    const open = await api.get<{ tickets: Array<{ queueId: number | null }> }>(`/api/tickets?status=open&search=${encodeURIComponent(helena)}`);
    expect(open.tickets).toHaveLength(1);
  });
}, 120_000);

test('when the phone logs the connection out, the inbox says so and a reply waits on a clock that explains why', async () => {
  const { phone, page } = started();
  await pictured(page, async () => {
    // Helena's chat is still open from the previous test; the phone now removes the linked device.
    const messages = page.getByRole('list', { name: pt.tickets.messages });
    await messages.getByText('Que ótimo, obrigada!').waitFor();
    phone.unlink();

    // Other files' connections of this company may be down too: this one is named among them.
    const banner = page.getByTestId('connection-down');
    await banner.getByText(new RegExp(`«${CONNECTION}».*desconectadas? — as respostas ficam na fila de envio e saem quando`)).waitFor({ timeout: 30_000 });
    await banner.getByRole('link', { name: 'Ver conexões' }).waitFor();

    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    await composer.fill('Assim que a conexão voltar, envio o rastreio.');
    await composer.press('Enter');
    const bubble = messages.getByRole('listitem').filter({ hasText: 'Assim que a conexão voltar, envio o rastreio.' });
    const clock = bubble.getByRole('img', { name: `Aguardando envio — a conexão «${CONNECTION}» está desconectada; sai quando ela voltar` });
    const why = page.getByRole('tooltip', { name: `Aguardando envio — a conexão «${CONNECTION}» está desconectada; sai quando ela voltar` });
    await clock.hover();
    await why.waitFor();
    await shots.take(page, 'connection-down-banner'); // the picture is taken with the mouse away: no tooltip
    // Reached by keyboard too (the clock takes focus): so the picture shows the tooltip.
    await page.keyboard.press('Shift+Tab');
    await clock.focus();
    await why.waitFor();
    await shots.take(page, 'waiting-reply-tooltip');
    await composer.focus(); // the tooltip closes
    await why.waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 390, height: 844 });
    await banner.waitFor();
    await shots.take(page, 'phone-connection-down');
    await page.setViewportSize({ width: 1280, height: 800 });

    await banner.getByRole('link', { name: 'Ver conexões' }).click();
    await page.getByRole('heading', { name: pt.connections.title }).waitFor();
  });
}, 120_000);
