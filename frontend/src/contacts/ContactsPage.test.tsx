import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import type { User } from '../api/types';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { leadTag, makeContact, vipTag } from './contactFixtures';
import type { Contact } from './contactTypes';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const attendant = makeUser({ name: 'Bruno Atendente', profile: 'user' });
const maria = makeContact({ name: 'Maria Silva', number: '5511987654321', email: 'maria@example.com', tags: [vipTag] });
const joao = makeContact({ name: 'João Souza', number: '5521912345678' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

function signIn(user: User) {
  session.set({ accessToken: 'token-1', user });
}

function contactsServer(initial: Contact[], extra: Parameters<typeof installFetch>[0] = {}) {
  const contacts = [...initial];
  const net = installFetch({
    'GET /api/contacts': ({ url }) => {
      const params = new URL(url, 'http://x').searchParams;
      const search = params.get('search') ?? '';
      const tagId = Number(params.get('tagId') ?? 0);
      const found = contacts.filter(
        (c) => `${c.name} ${c.number}`.toLowerCase().includes(search.toLowerCase()) && (!tagId || c.tags.some((tag) => tag.id === tagId)),
      );
      return reply(200, { contacts: found.sort((a, b) => a.name.localeCompare(b.name)), nextCursor: null });
    },
    'GET /api/tags': () => reply(200, { tags: [leadTag, vipTag] }),
    ...extra,
  });
  return { net, contacts };
}

describe('ContactsPage', () => {
  it('lists contacts with number, e-mail and tags, and searches once per pause', async () => {
    signIn(admin);
    const { net } = contactsServer([maria, joao]);
    const { user } = renderApp('/contacts');

    const table = await screen.findByRole('table', { name: 'Lista de contatos' });
    const row = within(table).getByText('Maria Silva').closest('tr') as HTMLElement;
    expect(within(row).getByRole('cell', { name: '+55 11 98765-4321' })).toBeInTheDocument();
    expect(within(row).getByText('maria@example.com')).toBeInTheDocument();
    expect(within(row).getByText('VIP')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Buscar contatos'), 'joão');
    expect(await screen.findByText('João Souza')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Maria Silva')).not.toBeInTheDocument());
    const searches = net.calls('GET', '/api/contacts').map((r) => new URL(r.url, 'http://x').searchParams.get('search'));
    expect(searches).toEqual([null, 'joão']);
  });

  it('filters by tag on the server', async () => {
    signIn(admin);
    const { net } = contactsServer([maria, joao]);
    const { user } = renderApp('/contacts');

    await screen.findByText('João Souza');
    await user.click(screen.getByRole('combobox', { name: 'Etiqueta' }));
    await user.click(await screen.findByRole('option', { name: 'VIP' }));
    await waitFor(() => expect(screen.queryByText('João Souza')).not.toBeInTheDocument());
    expect(screen.getByText('Maria Silva')).toBeInTheDocument();
    expect(net.calls('GET', '/api/contacts').map((r) => new URL(r.url, 'http://x').searchParams.get('tagId'))).toEqual([null, String(vipTag.id)]);
  });

  it('loads the next page with the cursor the server gave', async () => {
    signIn(admin);
    const net = installFetch({
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/contacts': ({ url }) =>
        new URL(url, 'http://x').searchParams.get('cursor') === 'after-joao'
          ? reply(200, { contacts: [maria], nextCursor: null })
          : reply(200, { contacts: [joao], nextCursor: 'after-joao' }),
    });
    const { user } = renderApp('/contacts');
    await screen.findByText('João Souza');
    await user.click(screen.getByRole('button', { name: 'Carregar mais' }));
    expect(await screen.findByText('Maria Silva')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Carregar mais' })).not.toBeInTheDocument());
    expect(net.calls('GET', '/api/contacts').map((r) => new URL(r.url, 'http://x').searchParams.get('cursor'))).toEqual([null, 'after-joao']);
  });

  it('creates a contact with custom fields and tags, sending exactly what was typed', async () => {
    signIn(admin);
    const { net, contacts } = contactsServer([maria], {
      'POST /api/contacts': ({ body }) => {
        const created = makeContact({ ...(body as Partial<Contact>), name: 'Carla Dias', tags: [leadTag] });
        contacts.push(created);
        return reply(201, { contact: created });
      },
    });
    const { user } = renderApp('/contacts');

    await user.click(await screen.findByRole('button', { name: 'Novo contato' }));
    const dialog = await screen.findByRole('dialog', { name: 'Novo contato' });
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));
    expect(await within(dialog).findAllByText('Campo obrigatório')).toHaveLength(2);
    expect(net.calls('POST', '/api/contacts')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Nome/), '  Carla Dias ');
    await user.type(within(dialog).getByLabelText(/^Número/), '+55 (11) 99999-0000');
    await user.click(within(dialog).getByRole('combobox', { name: 'Etiquetas' }));
    await user.click(await screen.findByRole('option', { name: 'Lead' }));
    await user.click(within(dialog).getByRole('button', { name: 'Adicionar campo' }));
    await user.type(within(dialog).getByLabelText('Nome do campo 1'), 'CPF');
    await user.type(within(dialog).getByLabelText('Valor do campo 1'), '123.456.789-00');
    await user.click(within(dialog).getByRole('button', { name: 'Criar' }));

    expect(await screen.findByText('Contato Carla Dias criado')).toBeInTheDocument();
    expect(net.calls('POST', '/api/contacts').map((r) => r.body)).toEqual([
      { name: 'Carla Dias', number: '+55 (11) 99999-0000', email: null, extraInfo: [{ name: 'CPF', value: '123.456.789-00' }], tagIds: [leadTag.id] },
    ]);
    expect(await screen.findByText('Carla Dias')).toBeInTheDocument();
  });

  it('edits a contact and shows a taken number next to the number field', async () => {
    signIn(admin);
    const edited = { ...maria, extraInfo: [{ name: 'Plano', value: 'Ouro' }] };
    let attempts = 0;
    const { net } = contactsServer([edited], {
      [`PUT /api/contacts/${maria.id}`]: ({ body }) =>
        ++attempts === 1 ? apiError(409, 'ERR_CONTACT_NUMBER_IN_USE') : reply(200, { contact: { ...edited, ...(body as object), tags: [] } }),
    });
    const { user } = renderApp('/contacts');

    await user.click(await screen.findByRole('button', { name: 'Editar Maria Silva' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar contato' });
    expect(within(dialog).getByLabelText('Valor do campo 1')).toHaveValue('Ouro');
    const email = within(dialog).getByLabelText(/^E-mail/);
    await user.clear(email);
    // Backspace in the empty tags box drops the last tag, as in any chip input.
    await user.click(within(dialog).getByRole('combobox', { name: 'Etiquetas' }));
    await user.keyboard('{Backspace}{Escape}');
    expect(within(dialog).queryByText('VIP')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await within(dialog).findByText('Outro contato já tem este número.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByText('Contato Maria Silva salvo')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/contacts/${maria.id}`)[1]?.body).toEqual({
      name: 'Maria Silva',
      number: '5511987654321',
      email: null,
      extraInfo: [{ name: 'Plano', value: 'Ouro' }],
      tagIds: [],
    });
  });

  it('deletes after confirmation and translates a refusal', async () => {
    signIn(admin);
    let refuse = true;
    const { net } = contactsServer([maria, joao], {
      [`DELETE /api/contacts/${joao.id}`]: () => (refuse ? apiError(409, 'ERR_CONTACT_HAS_OPEN_TICKETS') : reply(204)),
    });
    const { user } = renderApp('/contacts');

    await user.click(await screen.findByRole('button', { name: 'Excluir João Souza' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Excluir contato?' })).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Finalize os atendimentos deste contato antes de excluí-lo.')).toBeInTheDocument();
    expect(screen.getByText('João Souza')).toBeInTheDocument();

    refuse = false;
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Excluir contato?' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Excluir João Souza' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Excluir contato?' })).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Contato João Souza excluído')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('cell', { name: /João Souza/ })).not.toBeInTheDocument());
    expect(net.calls('DELETE', `/api/contacts/${joao.id}`)).toHaveLength(2);
  });

  it('schedules a message to a contact from its row, as an attendant too, through the default connection', async () => {
    signIn(attendant);
    const { net } = contactsServer([maria], {
      'POST /api/scheduled-messages': ({ body }) => reply(201, { scheduledMessage: { id: 1, ...(body as object) } }),
    });
    const { user } = renderApp('/contacts');

    await user.click(await screen.findByRole('button', { name: 'Agendar mensagem para Maria Silva' }));
    const dialog = await screen.findByRole('dialog', { name: 'Agendar mensagem para Maria Silva' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Mensagem' }), 'Lembrete da sua consulta amanhã');
    const sendAt = within(dialog).getByLabelText(/Enviar em/);
    await user.clear(sendAt);
    await user.type(sendAt, '2099-01-02T09:30');
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));

    expect(await screen.findByText('Mensagem agendada')).toBeInTheDocument();
    expect(net.calls('POST', '/api/scheduled-messages').map((r) => r.body)).toEqual([
      { contactId: maria.id, body: 'Lembrete da sua consulta amanhã', sendAt: new Date('2099-01-02T09:30').toISOString() },
    ]);
  });

  it('offers no scheduling to a group', async () => {
    signIn(admin);
    contactsServer([makeContact({ name: 'Grupo Vendas', number: '120363000000000001', isGroup: true })]);
    renderApp('/contacts');

    expect(await screen.findByRole('button', { name: 'Editar Grupo Vendas' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Agendar mensagem para Grupo Vendas' })).not.toBeInTheDocument();
  });

  it('lets attendants edit but not import, export or delete', async () => {
    signIn(attendant);
    contactsServer([maria]);
    renderApp('/contacts');

    expect(await screen.findByRole('button', { name: 'Editar Maria Silva' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Novo contato' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Excluir Maria Silva' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Importar CSV' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exportar CSV' })).not.toBeInTheDocument();
  });

  it('applies live contact events from the socket', async () => {
    signIn(admin);
    const { contacts } = contactsServer([maria, joao]);
    renderApp('/contacts');
    await screen.findByText('João Souza');

    act(() => sockets.at(-1)?.serverEmit('contact', { action: 'updated', contact: { ...joao, name: 'João Renomeado' } }));
    expect(await screen.findByText('João Renomeado')).toBeInTheDocument();

    // The customer answered "SAIR": marked in the list, the date in the mark's title.
    act(() =>
      sockets.at(-1)?.serverEmit('contact', { action: 'updated', contact: { ...joao, name: 'João Renomeado', optedOutAt: '2026-03-05T17:00:00.000Z' } }),
    );
    expect(await screen.findByTitle('Não recebe campanhas desde 05/03/2026')).toHaveTextContent('Sem campanhas');

    act(() => sockets.at(-1)?.serverEmit('contact', { action: 'deleted', contactId: maria.id }));
    await waitFor(() => expect(screen.queryByText('Maria Silva')).not.toBeInTheDocument());

    // A message from a new number created a contact: the list asks the server where it goes.
    contacts.push(makeContact({ name: 'Zeca Novo' }));
    act(() => sockets.at(-1)?.serverEmit('contact', { action: 'created', contact: contacts.at(-1) }));
    expect(await screen.findByText('Zeca Novo')).toBeInTheDocument();
  });

  it('shows whole characters in avatars: a name ending in an emoji gives its letter, an emoji-only name its emoji', async () => {
    signIn(attendant);
    contactsServer([makeContact({ name: 'Ana 🌻', number: '5511900000001' }), makeContact({ name: '🌻', number: '5511900000002' })]);
    renderApp('/contacts');
    const table = await screen.findByRole('table', { name: 'Lista de contatos' });
    const avatarOf = (name: string) => within(table).getByText(name, { selector: 'p' }).closest('tr')!.querySelector('.MuiAvatar-root')!;
    expect(avatarOf('Ana 🌻').textContent).toBe('A'); // was "A" + half of the sunflower's surrogate pair
    expect(avatarOf('🌻').textContent).toBe('🌻');
  });
});
