import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../../api/session';
import type { Contact } from '../../contacts/contactTypes';
import { apiError, reply } from '../../test/fakeFetch';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import { emit, inboxServer, TAGS } from '../list/inboxTestServer';
import type { Ticket } from '../ticketsApi';
import type { TicketHistoryEntry, TicketNote } from './contactDrawerApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ name: 'Bia Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
});

const contact: Contact = {
  id: 31,
  name: 'Carlos Lima',
  number: '5511977776666',
  email: null,
  isGroup: false,
  profilePicUrl: null,
  extraInfo: [{ name: 'CPF', value: '123.456.789-00' }],
  tags: [TAGS[0]!],
  leadScore: 72,
  leadBucket: 'hot',
  optedOutAt: null,
  blockedAt: null,
  blockedMessages: 0,
  lastBlockedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function drawerServer(ticket: Ticket, options: { notes?: TicketNote[]; history?: TicketHistoryEntry[]; others?: Ticket[]; contact?: Contact } = {}) {
  let current = options.contact ?? contact;
  let notes = options.notes ?? [];
  const server = inboxServer([ticket, ...(options.others ?? [])], {
    routes: {
      [`GET /api/contacts/${contact.id}`]: () => reply(200, { contact: current }),
      [`PUT /api/contacts/${contact.id}`]: ({ body }) => {
        const { optedOut, ...fields } = body as Partial<Contact> & { optedOut?: boolean };
        current = { ...current, ...fields, ...(optedOut === false ? { optedOutAt: null } : {}) };
        return reply(200, { contact: current });
      },
      [`PUT /api/contacts/${contact.id}/tags`]: ({ body }) => {
        const ids = (body as { tagIds: number[] }).tagIds;
        current = { ...current, tags: TAGS.filter((tag) => ids.includes(tag.id)) };
        return reply(200, { contact: current });
      },
      // As the backend answers: the ids and the ticket with its tags (names and colors from the server).
      [`PUT /api/tickets/${ticket.id}/tags`]: ({ body }) => {
        const ids = (body as { tagIds: number[] }).tagIds;
        return reply(200, { tagIds: ids, ticket: { ...ticket, tags: TAGS.filter((tag) => ids.includes(tag.id)) } });
      },
      [`GET /api/tickets/${ticket.id}/notes`]: () => reply(200, { notes }),
      [`POST /api/tickets/${ticket.id}/notes`]: ({ body }) => {
        const note = {
          id: 900 + notes.length,
          ticketId: ticket.id,
          userId: me.id,
          userName: me.name,
          body: (body as { body: string }).body,
          createdAt: new Date().toISOString(),
        };
        notes = [...notes, note];
        return reply(201, { note });
      },
      [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: options.history ?? [] }),
      ...Object.fromEntries(
        [900, 901, 902].map((id) => [
          `DELETE /api/tickets/${ticket.id}/notes/${id}`,
          () => {
            notes = notes.filter((n) => n.id !== id);
            return reply(204);
          },
        ]),
      ),
    },
  });
  return { ...server, setNotes: (next: TicketNote[]) => (notes = next) };
}

const myTicket = (overrides: Partial<Ticket> = {}) =>
  makeTicket({ status: 'open', userId: me.id, queueId: 3, contact: { id: contact.id, name: contact.name, number: contact.number }, ...overrides });

