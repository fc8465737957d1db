import { configure, screen, waitFor } from '@testing-library/react';
import { apiError, deferred, installFetch, reply, type FakeReply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
// Pages and dialogs take longer than the default second to settle when the machine is shared.
configure({ asyncUtilTimeout: 5000 });

const admin = makeUser({ name: 'Ana Admin', email: 'ana@example.com', profile: 'admin' });

beforeEach(resetAppState);

/** After sign-in everyone lands in the inbox: an empty one is enough here. */
function inboxRoutes() {
  return {
    'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null, counts: { open: 0, pending: 0, closed: 0 } }),
    'GET /api/queues': () => reply(200, { queues: [] }),
  };
}

describe('LoginPage', () => {
  it('signs in with the typed credentials and opens the inbox', async () => {
    const net = installFetch({
      'POST /api/auth/login': () => reply(200, { accessToken: 'token-1', user: admin }),
      ...inboxRoutes(),
    });
    const { user } = renderApp('/login');

    await user.type(screen.getByLabelText(/^E-mail/), '  ana@example.com ');
    await user.type(screen.getByLabelText(/^Senha/), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    expect(await screen.findByRole('heading', { name: 'Atendimentos' })).toBeInTheDocument();
    expect(net.calls('POST', '/api/auth/login')[0]?.body).toEqual({ email: 'ana@example.com', password: 'correct horse' });
    // The tickets were fetched with the token the login returned.
    await waitFor(() => expect(net.calls('GET', '/api/tickets')[0]?.headers.Authorization).toBe('Bearer token-1'));
  });

  it('shows the translated error for the code the API returns', async () => {
    installFetch({ 'POST /api/auth/login': () => apiError(401, 'ERR_INVALID_CREDENTIALS') });
    const { user } = renderApp('/login');

    await user.type(screen.getByLabelText(/^E-mail/), 'ana@example.com');
    await user.type(screen.getByLabelText(/^Senha/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail ou senha incorretos.');
    expect(screen.getByRole('button', { name: 'Entrar' })).toBeEnabled();
  });

  it('falls back to a generic message for an unknown code', async () => {
    installFetch({ 'POST /api/auth/login': () => apiError(418, 'ERR_TEAPOT') });
    const { user } = renderApp('/login');

    await user.type(screen.getByLabelText(/^E-mail/), 'ana@example.com');
    await user.type(screen.getByLabelText(/^Senha/), 'whatever1');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Algo deu errado. Tente novamente.');
  });

  it('shows a loading state and blocks the form while signing in', async () => {
    const answer = deferred<FakeReply>();
    installFetch({ 'POST /api/auth/login': () => answer.promise, ...inboxRoutes() });
    const { user } = renderApp('/login');

    await user.type(screen.getByLabelText(/^E-mail/), 'ana@example.com');
    await user.type(screen.getByLabelText(/^Senha/), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    const busy = await screen.findByRole('button', { name: /Entrando/ });
    expect(busy).toBeDisabled();
    expect(screen.getByLabelText(/^E-mail/)).toBeDisabled();

    answer.resolve(reply(200, { accessToken: 'token-1', user: admin }));
    expect(await screen.findByRole('heading', { name: 'Atendimentos' })).toBeInTheDocument();
  });

  it('toggles the password visibility', async () => {
    installFetch({});
    const { user } = renderApp('/login');
    const password = screen.getByLabelText(/^Senha/);
    expect(password).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Mostrar senha' }));
    expect(password).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Ocultar senha' }));
    expect(password).toHaveAttribute('type', 'password');
  });

  it('sends visitors without a session from a protected page to the login page', async () => {
    const net = installFetch({});
    renderApp('/users');
    expect(await screen.findByRole('heading', { name: 'Entrar' })).toBeInTheDocument();
    expect(net.requests).toHaveLength(0); // no refresh cookie was ever set here: no pointless 401
  });
});
