import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../../api/session';
import type { User } from '../../api/types';
import { makeContact } from '../../contacts/contactFixtures';
import type { Contact } from '../../contacts/contactTypes';
import { apiError, reply, type FakeRoute } from '../../test/fakeFetch';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import { CONNECTIONS, inboxServer } from '../list/inboxTestServer';
import type { Ticket } from '../ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ name: 'Bia Atendente', profile: 'user' });
const dora = makeContact({ name: 'Dora Lima', number: '5511977770021' });
const eduardo = makeContact({ name: 'Eduardo Reis', number: '5521988880022' });
const grupo = makeContact({ name: 'Grupo da Loja', number: '120363000000000001', isGroup: true });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me as User });
});

/** The inbox's server, plus contacts to search and a POST /api/tickets that answers what `start` says. */
function server(start: FakeRoute, extraTickets: Ticket[] = [], extraRoutes: Record<string, FakeRoute> = {}) {
  const contacts: Contact[] = [dora, eduardo, grupo];
  const inbox = inboxServer(extraTickets, {
    routes: {
      'GET /api/contacts': ({ url }) => {
        const search = (new URL(url, 'http://x').searchParams.get('search') ?? '').toLowerCase();
        return reply(200, { contacts: contacts.filter((c) => `${c.name} ${c.number}`.toLowerCase().includes(search)), nextCursor: null });
      },
      'POST /api/tickets': start,
      ...extraRoutes,
    },
  });
  return inbox;
}

