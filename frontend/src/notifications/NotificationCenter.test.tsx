import { act, screen, waitFor } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { FakeNotification, chimes, resetBrowserFakes, setTabHidden } from './notificationTestEnv';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ name: 'Ana Atendente', profile: 'user' });
const contact = { id: 9, name: 'Carla Cliente', number: '5511988887777' };
const server = (event: string, payload?: unknown) => act(() => sockets.at(-1)?.serverEmit(event, payload));
const inbound = (overrides: { fromMe?: boolean; status?: string; userId?: number | null; unread?: number; ticketId?: number; body?: string } = {}) => ({
  action: 'create',
  message: { id: 501, ticketId: overrides.ticketId ?? 5, fromMe: overrides.fromMe ?? false, body: overrides.body ?? 'Oi, tudo bem?', mediaType: null },
  ticket: {
    id: overrides.ticketId ?? 5,
    uuid: `0f5c2d1e-0000-4000-8000-${String(overrides.ticketId ?? 5).padStart(12, '0')}`,
    status: overrides.status ?? 'open',
    userId: overrides.userId === undefined ? me.id : overrides.userId,
    unreadMessages: overrides.unread ?? 1,
  },
  contact,
});

beforeEach(async () => {
  await resetAppState();
  resetBrowserFakes();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
  document.title = 'Atende';
});

// A page without requests of its own, so every request seen here is the notifications'.
const renderQuietPage = async () => {
  const view = renderApp('/nowhere');
  await screen.findByText('Página não encontrada');
  return view;
};