/** Types by pasting: the whole app re-renders on every keystroke, and the text is what matters here. */
async function fill(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function openDrawer(ticket: Ticket) {
  const view = renderApp(`/tickets/${ticket.id}`);
  await view.user.click(await screen.findByRole('button', { name: 'Dados do contato' }));
  const drawer = await screen.findByRole('dialog', { name: 'Carlos Lima' });
  return { ...view, drawer };
}

describe('Contact drawer', () => {
  it('saves name, e-mail and custom fields (without touching tags) and renames the ticket everywhere', async () => {
    const ticket = myTicket();
    const { net } = drawerServer(ticket);
    const { user, drawer } = await openDrawer(ticket);
    const name = await within(drawer).findByRole('textbox', { name: 'Nome' });
    expect(within(drawer).getByRole('textbox', { name: 'Número' })).toHaveValue('5511977776666');
    await user.clear(name);
    await fill(user, name, 'Carlos Lima Jr');
    await fill(user, within(drawer).getByRole('textbox', { name: 'E-mail' }), 'carlos@example.com');
    await user.click(within(drawer).getByRole('button', { name: 'Adicionar campo' }));
    await fill(user, within(drawer).getByRole('textbox', { name: 'Nome do campo 2' }), 'Plano');
    await fill(user, within(drawer).getByRole('textbox', { name: 'Valor do campo 2' }), 'Ouro');
    await user.click(within(drawer).getByRole('button', { name: 'Salvar' }));

    await waitFor(() => expect(net.calls('PUT', `/api/contacts/${contact.id}`)).toHaveLength(1));
    expect(net.calls('PUT', `/api/contacts/${contact.id}`)[0]!.body).toEqual({
      name: 'Carlos Lima Jr',
      number: '5511977776666',
      email: 'carlos@example.com',
      extraInfo: [
        { name: 'CPF', value: '123.456.789-00' },
        { name: 'Plano', value: 'Ouro' },
      ],
    });
    expect(await screen.findByText('Contato atualizado')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Fechar dados do contato' }));
    expect(await screen.findByRole('heading', { name: 'Carlos Lima Jr' })).toBeInTheDocument();
  });

  it("shows the contact's lead chip and follows a contact event that scores it again", async () => {
    const ticket = myTicket();
    drawerServer(ticket);
    const { drawer } = await openDrawer(ticket);
    expect(await within(drawer).findByTitle('Lead Quente: pontuação 72 de 100')).toHaveTextContent('Quente 72');
    emit('contact', { action: 'updated', contact: { ...contact, leadScore: 30, leadBucket: 'cold' } });
    expect(await within(drawer).findByText('Frio 30')).toBeInTheDocument();
    emit('contact', { action: 'updated', contact: { ...contact, leadScore: null, leadBucket: null } });
    await waitFor(() => expect(within(drawer).queryByTitle(/^Lead /)).toBeNull());
  });

  it('shows since when the customer refuses campaigns, and allows them again', async () => {
    const ticket = myTicket();
    // 17:00 UTC: 14:00 of 5 March in São Paulo (the date is shown in the attendant's own time zone).
    const { net } = drawerServer(ticket, { contact: { ...contact, optedOutAt: '2026-03-05T17:00:00.000Z' } });
    const { user, drawer } = await openDrawer(ticket);
    expect(await within(drawer).findByText('Não recebe campanhas desde 05/03/2026')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Permitir novamente' }));

    await waitFor(() => expect(net.calls('PUT', `/api/contacts/${contact.id}`).map((r) => r.body)).toEqual([{ optedOut: false }]));
    expect(await screen.findByText('O contato volta a receber campanhas')).toBeInTheDocument();
    expect(within(drawer).queryByText(/Não recebe campanhas/)).toBeNull();
    // The customer says "SAIR" again (the contact event after the backend's commit): the notice comes back.
    emit('contact', { action: 'updated', contact: { ...contact, optedOutAt: '2026-04-01T12:00:00.000Z' } });
    expect(await within(drawer).findByText('Não recebe campanhas desde 01/04/2026')).toBeInTheDocument();
  });

  it('shows no opt-out notice for a contact who receives campaigns', async () => {
    const ticket = myTicket();
    drawerServer(ticket);
    const { drawer } = await openDrawer(ticket);
    expect(await within(drawer).findByRole('textbox', { name: 'Nome' })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Permitir novamente' })).toBeNull();
  });

  it('shows a refused number next to the field, translated', async () => {
    const ticket = myTicket();
    // This contact's new number belongs to someone else., but this contact's number belongs to someone else.
    const { net } = inboxServer([ticket], {
      routes: {
        [`GET /api/contacts/${contact.id}`]: () => reply(200, { contact }),
        [`PUT /api/contacts/${contact.id}`]: () => apiError(409, 'ERR_CONTACT_NUMBER_IN_USE'),
        [`GET /api/tickets/${ticket.id}/notes`]: () => reply(200, { notes: [] }),
        [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }),
      },
    });
    const { user, drawer } = await openDrawer(ticket);
    const number = await within(drawer).findByRole('textbox', { name: 'Número' });
    await user.clear(number);
    await fill(user, number, '5511900000000');
    await user.click(within(drawer).getByRole('button', { name: 'Salvar' }));
    expect(await within(drawer).findByText('Outro contato já tem este número.')).toBeInTheDocument();
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(net.calls('PUT', `/api/contacts/${contact.id}`)).toHaveLength(1);
  });

  it("edits the contact's tags and the ticket's", async () => {
    const ticket = myTicket({ tags: [] });
    const { net } = drawerServer(ticket);
    const { user, drawer } = await openDrawer(ticket);
    await user.click(await within(drawer).findByRole('combobox', { name: 'Etiquetas do contato' }));
    await user.click(await screen.findByRole('option', { name: 'Atrasado' }));
    await waitFor(() => expect(net.calls('PUT', `/api/contacts/${contact.id}/tags`).map((r) => r.body)).toEqual([{ tagIds: [7, 8] }]));
    expect(await screen.findByText('Etiquetas atualizadas')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('combobox', { name: 'Etiquetas do atendimento' }));
    await user.click(await screen.findByRole('option', { name: 'VIP' }));
    await waitFor(() => expect(net.calls('PUT', `/api/tickets/${ticket.id}/tags`).map((r) => r.body)).toEqual([{ tagIds: [7] }]));
  });

  it('adds an internal note, deletes one of its own, and cannot delete a colleague’s', async () => {
    const ticket = myTicket();
    const colleague: TicketNote = {
      id: 801,
      ticketId: ticket.id,
      userId: 77,
      userName: 'Duda Colega',
      body: 'Ligou ontem também',
      createdAt: new Date().toISOString(),
    };
    const { net, setNotes } = drawerServer(ticket, { notes: [colleague] });
    net.requests.length = 0;
    const { user, drawer } = await openDrawer(ticket);
    const notes = await within(drawer).findByRole('list', { name: 'Notas internas' });
    expect(await within(notes).findByText('Ligou ontem também')).toBeInTheDocument();
    expect(within(notes).queryByRole('button', { name: /Excluir nota/ })).toBeNull();

    await fill(user, within(drawer).getByRole('textbox', { name: 'Nova nota' }), 'Prefere contato por ligação');
    await user.click(within(drawer).getByRole('button', { name: 'Adicionar nota' }));
    expect(await within(notes).findByText('Prefere contato por ligação')).toBeInTheDocument();
    expect(net.calls('POST', `/api/tickets/${ticket.id}/notes`).map((r) => r.body)).toEqual([{ body: 'Prefere contato por ligação' }]);
    expect(within(drawer).getByRole('textbox', { name: 'Nova nota' })).toHaveValue('');

    await user.click(within(notes).getByRole('button', { name: 'Excluir nota de Você' }));
    await waitFor(() => expect(within(notes).queryByText('Prefere contato por ligação')).toBeNull());
    expect(net.calls('DELETE', `/api/tickets/${ticket.id}/notes/901`)).toHaveLength(1);

    // A colleague's note arrives by socket: the open drawer fetches the list again.
    const fresh: TicketNote = {
      id: 950,
      ticketId: ticket.id,
      userId: 77,
      userName: 'Duda Colega',
      body: 'Já mandei o boleto',
      createdAt: new Date().toISOString(),
    };
    setNotes([colleague, fresh]);
    emit('ticket', { action: 'note', ticketId: ticket.id, note: fresh });
    expect(await within(notes).findByText('Já mandei o boleto')).toBeInTheDocument();
  });

  it("lists the contact's other tickets as links and the ticket's history", async () => {
    const ticket = myTicket();
    const past = makeTicket({
      status: 'closed',
      closedAt: '2026-02-10T15:00:00.000Z',
      lastMessage: 'Obrigado!',
      contact: { id: contact.id, name: contact.name, number: contact.number },
    });
    // The search by number also finds another contact whose messages quote it: not this contact's.
    const stranger = makeTicket({ status: 'closed', contact: { id: 99, name: 'Outra Pessoa 5511977776666', number: '5511900009999' } });
    const history: TicketHistoryEntry[] = [
      {
        id: 1,
        action: 'accepted',
        userId: me.id,
        fromStatus: 'pending',
        toStatus: 'open',
        fromUserId: null,
        toUserId: me.id,
        fromQueueId: 3,
        toQueueId: 3,
        createdAt: '2026-03-01T12:00:00.000Z',
      },
      {
        id: 2,
        action: 'transferred',
        userId: 77,
        fromStatus: 'open',
        toStatus: 'open',
        fromUserId: me.id,
        toUserId: me.id,
        fromQueueId: 3,
        toQueueId: 4,
        createdAt: '2026-03-01T12:05:00.000Z',
      },
    ];
    const { net } = drawerServer(ticket, { history, others: [past, stranger] });
    const { drawer } = await openDrawer(ticket);

    const others = await within(drawer).findByRole('list', { name: 'Outros atendimentos' });
    const link = await within(others).findByRole('link', { name: /^Abrir atendimento de .* \(Resolvido\)$/ });
    expect(link).toHaveAttribute('href', `/tickets/${past.uuid}`);
    expect(within(others).getAllByRole('link')).toHaveLength(1);
    const search = net
      .calls('GET', '/api/tickets')
      .map((r) => new URL(r.url, 'http://x').searchParams)
      .find((q) => q.get('search'));
    expect(search?.get('status')).toBe('closed');
    expect(search?.get('search')).toBe(contact.number);

    const log = await within(drawer).findByRole('list', { name: 'Histórico do atendimento' });
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    expect(within(log).getByText('Você aceitou')).toBeInTheDocument();
    expect(within(log).getByText('um atendente transferiu para a fila Suporte')).toBeInTheDocument();
  });

  it('keeps unsaved edits when tags are saved beside them, and follows a rename made elsewhere', async () => {
    const ticket = myTicket();
    drawerServer(ticket);
    const { user, drawer } = await openDrawer(ticket);
    const email = await within(drawer).findByRole('textbox', { name: 'E-mail' });
    await fill(user, email, 'carlos@example.com');
    await user.click(within(drawer).getByRole('combobox', { name: 'Etiquetas do contato' }));
    await user.click(await screen.findByRole('option', { name: 'Atrasado' }));
    expect(await screen.findByText('Etiquetas atualizadas')).toBeInTheDocument();
    expect(email).toHaveValue('carlos@example.com');

    // Someone renames the contact on the contacts screen: the header and the card follow.
    emit('contact', { action: 'updated', contact: { ...contact, name: 'Carlos A. Lima' } });
    await user.keyboard('{Escape}');
    await user.click(within(drawer).getByRole('button', { name: 'Fechar dados do contato' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Carlos A. Lima' })).toBeNull());
    expect(await screen.findByRole('heading', { name: 'Carlos A. Lima' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Carlos A. Lima' })).toBeInTheDocument();
  });
});
