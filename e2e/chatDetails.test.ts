import type { Answer, WhatsappView } from '@atende/contract';
import type { Page } from 'playwright-core';
import { pairConnection, polled } from './support/api.js';
import { screenshot } from './support/browser.js';
import { useSimulatorSuite } from './support/browserSuite.js';
import { Shots, acceptTicket, chatHeaderAction, openWaiting, ticketCard } from './support/flows.js';
import { UI } from './support/labels.js';

// Chat details (issue 17) in a real browser: a customer's WhatsApp-formatted message with a link is shown
// formatted (bold, italic, strike, code, a list) with the link opening in a new tab; the card's preview
// drops the markers; the customer's typing shows in the header and the attendant's reaches the phone; a
// search inside the conversation jumps to the message. The chat header on laptop widths (the list beside the
// chat): the contact's name, protocol and primary action stay readable, the tools fold into the "more" menu.
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

// One connection for the file, paired by whichever test needs it first (each test may also run alone).
let paired: Promise<WhatsappView> | undefined;
const connection = () => {
  const { api, phone } = started();
  paired ??= pairConnection(api, phone, { name: `Mercado ${runId}` });
  return paired;
};

test('a formatted message with a link, typing both ways and a search that jumps to a message', async () => {
  const { sim, phone, page } = started();
  try {
    await connection();
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
    await chatHeaderAction(page, pt, 'Buscar na conversa');
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

/** The chat header's layout as the browser drew it: what overflows, and where the key parts are. */
async function headerLayout(page: Page, contactName: string) {
  const header = page.getByTestId('chat-header');
  await header.getByRole('heading', { name: contactName }).waitFor();
  return header.evaluate((el, name) => {
    const box = el.getBoundingClientRect();
    const heading = Array.from(el.querySelectorAll('h2')).find((h) => h.textContent === name)!;
    const inside = (child: Element) => {
      const r = child.getBoundingClientRect();
      return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1;
    };
    // The "#N" characters lie wholly inside the caption line's box, i.e. before the point where its ellipsis cuts.
    const protocolDrawn = (line: Element) => {
      // React writes "#", the number and " · " as separate text nodes: find "#N" across them.
      const nodes: { node: Node; from: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, from: text.length });
        text += node.textContent ?? '';
      }
      const match = /#\d+/.exec(text);
      if (!match) return false;
      const at = (offset: number) => {
        const last = nodes.filter((n) => n.from <= offset).at(-1)!;
        return [last.node, offset - last.from] as const;
      };
      const range = document.createRange();
      range.setStart(...at(match.index));
      range.setEnd(...at(match.index + match[0].length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const r = range.getBoundingClientRect();
      const ellipsisRoom = 12; // text-overflow: ellipsis draws "…" over the last characters that fit
      return r.width > 0 && r.right <= line.getBoundingClientRect().right - ellipsisRoom;
    };
    const buttons = Array.from(el.querySelectorAll('button, a')).filter((b) => b.getBoundingClientRect().width > 0);
    return {
      width: Math.round(box.width),
      overflows: el.scrollWidth > el.clientWidth + 1,
      nameWidth: Math.round(heading.getBoundingClientRect().width),
      nameCut: heading.scrollWidth > heading.clientWidth + 1,
      protocolShown: protocolDrawn(heading.nextElementSibling!),
      buttonsInside: buttons.every(inside),
      buttons: buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
    };
  }, contactName);
}

test('the chat header on laptop widths (list beside the chat): name, protocol and the primary action stay readable; tools fold into "more"', async () => {
  const { sim, phone, api, page } = started();
  try {
    await connection();
    const names = {
      pending: `Maria Aparecida dos Santos Figueiredo ${runId}`,
      open: `José Carlos de Albuquerque Nogueira Filho ${runId}`,
      closed: `Ana ${runId}`,
    };
    for (const [i, name] of Object.values(names).entries()) {
      await sim.contact(`55119${String(Date.now() + 10 + i).slice(-8)}`, { pushName: name }).sendText(phone, `Olá, aqui é ${name}`);
    }
    const ids: Record<keyof typeof names, number> = { pending: 0, open: 0, closed: 0 };
    for (const key of Object.keys(names) as (keyof typeof names)[]) {
      ids[key] = await polled(`${names[key]}'s ticket`, async () => {
        const { tickets } = await api.get<Answer<'GET /api/tickets'>>('/api/tickets?status=pending&limit=100');
        return tickets.find((t) => t.contact.name === names[key])?.id;
      });
    }
    await api.put(`/api/tickets/${ids.open}`, { action: 'accept' });
    await api.put(`/api/tickets/${ids.closed}`, { action: 'accept' });
    await api.put(`/api/tickets/${ids.closed}`, { action: 'close', sendFarewell: false });

    const primary = { pending: pt.tickets.accept, open: 'Finalizar', closed: 'Reabrir' } as const;
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 768 });
      for (const key of Object.keys(names) as (keyof typeof names)[]) {
        await page.goto(`/tickets/${ids[key]}`);
        const header = page.getByTestId('chat-header');
        await header.getByRole('button', { name: primary[key], exact: true }).waitFor();
        const layout = await headerLayout(page, names[key]);
        await shots.take(page, `header-${width}-${key}`);
        // Nothing pushed out of the header, the primary action whole inside it, the protocol shown, and the name
        // given real room (cut with an ellipsis at worst, never squeezed to a few letters).
        expect({ key, width, overflows: layout.overflows, buttonsInside: layout.buttonsInside, protocolShown: layout.protocolShown }).toEqual({
          key,
          width,
          overflows: false,
          buttonsInside: true,
          protocolShown: true,
        });
        expect(layout.nameWidth).toBeGreaterThanOrEqual(Math.min(220, layout.width / 3));
        if (key === 'closed') expect(layout.nameCut).toBe(false); // a short name is never cut
      }
      // Below 1280 px the side menu shows only icons (72 px), which gives the chat its room; from 1280 px its labels.
      const menu = page.getByRole('navigation', { name: 'Navegação principal' });
      const menuRight = await menu.evaluate((el) => Math.round(el.getBoundingClientRect().right));
      const chatWidth = (await headerLayout(page, names.closed)).width;
      if (width < 1280) {
        expect({ compactMenu: menuRight <= 72, roomyChat: chatWidth >= 500 }).toEqual({ compactMenu: true, roomyChat: true });
        // Each icon says its name in a tooltip on the right: on hover, and on keyboard focus (the way it is pictured,
        // since a screenshot moves the mouse away).
        const inbox = menu.getByRole('link', { name: pt.menu.tickets, exact: true });
        const tooltip = page.getByRole('tooltip', { name: pt.menu.tickets });
        await inbox.hover();
        await tooltip.waitFor();
        await page.mouse.move(width / 2, 700);
        await tooltip.waitFor({ state: 'hidden' });
        await page.keyboard.press('Shift'); // the last input a key: the focus below is shown (focus-visible)
        await inbox.focus();
        await tooltip.waitFor();
        await shots.take(page, `menu-${width}-compact-tooltip`);
        await inbox.blur();
        await tooltip.waitFor({ state: 'hidden' });
      } else {
        expect(menuRight).toBeGreaterThanOrEqual(230);
      }
      // The tools the header has no room for are in its "more" menu, and work from there.
      const header = page.getByTestId('chat-header');
      const more = header.getByRole('button', { name: 'Mais ações' });
      if (await more.count()) {
        await more.click();
        const menu = page.getByRole('menu');
        await menu.getByRole('menuitem', { name: 'Buscar na conversa' }).waitFor();
        await shots.take(page, `header-${width}-more-menu`);
        await menu.getByRole('menuitem', { name: 'Buscar na conversa' }).click();
        await page.getByRole('textbox', { name: 'Buscar mensagens nesta conversa' }).waitFor();
      } else {
        await header.getByRole('button', { name: 'Buscar na conversa' }).waitFor();
      }
    }
  } catch (error) {
    await screenshot(page, `failed-chatDetails-header-${runId}`).catch(() => undefined);
    throw error;
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 }).catch(() => undefined);
  }
}, 120_000);