describe('NotificationCenter', () => {
  it("rings and shows a system notification for a customer's message while the tab is hidden; a click opens the ticket", async () => {
    const net = installFetch({});
    const focus = jest.spyOn(window, 'focus').mockImplementation(() => undefined);
    await renderQuietPage();

    setTabHidden(true);
    server('appMessage', inbound({ body: 'Preciso de ajuda com meu pedido' }));
    expect(chimes).toHaveLength(2); // the two notes of one chime
    expect(FakeNotification.shown).toHaveLength(1);
    const [notice] = FakeNotification.shown;
    expect(notice).toMatchObject({ title: 'Nova mensagem de Carla Cliente', options: { body: 'Preciso de ajuda com meu pedido', tag: 'ticket-5' } });

    act(() => notice!.onclick?.());
    expect(focus).toHaveBeenCalled();
    expect(notice!.closed).toBe(true);
    // The notification opens the ticket by its address (its uuid), which the inbox resolves.
    await waitFor(() => expect(net.requests.some((r) => r.path === '/api/tickets/0f5c2d1e-0000-4000-8000-000000000005')).toBe(true));
    focus.mockRestore();
  });

  it('stays silent for the user’s own messages, shows no system notification on a visible tab, and says when a ticket is new', async () => {
    installFetch({});
    await renderQuietPage();

    server('appMessage', inbound({ fromMe: true }));
    expect(chimes).toHaveLength(0);
    expect(FakeNotification.shown).toHaveLength(0);

    // A conversation another attendant is handling is theirs to answer.
    server('appMessage', inbound({ ticketId: 7, userId: me.id + 1 }));
    expect(chimes).toHaveLength(0);

    server('appMessage', inbound({ ticketId: 6 }));
    expect(chimes).toHaveLength(2);
    expect(FakeNotification.shown).toHaveLength(0); // the tab is visible: the sound is enough

    setTabHidden(true);
    server('appMessage', inbound({ ticketId: 8, status: 'pending', userId: null }));
    expect(FakeNotification.shown.map((n) => [n.title, n.options.body])).toEqual([['Novo atendimento aguardando', 'Carla Cliente: Oi, tudo bem?']]);
    expect(chimes).toHaveLength(2); // same burst: one chime
  });

  it('says a call is a missed voice or video call, not that the customer sent a file', async () => {
    installFetch({});
    await renderQuietPage();
    setTabHidden(true);
    const call = (ticketId: number, video: boolean, status: string) => {
      const event = inbound({ ticketId, status, userId: null, body: '' });
      return { ...event, message: { ...event.message, mediaType: 'call', content: { call: { video } } } };
    };

    server('appMessage', call(40, false, 'pending'));
    server('appMessage', call(40, true, 'pending'));
    expect(FakeNotification.shown.map((n) => [n.title, n.options.body])).toEqual([
      ['Novo atendimento aguardando', 'Carla Cliente: Chamada de voz perdida'],
      ['Nova mensagem de Carla Cliente', 'Chamada de vídeo perdida'],
    ]);
  });

  it('tells an attendant about a ticket returned to the queue only if they may see it', async () => {
    const net = installFetch({
      'GET /api/tickets/20': () => reply(200, { ticket: { id: 20, status: 'pending', contact } }),
      'GET /api/tickets/21': () => apiError(404, 'ERR_TICKET_NOT_FOUND'),
      'GET /api/tickets/22': () => reply(200, { ticket: { id: 22, status: 'pending', contact } }),
    });
    await renderQuietPage();
    setTabHidden(true);

    server('ticket', { action: 'update', ticket: { id: 21, status: 'pending', userId: null, unreadMessages: 0 } });
    server('ticket', { action: 'update', ticket: { id: 20, status: 'pending', userId: null, unreadMessages: 0 } });
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    expect(FakeNotification.shown[0]).toMatchObject({ title: 'Novo atendimento aguardando', options: { body: 'Carla Cliente', tag: 'ticket-20' } });
    expect(net.calls('GET', '/api/tickets/21')).toHaveLength(1);

    // The attendant returning their own ticket does not ring for it.
    server('ticket', { action: 'update', ticket: { id: 30, status: 'open', userId: me.id, unreadMessages: 0 } });
    server('ticket', { action: 'update', ticket: { id: 30, status: 'pending', userId: null, unreadMessages: 0 } });
    // A ticket someone else returns next is announced: by then the attendant's own would have been too.
    server('ticket', { action: 'update', ticket: { id: 22, status: 'pending', userId: null, unreadMessages: 0 } });
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(2));
    expect(FakeNotification.shown[1]).toMatchObject({ options: { tag: 'ticket-22' } });
    expect(net.calls('GET', '/api/tickets/30')).toHaveLength(0);
  });

  it('mutes and unmutes from the bell, remembered across visits', async () => {
    installFetch({});
    const { user, unmount } = await renderQuietPage();

    await user.click(screen.getByRole('button', { name: 'Silenciar notificações' }));
    expect(localStorage.getItem('atende.notifications.muted')).toBe('1');
    setTabHidden(true);
    server('appMessage', inbound());
    expect(chimes).toHaveLength(0);
    expect(FakeNotification.shown).toHaveLength(0);
    unmount();

    await renderQuietPage();
    await user.click(screen.getByRole('button', { name: 'Ativar notificações' }));
    expect(localStorage.getItem('atende.notifications.muted')).toBeNull();
    server('appMessage', inbound());
    expect(FakeNotification.shown).toHaveLength(1);
  });

  it('asks the browser for permission from the bell, not before', async () => {
    FakeNotification.permission = 'default';
    installFetch({});
    const { user } = await renderQuietPage();
    expect(FakeNotification.requested).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Permitir notificações do navegador' }));
    expect(FakeNotification.requested).toBe(1);
    expect(await screen.findByRole('button', { name: 'Silenciar notificações' })).toBeInTheDocument();
  });

  it("puts the unread messages of the user's open tickets in the tab title and keeps them live", async () => {
    const net = installFetch({
      'GET /api/tickets': () =>
        reply(200, {
          tickets: [
            { id: 1, unreadMessages: 2 },
            { id: 2, unreadMessages: 1 },
          ],
          nextCursor: null,
        }),
    });
    await renderQuietPage();
    server('connect');
    await waitFor(() => expect(document.title).toBe('(3) Atende'));
    const url = new URL(net.calls('GET', '/api/tickets')[0]!.url, 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'open', mine: 'true', limit: '100' });

    server('appMessage', inbound({ ticketId: 2, unread: 4 }));
    expect(document.title).toBe('(6) Atende');
    // Someone else's or a waiting ticket does not count.
    server('appMessage', inbound({ ticketId: 3, status: 'pending', userId: null, unread: 7 }));
    server('appMessage', inbound({ ticketId: 4, userId: me.id + 1, unread: 7 }));
    expect(document.title).toBe('(6) Atende');
    // Read, then closed: the count follows.
    server('ticket', { action: 'update', ticket: { id: 2, status: 'open', userId: me.id, unreadMessages: 0 } });
    expect(document.title).toBe('(2) Atende');
    server('ticket', { action: 'update', ticket: { id: 1, status: 'closed', userId: me.id, unreadMessages: 2 } });
    expect(document.title).toBe('Atende');
  });
});
