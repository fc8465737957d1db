import { screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import type { User } from '../api/types';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', email: 'ana@example.com', profile: 'admin' });
const bruno = makeUser({ name: 'Bruno Atendente', email: 'bruno@example.com', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

function signIn(user: User) {
  session.set({ accessToken: 'token-1', user });
}

const companySettings = {
  businessHours: null,
  reopenWindowMinutes: 120,
  pendingWithoutQueueVisibleToAll: true,
  userMaxOpenTickets: 10,
  chatbotTimeoutMinutes: 30,
};

/** A tiny in-memory users API, so the page's create → refetch loop runs against something stateful. */
function usersServer(initial: User[]) {
  const users = [...initial];
  const net = installFetch({
    'GET /api/settings': () => reply(200, { settings: companySettings }),
    'GET /api/queues': () => reply(200, { queues: [] }),
    'GET /api/users': ({ url }) => {
      const search = new URL(url, 'http://x').searchParams.get('search') ?? '';
      const found = users.filter((u) => `${u.name} ${u.email}`.toLowerCase().includes(search.toLowerCase()));
      return reply(200, { users: found.sort((a, b) => a.name.localeCompare(b.name)), nextCursor: null });
    },
    'POST /api/users': ({ body }) => {
      const input = body as Pick<User, 'name' | 'email' | 'profile' | 'maxOpenTickets'>;
      if (users.some((u) => u.email === input.email)) return apiError(409, 'ERR_EMAIL_IN_USE');
      const created = makeUser({ name: input.name, email: input.email, profile: input.profile, maxOpenTickets: input.maxOpenTickets });
      users.push(created);
      return reply(201, { user: created });
    },
    [`PUT /api/users/${bruno.id}`]: ({ body }) => {
      const index = users.findIndex((u) => u.id === bruno.id);
      users[index] = { ...users[index]!, ...(body as Partial<User>) };
      return reply(200, { user: users[index] });
    },
  });
  return { net, users };
}

describe('UsersPage', () => {
  it('lists users with their profile and status', async () => {
    signIn(admin);
    usersServer([admin, bruno]);
    renderApp('/users');

    const table = await screen.findByRole('table', { name: 'Lista de usuários' });
    const brunoRow = within(table).getByText('Bruno Atendente').closest('tr');
    expect(brunoRow).not.toBeNull();
    expect(within(brunoRow as HTMLElement).getByText('Atendente')).toBeInTheDocument();
    expect(within(brunoRow as HTMLElement).getByText('Ativo')).toBeInTheDocument();
  });

  it('validates the create form with translated messages before calling the API', async () => {
    signIn(admin);
    const { net } = usersServer([admin]);
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Novo usuário' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo usuário' });
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await within(dialog).findAllByText('Campo obrigatório')).toHaveLength(2); // name and e-mail
    expect(within(dialog).getByText('A senha precisa ter pelo menos 8 caracteres')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^E-mail/), 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Informe um e-mail válido')).toBeInTheDocument();
    expect(net.calls('POST', '/api/users')).toHaveLength(0);
  });

  it('creates a user, confirms it and shows it in the list', async () => {
    signIn(admin);
    const { net } = usersServer([admin, bruno]);
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Novo usuário' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo usuário' });
    await user.type(within(dialog).getByLabelText(/^Nome/), 'Carla Supervisora');
    await user.type(within(dialog).getByLabelText(/^E-mail/), 'carla@example.com');
    await user.type(within(dialog).getByLabelText(/^Senha/), 'senha-forte-1');
    await user.click(within(dialog).getByRole('combobox', { name: /Perfil/ }));
    await user.click(await screen.findByRole('option', { name: 'Supervisor' }));
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await screen.findByText('Usuário Carla Supervisora criado')).toBeInTheDocument();
    expect(net.calls('POST', '/api/users')[0]?.body).toEqual({
      name: 'Carla Supervisora',
      email: 'carla@example.com',
      password: 'senha-forte-1',
      profile: 'supervisor',
      maxOpenTickets: null, // left empty: the company default
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = screen.getByRole('table', { name: 'Lista de usuários' });
    const row = (await within(table).findByText('Carla Supervisora')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Supervisor')).toBeInTheDocument();
  });

  it('sets an attendant’s own cap of open tickets, checks it, and empties it back to the company default', async () => {
    signIn(admin);
    const { net } = usersServer([admin, { ...bruno, maxOpenTickets: 4 }]);
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Novo usuário' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo usuário' });
    const cap = within(dialog).getByRole('spinbutton', { name: 'Máximo de atendimentos abertos' });
    expect(cap).toHaveValue(null);
    expect(await within(dialog).findByText(/Em branco: o padrão da empresa \(10\)/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^Nome/), 'Duda Atendente');
    await user.type(within(dialog).getByLabelText(/^E-mail/), 'duda@example.com');
    await user.type(within(dialog).getByLabelText(/^Senha/), 'senha-forte-1');
    await user.type(cap, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Use um número inteiro de 1 a 500, ou deixe em branco')).toBeInTheDocument();
    expect(net.calls('POST', '/api/users')).toHaveLength(0);

    await user.clear(cap);
    await user.type(cap, '5');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Usuário Duda Atendente criado')).toBeInTheDocument();
    expect(net.calls('POST', '/api/users')[0]?.body).toMatchObject({ name: 'Duda Atendente', maxOpenTickets: 5 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // Bruno has his own cap of 4; emptying the field gives him the company default again.
    await user.click(screen.getByRole('button', { name: 'Editar Bruno Atendente' }));
    const edit = await screen.findByRole('dialog', { name: 'Editar usuário' });
    const brunoCap = within(edit).getByRole('spinbutton', { name: 'Máximo de atendimentos abertos' });
    expect(brunoCap).toHaveValue(4);
    await user.clear(brunoCap);
    await user.click(within(edit).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Usuário Bruno Atendente atualizado')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/users/${bruno.id}`)[0]?.body).toEqual({
      name: 'Bruno Atendente',
      email: 'bruno@example.com',
      profile: 'user',
      maxOpenTickets: null,
    });
  });

  it('shows a taken e-mail next to the e-mail field', async () => {
    signIn(admin);
    usersServer([admin, bruno]);
    const { user } = renderApp('/users');

    await user.click(await screen.findByRole('button', { name: 'Novo usuário' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo usuário' });
    await user.type(within(dialog).getByLabelText(/^Nome/), 'Outro Bruno');
    await user.type(within(dialog).getByLabelText(/^E-mail/), 'bruno@example.com');
    await user.type(within(dialog).getByLabelText(/^Senha/), 'senha-forte-1');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await within(dialog).findByText('Este e-mail já está em uso.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^E-mail/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('searches on the server after the user stops typing', async () => {
    signIn(admin);
    const { net } = usersServer([admin, bruno]);
    const { user } = renderApp('/users');
    await screen.findByText('Bruno Atendente');

    await user.type(screen.getByLabelText('Buscar usuários'), 'ana');
    await waitFor(() => expect(screen.queryByText('Bruno Atendente')).not.toBeInTheDocument());
    const searches = net.calls('GET', '/api/users').map((r) => new URL(r.url, 'http://x').searchParams.get('search'));
    expect(searches).toEqual([null, 'ana']); // debounced: not one request per keystroke
  });

  it('applies live user events from the socket', async () => {
    signIn(admin);
    const server = usersServer([admin, bruno]);
    renderApp('/users');
    await screen.findByText('Bruno Atendente');

    // Someone else renamed and deactivated Bruno; the server tells every socket of the company.
    server.users[1] = { ...bruno, name: 'Bruno Renomeado', active: false };
    act(() => sockets.at(-1)?.serverEmit('user', { action: 'updated', user: { ...bruno, name: 'Bruno Renomeado', active: false } }));
    expect(await screen.findByText('Bruno Renomeado')).toBeInTheDocument();

    server.users.splice(1, 1);
    act(() => sockets.at(-1)?.serverEmit('user', { action: 'deleted', userId: bruno.id }));
    await waitFor(() => expect(screen.queryByText('Bruno Renomeado')).not.toBeInTheDocument());
  });

  it('is read-only for supervisors', async () => {
    const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
    signIn(supervisor);
    usersServer([supervisor, bruno]);
    renderApp('/users');

    expect(await screen.findByText('Bruno Atendente')).toBeInTheDocument();
    expect(screen.getByText(/Somente leitura/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Novo usuário' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Excluir/ })).not.toBeInTheDocument();
  });

  it('is closed to attendants', async () => {
    signIn(bruno);
    const { net } = usersServer([bruno]);
    renderApp('/users');
    expect(await screen.findByRole('heading', { name: 'Acesso restrito' })).toBeInTheDocument();
    expect(net.calls('GET', '/api/users')).toHaveLength(0);
  });
});