/** A ticket the server creates for Dora, with the routes the chat asks for once it opens. */
function startedFor(contact: Contact, queueId: number | null) {
  const ticket = makeTicket({
    status: 'open',
    userId: me.id,
    queueId,
    contact: { id: contact.id, name: contact.name, number: contact.number },
    lastMessage: null,
  });
  const routes: Record<string, FakeRoute> = {
    [`GET /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
    [`GET /api/tickets/${ticket.uuid}`]: () => reply(200, { ticket }),
    [`GET /api/messages/${ticket.id}`]: () => reply(200, { messages: [], nextCursor: null }),
    [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }),
    [`PUT /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
  };
  return { ticket, routes };
}

/** The inbox, its "Nova conversa" dialog open and Dora chosen in it. */
async function dialogWithDora() {
  const { user } = renderApp('/tickets');
  await user.click(await screen.findByRole('button', { name: 'Nova conversa' }));
  const dialog = await screen.findByRole('dialog', { name: 'Nova conversa' });
  await user.type(within(dialog).getByRole('combobox', { name: 'Contato' }), 'Dora');
  await user.click(await screen.findByRole('option', { name: /Dora Lima/ }));
  return { user, dialog };
}

describe('Starting a conversation from the inbox', () => {
  it('finds the contact by name, creates the ticket from the default connection in the chosen queue, and opens its chat', async () => {
    const { ticket, routes } = startedFor(dora, 3);
    const { net, tickets } = server(
      () => {
        tickets.set(ticket.id, ticket);
        return reply(201, { ticket });
      },
      [],
      routes,
    );
    const { user } = renderApp('/tickets');

    await user.click(await screen.findByRole('button', { name: 'Nova conversa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova conversa' });
    // Nothing chosen yet: the dialog says so instead of asking the server.
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));
    expect(await within(dialog).findByText('Campo obrigatório')).toBeInTheDocument();
    expect(net.calls('POST', '/api/tickets')).toHaveLength(0);

    await user.type(within(dialog).getByRole('combobox', { name: 'Contato' }), 'dora');
    // The server does the matching; what it answers is what is offered.
    await waitFor(() => expect(net.calls('GET', '/api/contacts').at(-1)?.url).toContain('search=dora'));
    await user.click(await screen.findByRole('option', { name: 'Dora Lima · +55 11 97777-0021' }));
    expect(screen.queryByRole('option', { name: /Eduardo Reis/ })).toBeNull();
    expect(within(dialog).getByRole('combobox', { name: 'Conexão' })).toHaveTextContent(CONNECTIONS[0]!.name);
    await user.click(within(dialog).getByRole('combobox', { name: 'Fila' }));
    await user.click(await screen.findByRole('option', { name: 'Vendas' }));
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nova conversa' })).toBeNull());
    expect(net.calls('POST', '/api/tickets').map((r) => r.body)).toEqual([{ contactId: dora.id, whatsappId: 1, queueId: 3 }]);
    // Choosing did not search again for the chosen contact's label.
    expect(net.calls('GET', '/api/contacts').map((r) => new URL(r.url, 'http://x').searchParams.get('search'))).not.toContain('Dora Lima · +55 11 97777-0021');
    // The cursor waits in the composer for the first message.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Mensagem' })).toHaveFocus());
    const chat = screen.getByRole('region', { name: 'Conversa' });
    expect(within(chat).getByText('Dora Lima')).toBeInTheDocument();
    // The new ticket is the attendant's own: it sits in Atendendo.
    const mine = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(within(mine).getByRole('link', { name: /Dora Lima/ })).toBeInTheDocument();
  });

  it('starts with a typed number nobody has: the server checks it on WhatsApp; a number without WhatsApp is said so', async () => {
    const stranger = makeContact({ name: '5511977770099', number: '5511977770099' });
    const { ticket, routes } = startedFor(stranger, null);
    let onWhatsapp = false;
    const { net, tickets } = server(
      () => {
        if (!onWhatsapp) return apiError(400, 'ERR_NUMBER_NOT_ON_WHATSAPP', { number: '5511977770099' });
        tickets.set(ticket.id, ticket);
        return reply(201, { ticket });
      },
      [],
      routes,
    );
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('button', { name: 'Nova conversa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova conversa' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Contato' }), '(11) 97777-0099');
    expect(await within(dialog).findByText('Nova conversa com (11) 97777-0099: o número é verificado no WhatsApp.')).toBeInTheDocument();
    expect(await screen.findByText('Nenhum contato com este número: a conversa começa com ele.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));
    expect(await within(dialog).findByText('Este número não tem WhatsApp.')).toBeInTheDocument();
    // The number stays in its field (leaving it does not clear it), there to be corrected.
    expect(within(dialog).getByRole('combobox', { name: 'Contato' })).toHaveValue('(11) 97777-0099');

    onWhatsapp = true;
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nova conversa' })).toBeNull());
    expect(net.calls('POST', '/api/tickets').map((r) => r.body)).toEqual([
      { number: '(11) 97777-0099', whatsappId: 1, queueId: null },
      { number: '(11) 97777-0099', whatsappId: 1, queueId: null },
    ]);
    expect(await screen.findByRole('textbox', { name: 'Mensagem' })).toBeInTheDocument();
  });

  it('lets go of the chosen contact once its text is edited: what the field shows is what starts', async () => {
    const { net } = server(() => reply(500, {}));
    const { user, dialog } = await dialogWithDora();
    const field = within(dialog).getByRole('combobox', { name: 'Contato' });
    expect(field).toHaveValue('Dora Lima · +55 11 97777-0021');
    await user.type(field, '{Backspace}{Backspace}{Backspace}{Backspace}');
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));
    expect(field).toHaveValue('Dora Lima · +55 11 97777-');
    expect(await within(dialog).findByText('Campo obrigatório')).toBeInTheDocument();
    expect(net.calls('POST', '/api/tickets')).toEqual([]);
  });

  it('does not list groups', async () => {
    server(() => reply(500));
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('button', { name: 'Nova conversa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova conversa' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Contato' }));
    expect(await screen.findByRole('option', { name: /Eduardo Reis/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Grupo da Loja/ })).toBeNull();
  });

  it('points to the conversation already going on with the contact, and opens it', async () => {
    const existing = makeTicket({ status: 'open', userId: me.id, contact: { id: dora.id, name: dora.name, number: dora.number } });
    const { net } = server(
      () => apiError(409, 'ERR_TICKET_ALREADY_ACTIVE', { ticket: { id: existing.id, uuid: existing.uuid, status: 'open' }, userName: me.name }),
      [existing],
    );
    const { user, dialog } = await dialogWithDora();
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));

    expect(await within(dialog).findByText('Este contato já tem um atendimento em andamento.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Abrir atendimento' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nova conversa' })).toBeNull());
    expect(await screen.findByRole('textbox', { name: 'Mensagem' })).toBeInTheDocument();
    expect(net.calls('GET', `/api/messages/${existing.id}`).length).toBeGreaterThan(0);
  });

  it('says which colleague has the contact when the caller may not open that ticket, and that a disconnected connection still queues', async () => {
    CONNECTIONS.push({ ...CONNECTIONS[0]!, id: 2, name: 'Loja Norte', status: 'DISCONNECTED', isDefault: false });
    try {
      const { net } = server(() => apiError(409, 'ERR_TICKET_ALREADY_ACTIVE', { ticket: null, userName: 'Xavier' }));
      const { user, dialog } = await dialogWithDora();
      await user.click(within(dialog).getByRole('combobox', { name: 'Conexão' }));
      await user.click(await screen.findByRole('option', { name: 'Loja Norte' }));
      expect(within(dialog).getByText('Desconectada: a mensagem sai quando ela voltar')).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));

      expect(await within(dialog).findByText('Xavier já está atendendo este contato.')).toBeInTheDocument();
      expect(within(dialog).queryByRole('button', { name: 'Abrir atendimento' })).toBeNull();
      expect(net.calls('POST', '/api/tickets').map((r) => r.body)).toEqual([{ contactId: dora.id, whatsappId: 2, queueId: null }]);
    } finally {
      CONNECTIONS.pop();
    }
  });
});

describe('Starting a conversation from the contacts screen', () => {
  it('writes to the contact of the row and lands in the inbox on the new chat', async () => {
    const { ticket, routes } = startedFor(eduardo, null);
    const { net, tickets } = server(
      () => {
        tickets.set(ticket.id, ticket);
        return reply(201, { ticket });
      },
      [],
      routes,
    );
    const { user } = renderApp('/contacts');

    // A group has no such action.
    expect(await screen.findByRole('cell', { name: /Grupo da Loja/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Iniciar conversa com Grupo da Loja' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Iniciar conversa com Eduardo Reis' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nova conversa com Eduardo Reis' });
    expect(within(dialog).queryByRole('combobox', { name: 'Contato' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Iniciar conversa' }));

    expect(await screen.findByRole('textbox', { name: 'Mensagem' })).toBeInTheDocument();
    expect(net.calls('POST', '/api/tickets').map((r) => r.body)).toEqual([{ contactId: eduardo.id, whatsappId: 1, queueId: null }]);
    expect(within(screen.getByRole('region', { name: 'Conversa' })).getByText('Eduardo Reis')).toBeInTheDocument();
  });
});
