import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../../api/session';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { screenWidth, wideScreen } from '../../test/layout';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import { inboxServer } from './inboxTestServer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ name: 'Bia Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
});

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const person = (id: number, name: string) => ({ id, name, number: `55119000000${id}` });

function threeOpenAndOneWaiting() {
  const first = makeTicket({ status: 'open', userId: me.id, lastMessageAt: minutesAgo(1), contact: person(41, 'Alice Primeira') });
  const second = makeTicket({ status: 'open', userId: me.id, lastMessageAt: minutesAgo(2), contact: person(42, 'Bruno Segundo') });
  const third = makeTicket({ status: 'open', userId: me.id, lastMessageAt: minutesAgo(3), contact: person(43, 'Clara Terceira') });
  const waiting = makeTicket({ status: 'pending', queueId: 3, lastMessageAt: minutesAgo(4), contact: person(44, 'Davi Esperando') });
  return [first, second, third, waiting];
}

const chatHeading = async (name: string) => within(await screen.findByRole('region', { name: 'Conversa' })).findByRole('heading', { name });

describe('Inbox keyboard shortcuts', () => {
  it('moves through the list with Alt+↑/↓, switches tabs with Alt+1/2/3 and accepts with Alt+A', async () => {
    const [, , , waiting] = threeOpenAndOneWaiting();
    const { net } = inboxServer(threeOpenAndOneWaiting().map((t, i) => (i === 3 ? waiting! : t)));
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    await within(open).findByRole('link', { name: 'Clara Terceira' });

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await chatHeading('Alice Primeira')).toBeInTheDocument();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await chatHeading('Bruno Segundo')).toBeInTheDocument();
    expect(within(open).getByRole('link', { name: 'Bruno Segundo' })).toHaveAttribute('aria-current', 'page');
    // From outside the composer: in an empty composer, ↑ belongs to the chat ("edit my last message").
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await chatHeading('Alice Primeira')).toBeInTheDocument();

    await user.keyboard('{Alt>}2{/Alt}');
    expect(await screen.findByRole('tab', { name: /^Aguardando/, selected: true })).toBeInTheDocument();
    const pending = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    await within(pending).findByRole('link', { name: 'Davi Esperando' });
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await chatHeading('Davi Esperando')).toBeInTheDocument();

    // Alt+A accepts the waiting ticket on screen; the list follows it to "Atendendo".
    await user.keyboard('{Alt>}a{/Alt}');
    await waitFor(() => expect(net.calls('PUT', `/api/tickets/${waiting!.id}`).map((r) => r.body)).toContainEqual({ action: 'accept' }));
    expect(await screen.findByRole('tab', { name: /^Atendendo/, selected: true })).toBeInTheDocument();

    await user.keyboard('{Alt>}3{/Alt}');
    expect(await screen.findByRole('tab', { name: /^Resolvidos/, selected: true })).toBeInTheDocument();
  });

  it('focuses the search with / or Ctrl+K, leaves typed text alone, and lists the shortcuts on ?', async () => {
    inboxServer(threeOpenAndOneWaiting());
    const { user } = renderApp('/tickets');
    const search = await screen.findByRole('searchbox', { name: 'Buscar atendimentos' });

    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue(''); // the key that moved the focus is not typed
    // While typing, plain keys are text: neither / nor ? does anything else.
    await user.keyboard('a/b?');
    expect(search).toHaveValue('a/b?');
    expect(screen.queryByRole('dialog', { name: 'Atalhos de teclado' })).toBeNull();

    await user.click(document.body);
    expect(search).not.toHaveFocus();
    await user.keyboard('{Control>}k{/Control}');
    expect(search).toHaveFocus();

    act(() => search.blur());
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Atalhos de teclado' });
    expect(within(help).getByRole('row', { name: /Próximo atendimento da lista/ })).toHaveTextContent('Alt + ↓');
    expect(within(help).getByRole('row', { name: /Aceitar o atendimento aberto/ })).toHaveTextContent('Alt + A');
    await user.click(within(help).getByRole('button', { name: 'Fechar' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Atalhos de teclado' })).toBeNull());

    // The same list, from a button, translated.
    await user.click(screen.getByRole('button', { name: 'Atalhos de teclado' }));
    expect(await screen.findByRole('dialog', { name: 'Atalhos de teclado' })).toBeInTheDocument();
  });
});

describe('Inbox on a phone', () => {
  // Every media query that asks "at most this wide" matches: a narrow screen.
  beforeEach(() => {
    screenWidth(390);
  });
  afterEach(() => {
    wideScreen();
  });

  it('shows the list or the chat, never both; back button and Esc return to the list', async () => {
    inboxServer(threeOpenAndOneWaiting());
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(screen.queryByRole('region', { name: 'Conversa' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Atalhos de teclado' })).toBeNull();

    await user.click(await within(open).findByRole('link', { name: 'Bruno Segundo' }));
    expect(await chatHeading('Bruno Segundo')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Lista de atendimentos' })).toBeNull();
    // Secondary actions fold into a menu; their names stay the same.
    await user.click(screen.getByRole('button', { name: 'Mais ações' }));
    expect(await screen.findByRole('menuitem', { name: 'Transferir' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Devolver à fila' })).toBeInTheDocument();
    await user.keyboard('{Escape}'); // closes the menu, not the chat
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(screen.getByRole('region', { name: 'Conversa' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Voltar para a lista' }));
    expect(await screen.findByRole('region', { name: 'Lista de atendimentos' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Conversa' })).toBeNull();

    await user.click(await screen.findByRole('link', { name: 'Alice Primeira' }));
    expect(await chatHeading('Alice Primeira')).toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('region', { name: 'Lista de atendimentos' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Conversa' })).toBeNull();
  });
});
