import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const bruno = makeUser({ name: 'Bruno Atendente', profile: 'user' });
const carla = makeUser({ name: 'Carla Costa', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: admin });
});

describe('UsersPage actions', () => {
  it('loads the next page with the cursor the server gave', async () => {
    const net = installFetch({
      'GET /api/users': ({ url }) =>
        new URL(url, 'http://x').searchParams.get('cursor') === 'after-bruno'
          ? reply(200, { users: [carla], nextCursor: null })
          : reply(200, { users: [admin, bruno], nextCursor: 'after-bruno' }),
    });
    const { user } = renderApp('/users');
    await screen.findByText('Bruno Atendente');
    expect(screen.queryByText('Carla Costa')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Carregar mais' }));

    expect(await screen.findByText('Carla Costa')).toBeInTheDocument();
    expect(screen.getByText('Bruno Atendente')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Carregar mais' })).not.toBeInTheDocument());
    expect(net.calls('GET', '/api/users')).toHaveLength(2);
  });

  it('deletes a user only after confirmation', async () => {
    const net = installFetch({
      'GET /api/users': () => reply(200, { users: [admin, bruno], nextCursor: null }),
      [`DELETE /api/users/${bruno.id}`]: () => reply(204),
    });
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Excluir Bruno Atendente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Excluir usuário?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(net.calls('DELETE', `/api/users/${bruno.id}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Excluir Bruno Atendente' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Excluir' }));

    expect(await screen.findByText('Usuário Bruno Atendente excluído')).toBeInTheDocument();
    expect(net.calls('DELETE', `/api/users/${bruno.id}`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('cell', { name: /Bruno Atendente/ })).not.toBeInTheDocument());
  });

  it('deactivates a user and reports a refusal with its translation', async () => {
    installFetch({
      'GET /api/users': () => reply(200, { users: [admin, bruno], nextCursor: null }),
      [`PUT /api/users/${bruno.id}`]: ({ body }) =>
        (body as { active?: boolean }).active === false ? reply(200, { user: { ...bruno, active: false } }) : apiError(403, 'ERR_FORBIDDEN'),
    });
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Desativar Bruno Atendente' }));
    expect(await screen.findByText('Usuário Bruno Atendente desativado')).toBeInTheDocument();
    const row = screen.getByText('Bruno Atendente').closest('tr') as HTMLElement;
    expect(within(row).getByText('Inativo')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Ativar Bruno Atendente' }));
    expect(await screen.findByText('Você não tem permissão para esta ação.')).toBeInTheDocument();
  });

  it('does not offer to deactivate or delete yourself', async () => {
    installFetch({ 'GET /api/users': () => reply(200, { users: [admin, bruno], nextCursor: null }) });
    renderApp('/users');
    await screen.findByRole('button', { name: 'Editar Ana Admin' });
    expect(screen.queryByRole('button', { name: 'Excluir Ana Admin' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Desativar Ana Admin' })).not.toBeInTheDocument();
  });
});
