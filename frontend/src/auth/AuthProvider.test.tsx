import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
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
});
