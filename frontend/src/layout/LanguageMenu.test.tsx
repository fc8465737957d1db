import { screen, waitFor } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(resetAppState);

describe('language switch', () => {
  it('translates the login page and remembers the choice', async () => {
    installFetch({});
    const { user } = renderApp('/login');
    expect(screen.getByRole('heading', { name: 'Entrar' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Idioma/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toBeInTheDocument();
    expect(localStorage.getItem('atende.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('translates the app shell and the users page into Spanish', async () => {
    const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
    session.set({ accessToken: 'token-1', user: admin });
    installFetch({ 'GET /api/users': () => reply(200, { users: [admin], nextCursor: null }) });
    const { user } = renderApp('/users');
    expect(await screen.findByRole('heading', { name: 'Usuários' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Idioma/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Español' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Nuevo usuario' })).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Abrir menú' })).toBeInTheDocument(); // jsdom is a "phone": no matchMedia
    expect(screen.getByText('Administrador')).toBeInTheDocument();
    expect(screen.queryByText('Novo usuário')).not.toBeInTheDocument();
  });
});
