import type { Answer } from '@atende/contract';
import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, openWaiting, receivedBy, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';

// Issue 17 from the admin's chair: a customer writes, the card in Aguardando shows the ticket's protocol and the
// search finds it by "#<protocol>"; accepted, the chat header shows it too. With the company's signature on, the
// admin's reply reaches the simulated phone as "*Administrador:*\n…", while the bubble keeps the text as typed
// with the signature named above it.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55119${String(Date.now()).slice(-8)}`;
const HELENA = `Helena ${runId}`;
const IGOR = `Igor ${runId}`;
const REPLY = 'Seu pedido saiu para entrega agora há pouco.';
const pt = UI['pt-BR'];
const shots = new Shots('protocol');

const { started } = useSimulatorSuite('protocol', COMPANY_NUMBER);

test('the protocol is on the card, found by the search and in the chat header; a signed reply reaches the phone signed', async () => {
  const { sim, phone, api, page } = started();
  try {
    await pairConnection(api, phone, { name: `Loja ${runId}` });
    // Turned off again in `finally`: the browser test files share this company, and a signature left on makes
    // every later reply reach its phone as "*Administrador:*\n…" (it broke whatsapp and quickReplyMedia).
    await api.put('/api/settings', { attendantSignature: true });
    const helena = sim.contact(`55119${String(Date.now() + 11).slice(-8)}`, { pushName: HELENA });
    await page.goto('/');
    const waiting = await openWaiting(page, pt);
    const igor = sim.contact(`55119${String(Date.now() + 13).slice(-8)}`, { pushName: IGOR });
    await igor.sendText(phone, 'Bom dia, vocês abrem no sábado?');
    await helena.sendText(phone, 'Oi! Qual é a previsão de entrega do meu pedido?');
    await ticketCard(page, pt, 'pending', HELENA).waitFor({ timeout: 20_000 });
    await ticketCard(page, pt, 'pending', IGOR).waitFor({ timeout: 20_000 });

    const { tickets } = await api.get<Answer<'GET /api/tickets'>>(`/api/tickets?status=pending&search=${encodeURIComponent(HELENA)}`);
    const protocol = tickets[0]!.protocol;
    await ticketCard(page, pt, 'pending', HELENA).getByText(`#${protocol}`, { exact: true }).waitFor();

    // The search: "#<protocol>" leaves just this ticket.
    await page.getByRole('searchbox', { name: 'Buscar atendimentos' }).fill(`#${protocol}`);
    await ticketCard(page, pt, 'pending', IGOR).waitFor({ state: 'hidden', timeout: 10_000 });
    await ticketCard(page, pt, 'pending', HELENA).waitFor();
    expect(await waiting.getByRole('link').count()).toBe(1);
    await shots.take(page, 'search-by-protocol');

    await acceptTicket(page, pt, HELENA, 'Qual é a previsão de entrega do meu pedido?');
    await page.getByText(new RegExp(`^#${protocol} · `)).waitFor();

    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    await composer.fill(REPLY);
    await composer.press('Enter');
    const received = await receivedBy(helena, (m) => m.text?.includes(REPLY) === true);
    expect(received.text).toBe(`*Administrador:*\n${REPLY}`);
    const bubble = page.getByRole('list', { name: pt.tickets.messages }).getByRole('listitem', { name: pt.tickets.sent }).filter({ hasText: REPLY });
    await bubble.getByTestId('message-sender').filter({ hasText: 'Administrador' }).waitFor();
    await bubble.getByRole('img', { name: pt.tickets.delivered }).waitFor({ timeout: 20_000 });
    await shots.take(page, 'header-and-signed-reply');
  } catch (error) {
    await screenshot(page, `failed-protocol-${runId}`).catch(() => undefined);
    throw error;
  } finally {
    await api.put('/api/settings', { attendantSignature: false });
  }
}, 180_000);
