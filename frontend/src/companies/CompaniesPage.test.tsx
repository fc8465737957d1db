import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import type { User } from '../api/types';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { Company } from './companiesApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const company = (id: number, name: string, overrides: Partial<Company> = {}): Company => ({
  id,
  name,
  active: true,
  timezone: 'America/Sao_Paulo',
  createdAt: '2025-03-01T12:00:00.000Z',
  updatedAt: '2025-03-01T12:00:00.000Z',
  ...overrides,
});
const platform = company(1, 'Atende Matriz');
const padaria = company(2, 'Padaria Pão Quente');
const superAdmin = makeUser({ name: 'Sueli Super', profile: 'admin', super: true, companyId: platform.id });

beforeEach(async () => {
  await resetAppState();
});

function signIn(user: User) {
  session.set({ accessToken: 'token-1', user });
}

/** The side menu (a closed drawer on jsdom's narrow screen, opened first). */
async function openMenu(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Abrir menu' }));
  return screen.findByRole('navigation', { name: 'Navegação principal' });
}

describe('CompaniesPage', () => {
  it('lists companies; the own one cannot be deleted', async () => {
    signIn(superAdmin);
    installFetch({ 'GET /api/companies': () => reply(200, { companies: [platform, padaria] }) });
    const { user } = renderApp('/companies');

    const table = await screen.findByRole('table', { name: 'Lista de empresas' });
    expect(within(table).getByText('Padaria Pão Quente')).toBeInTheDocument();
    expect(within(table).getAllByText('Ativa')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Excluir Padaria Pão Quente' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Excluir Atende Matriz' })).not.toBeInTheDocument();
    expect(within(await openMenu(user)).getByRole('link', { name: 'Empresas' })).toBeInTheDocument();
  });

  it('creates a company together with its first admin', async () => {
    signIn(superAdmin);
    const created = company(3, 'Oficina do Zé');
    const net = installFetch({
      'GET /api/companies': () => reply(200, { companies: [platform] }),
      'POST /api/companies': ({ body }) =>
        (body as { admin: { email: string } }).admin.email === 'taken@example.com'
          ? apiError(409, 'ERR_EMAIL_IN_USE')
          : reply(201, { company: created, admin: makeUser({ email: 'ze@oficina.com', companyId: 3 }) }),
    });
    const { user } = renderApp('/companies');

    await user.click(await screen.findByRole('button', { name: 'Nova empresa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova empresa' });
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findAllByText('Campo obrigatório')).toHaveLength(3);
    expect(net.calls('POST', '/api/companies')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Nome da empresa/), ' Oficina do Zé ');
    await user.type(within(dialog).getByLabelText(/^Nome do administrador/), 'José');
    await user.type(within(dialog).getByLabelText(/^E-mail do administrador/), 'taken@example.com');
    await user.type(within(dialog).getByLabelText(/^Senha do administrador/), 'segredo-forte');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Este e-mail já está em uso.')).toBeInTheDocument();

    const email = within(dialog).getByLabelText(/^E-mail do administrador/);
    await user.clear(email);
    await user.type(email, 'ze@oficina.com');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await screen.findByText('“Oficina do Zé” criada; o administrador entra com ze@oficina.com')).toBeInTheDocument();
    expect(net.calls('POST', '/api/companies')[1]?.body).toEqual({
      name: 'Oficina do Zé',
      timezone: 'America/Sao_Paulo',
      admin: { name: 'José', email: 'ze@oficina.com', password: 'segredo-forte' },
    });
    expect(await screen.findByRole('cell', { name: 'Oficina do Zé' })).toBeInTheDocument();
  });

  it('edits name and active flag, and deletes another company after confirmation', async () => {
    signIn(superAdmin);
    const net = installFetch({
      'GET /api/companies': () => reply(200, { companies: [platform, padaria] }),
      [`PUT /api/companies/${padaria.id}`]: ({ body }) => reply(200, { company: { ...padaria, ...(body as object) } }),
      [`DELETE /api/companies/${padaria.id}`]: () => reply(204),
    });
    const { user } = renderApp('/companies');

    await user.click(await screen.findByRole('button', { name: 'Editar Padaria Pão Quente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar empresa' });
    const name = within(dialog).getByLabelText(/^Nome da empresa/);
    await user.clear(name);
    await user.type(name, 'Padaria Central');
    await user.click(within(dialog).getByRole('switch', { name: /Empresa ativa/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Empresa Padaria Central salva')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(net.calls('PUT', `/api/companies/${padaria.id}`)[0]?.body).toEqual({ name: 'Padaria Central', timezone: 'America/Sao_Paulo', active: false });
    expect(within(screen.getByText('Padaria Central').closest('tr') as HTMLElement).getByText('Inativa')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Excluir Padaria Central' }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir empresa?' });
    expect(within(confirm).getByText(/Padaria Central será excluída/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Empresa Padaria Central excluída')).toBeInTheDocument();
    expect(net.calls('DELETE', `/api/companies/${padaria.id}`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('cell', { name: /Padaria Central/ })).not.toBeInTheDocument());
  });

  it('is neither in the menu nor open to admins who are not super', async () => {
    signIn(makeUser({ profile: 'admin', super: false }));
    const net = installFetch({ 'GET /api/companies': () => reply(200, { companies: [platform] }) });
    const { user } = renderApp('/companies');
    expect(await screen.findByRole('heading', { name: 'Acesso restrito' })).toBeInTheDocument();
    const nav = await openMenu(user);
    expect(within(nav).getByRole('link', { name: 'Configurações' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Empresas' })).not.toBeInTheDocument();
    expect(net.calls('GET', '/api/companies')).toHaveLength(0);
  });
});
