import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { i18n } from '../i18n';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

describe('session boot and loss', () => {
  it('resumes a session after a reload through the refresh cookie', async () => {
    localStorage.setItem('atende.session', '1'); // we signed in on this browser before the reload
    const net = installFetch({
      'POST /api/auth/refresh': () => reply(200, { accessToken: 'fresh', user: admin }),
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
    });
    renderApp('/users');

    expect(await screen.findByRole('heading', { name: 'Usuários' })).toBeInTheDocument();
    expect(net.calls('POST', '/api/auth/refresh')).toHaveLength(1);
    expect(net.calls('GET', '/api/users')[0]?.headers.Authorization).toBe('Bearer fresh');
  });

  it('goes to the login page when the remembered session is gone', async () => {
    localStorage.setItem('atende.session', '1');
    installFetch({ 'POST /api/auth/refresh': () => apiError(401, 'ERR_SESSION_EXPIRED') });
    renderApp('/users');

    expect(await screen.findByRole('heading', { name: 'Entrar' })).toBeInTheDocument();
    expect(localStorage.getItem('atende.session')).toBeNull();
  });

  it('signs out through the user menu: server logout, login page, socket closed', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = installFetch({
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
      'POST /api/auth/logout': () => reply(204),
    });
    const { user } = renderApp('/users');
    await screen.findByRole('heading', { name: 'Usuários' });
    const socket = sockets.at(-1);
    expect(socket?.connected).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Menu do usuário: Ana Admin' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sair' }));

    expect(await screen.findByRole('heading', { name: 'Entrar' })).toBeInTheDocument();
    expect(net.calls('POST', '/api/auth/logout')).toHaveLength(1);
    expect(session.token()).toBeNull();
    expect(socket?.connected).toBe(false);
  });

  it('refreshes and reconnects the socket when the server rejects an expired token', async () => {
    session.set({ accessToken: 'stale', user: admin });
    const net = installFetch({
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
      'POST /api/auth/refresh': () => reply(200, { accessToken: 'fresh', user: admin }),
    });
    renderApp('/users');
    await screen.findByRole('heading', { name: 'Usuários' });
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket was opened');
    socket.connected = false;

    act(() => socket.serverEmit('connect_error', new Error('ERR_UNAUTHORIZED')));

    await waitFor(() => expect(socket.connected).toBe(true));
    expect(net.calls('POST', '/api/auth/refresh')).toHaveLength(1);
    expect(session.token()).toBe('fresh');
  });
  it('signs out at once when the server ends the session (a supervisor logged us out): login page with the reason, socket closed, data gone', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = installFetch({
      'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }),
      'POST /api/auth/login': () => reply(200, { accessToken: 'token-2', user: admin }),
    });
    const { user } = renderApp('/users');
    await screen.findByRole('heading', { name: 'Usuários' });
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket was opened');

    // The supervisor paused us a moment before: that notice belongs to the session that ends.
    act(() =>
      socket.serverEmit('availability', {
        user: { ...admin, pausedAt: new Date().toISOString(), pauseReason: null },
        byUserId: admin.id + 1,
        byName: 'Sara Supervisora',
      }),
    );
    expect(await screen.findByText('Sara Supervisora colocou você em pausa.')).toBeInTheDocument();
    act(() => socket.serverEmit('session', { action: 'ended', reason: 'loggedOut' }));

    expect(await screen.findByRole('heading', { name: 'Entrar' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Sara Supervisora colocou você em pausa.')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Sua sessão foi encerrada por um supervisor.');
    expect(screen.queryByText('Ana Admin')).not.toBeInTheDocument();
    expect(session.token()).toBeNull();
    expect(localStorage.getItem('atende.session')).toBeNull(); // a reload does not try the revoked cookie
    expect(socket.connected).toBe(false);
    // Nothing was asked of the server to leave: the page went by the socket's word alone.
    expect(net.calls('POST', '/api/auth/refresh')).toHaveLength(0);
    expect(net.calls('POST', '/api/auth/logout')).toHaveLength(0);

    // Signing in again (as anyone) puts the notice away.
    await user.type(screen.getByLabelText(/E-mail/), 'ana@atende.test');
    await user.type(screen.getByLabelText(/Senha/), 'secret-1');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));
    expect(await screen.findByRole('heading', { name: 'Usuários' })).toBeInTheDocument();
    expect(session.get().ended).toBeNull();
  });

  it.each([
    ['deactivated', 'en', 'Your account was deactivated. Please contact your company administrator.'],
    ['deleted', 'es', 'Tu cuenta fue eliminada. Habla con el administrador de la empresa.'],
    ['passwordChanged', 'pt-BR', 'Sua senha foi alterada por um administrador. Entre com a nova senha.'],
  ])('says why the server ended the session: %s (%s)', async (reason, language, text) => {
    await i18n.changeLanguage(language);
    session.set({ accessToken: 'token-1', user: admin });
    installFetch({ 'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }) });
    renderApp('/users');
    await screen.findByRole('heading', { name: language === 'pt-BR' ? 'Usuários' : language === 'en' ? 'Users' : 'Usuarios' });
    act(() => sockets.at(-1)?.serverEmit('session', { action: 'ended', reason }));
    expect(await screen.findByRole('status')).toHaveTextContent(text);
  });

  it('after its own password change the tab reconnects its socket with the new session (the server disconnected it)', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    installFetch({ 'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }) });
    renderApp('/users');
    await screen.findByRole('heading', { name: 'Usuários' });
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket was opened');
    act(() => socket.serverEmit('connect', undefined));

    socket.connected = false;
    act(() => socket.serverEmit('disconnect', 'io server disconnect'));
    expect(socket.connected).toBe(false); // the old token would be refused: wait for the new one
    act(() => session.set({ accessToken: 'token-2', user: admin }));
    expect(socket.connected).toBe(true);
    expect(screen.getByRole('heading', { name: 'Usuários' })).toBeInTheDocument();
  });
});
