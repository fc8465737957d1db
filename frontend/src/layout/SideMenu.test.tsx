import { screen, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { screenWidth, wideScreen } from '../test/layout';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ id: 7, name: 'Ana Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: me });
  installFetch({
    'GET /api/internal-chats': () => reply(200, { chats: [{ id: 1, kind: 'channel', peer: null, lastMessage: null, unread: 3 }], unreadTotal: 3 }),
  });
});
afterEach(() => {
  wideScreen();
});

const menu = () => screen.getByRole('navigation', { name: 'Navegação principal' });

describe('side menu by screen width', () => {
  it('on a laptop shows icons only: each entry keeps its name and unread count, its label in a tooltip', async () => {
    screenWidth(1024);
    const { user } = renderApp('/internal-chat');
    const chat = await within(menu()).findByRole('link', { name: '3 mensagens não lidas Chat interno' });
    expect(screen.queryByRole('button', { name: 'Abrir menu' })).not.toBeInTheDocument(); // permanent, not a drawer
    const tickets = within(menu()).getByRole('link', { name: 'Atendimentos' });
    expect(tickets).toHaveAttribute('title', 'Atendimentos'); // the tooltip's label, while closed
    expect(chat).toHaveAttribute('title', 'Chat interno');
    await user.hover(tickets);
    expect(await screen.findByRole('tooltip', { name: 'Atendimentos' })).toBeInTheDocument();
  });

  it('on a laptop the attendant can show the names, and the browser remembers it', async () => {
    screenWidth(1024);
    const { user, unmount } = renderApp('/internal-chat');
    await user.click(await screen.findByRole('button', { name: 'Mostrar os nomes do menu' }));
    expect(within(menu()).getByRole('link', { name: 'Atendimentos' })).not.toHaveAttribute('title');
    expect(localStorage.getItem('atende.sideMenuExpanded')).toBe('1');
    unmount();

    renderApp('/internal-chat');
    const collapse = await screen.findByRole('button', { name: 'Mostrar só os ícones do menu' });
    expect(within(menu()).getByRole('link', { name: 'Atendimentos' })).not.toHaveAttribute('title');
    await user.click(collapse);
    expect(within(menu()).getByRole('link', { name: 'Atendimentos' })).toHaveAttribute('title', 'Atendimentos');
    expect(localStorage.getItem('atende.sideMenuExpanded')).toBe('0');
  });

  it('from 1280 px shows the full menu with its labels and no tooltips', async () => {
    screenWidth(1280);
    renderApp('/internal-chat');
    const chat = await within(menu()).findByRole('link', { name: '3 mensagens não lidas Chat interno' });
    expect(chat).not.toHaveAttribute('title');
    expect(within(menu()).getByRole('link', { name: 'Atendimentos' })).not.toHaveAttribute('title');
    expect(screen.queryByRole('button', { name: 'Abrir menu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mostrar só os ícones do menu' })).not.toBeInTheDocument(); // no toggle
  });

  it('on a phone keeps the menu behind a button that shows the unread count', async () => {
    screenWidth(390);
    renderApp('/internal-chat');
    const button = await screen.findByRole('button', { name: /Abrir menu/ });
    expect(await within(button).findByTestId('internal-chat-unread')).toHaveTextContent('3 mensagens não lidas');
  });
});
