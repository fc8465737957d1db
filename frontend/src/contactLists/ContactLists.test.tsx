import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { makeContact } from '../contacts/contactFixtures';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { ContactList } from './contactListsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const at = '2026-12-01T12:00:00.000Z';
const vips: ContactList = { id: 7, name: 'Clientes VIP', size: 2, createdAt: at, updatedAt: at };
const vip = { id: 3, name: 'VIP', color: '#f9a825', createdAt: at, updatedAt: at };
const ana = makeContact({ id: 61, name: 'Ana Souza', number: '5511999990001' });
const bruno = makeContact({ id: 62, name: 'Bruno Lima', number: '5511999990002' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: supervisor });
});

describe('Contact lists', () => {
  it('creates, renames and deletes lists, and refuses a taken name in the app’s words', async () => {
    let taken = true;
    const net = installFetch({
      'GET /api/contact-lists': () => reply(200, { contactLists: [vips] }),
      'POST /api/contact-lists': ({ body }) =>
        taken ? apiError(409, 'ERR_CONTACT_LIST_NAME_IN_USE') : reply(201, { contactList: { ...vips, id: 8, size: 0, ...(body as object) } }),
      'PUT /api/contact-lists/7': ({ body }) => reply(200, { contactList: { ...vips, ...(body as object) } }),
      'DELETE /api/contact-lists/7': () => reply(200, { contactList: vips }),
    });
    const { user } = renderApp('/contact-lists');
    const table = await screen.findByRole('table', { name: 'Listas de contatos' });
    expect(within(table).getByText('Clientes VIP').closest('tr')).toHaveTextContent('2');

    await user.click(screen.getByRole('button', { name: 'Nova lista' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova lista de contatos' });
    await user.type(within(dialog).getByLabelText(/^Nome da lista/), 'Clientes VIP');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findByText('Já existe uma lista com este nome.')).toBeInTheDocument();
    taken = false;
    await user.clear(within(dialog).getByLabelText(/^Nome da lista/));
    await user.type(within(dialog).getByLabelText(/^Nome da lista/), 'Aniversariantes');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await screen.findByText('Lista Aniversariantes criada')).toBeInTheDocument();
    expect(net.calls('POST', '/api/contact-lists').at(-1)?.body).toEqual({ name: 'Aniversariantes' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Renomear Clientes VIP' }));
    const rename = await screen.findByRole('dialog', { name: 'Renomear lista' });
    await user.clear(within(rename).getByLabelText(/^Nome da lista/));
    await user.type(within(rename).getByLabelText(/^Nome da lista/), 'VIPs');
    await user.click(within(rename).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Lista renomeada para VIPs')).toBeInTheDocument();

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Excluir Clientes VIP' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Excluir a lista?' })).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Lista Clientes VIP excluída')).toBeInTheDocument();
    expect(net.calls('DELETE', '/api/contact-lists/7')).toHaveLength(1);
  });

  it('shows a list’s members, adds by tags, removes the selected ones, and imports a CSV into it', async () => {
    const net = installFetch({
      'GET /api/contact-lists/7': () => reply(200, { contactList: vips }),
      'GET /api/contacts': () => reply(200, { contacts: [ana, bruno], nextCursor: null }),
      'GET /api/tags': () => reply(200, { tags: [vip] }),
      'POST /api/contact-lists/7/contacts': () => reply(200, { contactList: { ...vips, size: 14 }, added: 12 }),
      'DELETE /api/contact-lists/7/contacts': () => reply(200, { contactList: { ...vips, size: 1 }, removed: 1 }),
      'POST /api/contacts/import': () =>
        reply(200, { dryRun: true, summary: { rows: 1, ok: 1, duplicate: 0, malformed: 0, imported: 0 }, rows: [], newTags: [] }),
    });
    const { user } = renderApp('/contact-lists/7');
    expect(await screen.findByRole('heading', { name: 'Clientes VIP' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Contatos da lista' });
    expect(within(table).getByText('Ana Souza')).toBeInTheDocument();
    expect(net.calls('GET', '/api/contacts')[0]!.url).toContain('contactListId=7');

    await user.click(screen.getByRole('button', { name: 'Adicionar por etiquetas' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adicionar contatos por etiquetas' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Etiquetas' }));
    await user.click(await screen.findByRole('option', { name: 'VIP' }));
    await user.click(within(dialog).getByRole('button', { name: 'Adicionar' }));
    expect(await screen.findByText('12 contatos adicionados')).toBeInTheDocument();
    expect(net.calls('POST', '/api/contact-lists/7/contacts')[0]!.body).toEqual({ tagIds: [vip.id] });

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(within(table).getByRole('checkbox', { name: 'Selecionar Bruno Lima' }));
    await user.click(screen.getByRole('button', { name: 'Remover da lista' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remover da lista?' });
    expect(within(confirm).getByText('1 contato sai desta lista. Ele continua na sua agenda.')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Remover da lista' }));
    expect(await screen.findByText('1 contato removido da lista')).toBeInTheDocument();
    expect(net.calls('DELETE', '/api/contact-lists/7/contacts')[0]!.body).toEqual({ contactIds: [bruno.id] });

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Importar CSV' }));
    const importing = await screen.findByRole('dialog', { name: 'Importar contatos' });
    expect(within(importing).getByText('Os contatos do arquivo são cadastrados (ou atualizados) e entram nesta lista.')).toBeInTheDocument();
    await user.upload(
      within(importing).getByLabelText('Escolher arquivo CSV'),
      new File(['nome;numero\nAna;5511999990001\n'], 'clientes.csv', { type: 'text/csv' }),
    );
    await waitFor(() => expect(net.calls('POST', '/api/contacts/import')).toHaveLength(1));
    expect(net.calls('POST', '/api/contacts/import')[0]!.url).toBe('/api/contacts/import?dryRun=true&contactListId=7');
  });
});

describe('Contacts screen → Adicionar à lista', () => {
  it('adds the selected contacts to a new list created on the spot', async () => {
    const net = installFetch({
      'GET /api/contacts': () => reply(200, { contacts: [ana, bruno], nextCursor: null }),
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/contact-lists': () => reply(200, { contactLists: [vips] }),
      'POST /api/contact-lists': ({ body }) => reply(201, { contactList: { ...vips, id: 9, size: 0, ...(body as object) } }),
      'POST /api/contact-lists/9/contacts': () => reply(200, { contactList: { ...vips, id: 9, name: 'Feira', size: 2 }, added: 2 }),
    });
    const { user } = renderApp('/contacts');
    const table = await screen.findByRole('table', { name: 'Lista de contatos' });
    expect(screen.queryByRole('button', { name: 'Adicionar à lista' })).not.toBeInTheDocument();
    await user.click(within(table).getByRole('checkbox', { name: 'Selecionar todos' }));
    expect(screen.getByText('2 selecionados')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Adicionar à lista' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adicionar 2 contatos a uma lista' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Lista' }), 'Feira');
    await user.click(await screen.findByRole('option', { name: 'Criar a lista “Feira”' }));
    await user.click(within(dialog).getByRole('button', { name: 'Adicionar' }));
    expect(await screen.findByText('2 contatos adicionados à lista Feira')).toBeInTheDocument();
    expect(net.calls('POST', '/api/contact-lists')[0]!.body).toEqual({ name: 'Feira' });
    expect(net.calls('POST', '/api/contact-lists/9/contacts')[0]!.body).toEqual({ contactIds: [ana.id, bruno.id] });
    await waitFor(() => expect(screen.queryByText('2 selecionados')).not.toBeInTheDocument());
  });
});
