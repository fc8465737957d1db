import { screen, within } from '@testing-library/react';
import type { User } from '../api/types';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

// Issue 17: the user form chooses the user's queues (and cap), not only each queue's member list.
const admin = makeUser({ name: 'Ana Admin', email: 'ana@example.com', profile: 'admin' });
const bruno = makeUser({ name: 'Bruno Atendente', email: 'bruno@example.com', profile: 'user', maxOpenTickets: 4 });

const queue = (id: number, name: string, userIds: number[]) => ({ id, name, color: '#1976d2', userIds, whatsappIds: [] });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

function server(users: User[]) {
  return installFetch({
    'GET /api/settings': () => reply(200, { settings: { userMaxOpenTickets: 10 } }),
    'GET /api/users': () => reply(200, { users, nextCursor: null }),
    'GET /api/queues': () => reply(200, { queues: [queue(1, 'Vendas', [bruno.id]), queue(2, 'Suporte', []), queue(3, 'Financeiro', [bruno.id])] }),
    'POST /api/users': ({ body }) => reply(201, { user: makeUser(body as Partial<User>) }),
    [`PUT /api/users/${bruno.id}`]: ({ body }) => reply(200, { user: { ...bruno, ...(body as Partial<User>) } }),
  });
}

describe('user form: queues and cap', () => {
  it('shows the queues the user serves and saves the new choice with the cap', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = server([admin, bruno]);
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Editar Bruno Atendente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar usuário' });
    const field = within(dialog).getByRole('combobox', { name: 'Filas' });
    const chips = () =>
      within(dialog)
        .queryAllByRole('button')
        .map((b) => b.textContent)
        .filter((text) => ['Vendas', 'Suporte', 'Financeiro'].includes(text ?? ''));
    expect(await within(dialog).findByText('Vendas')).toBeInTheDocument();
    expect(chips()).toEqual(['Vendas', 'Financeiro']);

    // Out of Financeiro, into Suporte; cap from 4 to 6.
    const financeiro = within(dialog).getByText('Financeiro').closest('.MuiChip-root') as HTMLElement;
    await user.click(within(financeiro).getByTestId('CancelIcon'));
    await user.click(field);
    await user.click(await screen.findByRole('option', { name: 'Suporte' }));
    const cap = within(dialog).getByRole('spinbutton', { name: 'Máximo de atendimentos abertos' });
    await user.clear(cap);
    await user.type(cap, '6');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Usuário Bruno Atendente atualizado')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/users/${bruno.id}`)[0]?.body).toEqual({
      name: 'Bruno Atendente',
      email: 'bruno@example.com',
      profile: 'user',
      maxOpenTickets: 6,
      queueIds: [1, 2],
    });
  });

  it('an edit that leaves the queues alone does not send them (a queue’s own member list wins)', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = server([admin, bruno]);
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Editar Bruno Atendente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar usuário' });
    expect(await within(dialog).findByText('Vendas')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Usuário Bruno Atendente atualizado')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/users/${bruno.id}`)[0]?.body).not.toHaveProperty('queueIds');
  });

  it('creates a user already serving the chosen queues', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = server([admin]);
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Novo usuário' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo usuário' });
    await user.type(within(dialog).getByLabelText(/^Nome/), 'Carla Nova');
    await user.type(within(dialog).getByLabelText(/^E-mail/), 'carla@example.com');
    await user.type(within(dialog).getByLabelText(/^Senha/), 'senha-forte-1');
    await user.click(within(dialog).getByRole('combobox', { name: 'Filas' }));
    await user.click(await screen.findByRole('option', { name: 'Financeiro' }));
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await screen.findByText('Usuário Carla Nova criado')).toBeInTheDocument();
    expect(net.calls('POST', '/api/users')[0]?.body).toMatchObject({ name: 'Carla Nova', queueIds: [3] });
  });
});
