import { pairConnection } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, openWaiting, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';

// Chat details (issue 17) in a real browser: a customer's WhatsApp-formatted message with a link is shown
// formatted (bold, italic, strike, code, a list) with the link opening in a new tab; the card's preview
// drops the markers; the customer's typing shows in the header and the attendant's reaches the phone; a
// search inside the conversation jumps to the message.
const runId = Date.now().toString(36);
const COMPANY_NUMBER = `55119${String(Date.now()).slice(-8)}`;
const CAIO = `Caio ${runId}`;
const FORMATTED = [
  '*Pedido 4411* confirmado ✅',
  '_Entrega amanhã_ ~sexta~ com o código `RX-9`',
  '- arroz integral',
  '- feijão preto',
  'Rastreio: https://example.com/rastreio/4411',
].join('\n');
const pt = UI['pt-BR'];
const shots = new Shots('chatDetails');

const { started } = useSimulatorSuite('chatDetails', COMPANY_NUMBER);

test('a formatted message with a link, typing both ways and a search that jumps to a message', async () => {
  const { sim, phone, api, page } = started();
  try {
    await pairConnection(api, phone, { name: `Mercado ${runId}` });
    const caio = sim.contact(`55119${String(Date.now() + 3).slice(-8)}`, { pushName: CAIO });
    await page.goto('/');
    await openWaiting(page, pt);
    await caio.sendText(phone, FORMATTED);
    const card = ticketCard(page, pt, 'pending', CAIO);
    await card.waitFor({ timeout: 20_000 });
    // The preview is plain text: no asterisks.
    await card.getByText(/Pedido 4411 confirmado/).waitFor();
    expect(await card.textContent()).not.toContain('*Pedido');
    await acceptTicket(page, pt, CAIO);

    const history = page.getByRole('list', { name: pt.tickets.messages });
    const bubble = history.getByRole('listitem', { name: pt.tickets.received }).filter({ hasText: 'Pedido 4411' });
    await bubble.locator('strong', { hasText: 'Pedido 4411' }).waitFor();
    await bubble.locator('em', { hasText: 'Entrega amanhã' }).waitFor();
    await bubble.locator('s', { hasText: 'sexta' }).waitFor();
    await bubble.locator('code', { hasText: 'RX-9' }).waitFor();
    const link = bubble.getByRole('link', { name: 'https://example.com/rastreio/4411' });
    expect(await link.getAttribute('href')).toBe('https://example.com/rastreio/4411');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await bubble.textContent()).not.toMatch(/[*_~`]/);
    await shots.take(page, 'formatted-message');

    // The customer types: the header says so. The attendant types: the phone sees "composing".
    caio.typing(phone);
    await page.getByRole('status').filter({ hasText: 'digitando…' }).waitFor({ timeout: 15_000 });
    await shots.take(page, 'customer-typing');
    const composer = page.getByRole('textbox', { name: pt.tickets.composer });
    await composer.fill('Seu pedido *já saiu* para entrega');
    await page.getByRole('note', { name: 'Pré-visualização' }).locator('strong', { hasText: 'já saiu' }).waitFor();
    expect((await caio.nextChatState({ state: 'composing', timeoutMs: 15_000 })).from).toBe(phone.pn);
    await shots.take(page, 'composer-preview');
    await composer.fill('');

    // Search inside the conversation: accents ignored, a click brings the message into view, lit up.
    await page.getByRole('button', { name: 'Buscar na conversa' }).click();
    await page.getByRole('textbox', { name: 'Buscar mensagens nesta conversa' }).fill('feijao');
    const results = page.getByRole('list', { name: 'Buscar mensagens nesta conversa' });
    await results.getByRole('button', { name: /feijão preto/ }).click();
    await history.locator('[data-highlighted="true"]').filter({ hasText: 'feijão preto' }).waitFor();
    await shots.take(page, 'search-jump');
  } catch (error) {
    await screenshot(page, `failed-chatDetails-${runId}`).catch(() => undefined);
    throw error;
  }
});
