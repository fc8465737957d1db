import { screen, waitFor } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

// A socket that is already connected (it has its session id) before the title hook subscribes: in a real
// browser the first connection can finish before React runs the hook's effect.
jest.mock('socket.io-client', () => ({ io: () => Object.assign(fakeIo(), { id: 'socket-1' }) }));

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'supervisor' }) });
  document.title = 'Atende';
});

it('reads the unread count at once when the socket connected before the hook subscribed', async () => {
  const net = installFetch({
    'GET /api/tickets': () => reply(200, { tickets: [{ id: 1, unreadMessages: 5 }], nextCursor: null }),
  });
  renderApp('/nowhere');
  await screen.findByText('Página não encontrada');
  await waitFor(() => expect(document.title).toBe('(5) Atende'));
  expect(net.calls('GET', '/api/tickets')).toHaveLength(1);
});
