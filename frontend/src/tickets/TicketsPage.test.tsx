import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import { inboxServer } from './list/inboxTestServer';
import type { Ticket } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const attendant = makeUser({ name: 'Bia Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: attendant });
});

/** A stateful tickets API: what the refetch after a socket event sees is what the server holds. */
function ticketsServer(initial: Ticket[]) {
  const tickets = new Map(initial.map((t) => [t.id, t]));
  const net = installFetch({
    'GET /api/tickets': ({ url }) => {
      const status = new URL(url, 'http://x').searchParams.get('status');
      // Newest activity first, as the server answers.
      const all = [...tickets.values()].sort((a, b) => Date.parse(b.lastMessageAt ?? '') - Date.parse(a.lastMessageAt ?? ''));
      const count = (s: string) => all.filter((t) => t.status === s).length;
      return reply(200, {
        tickets: all.filter((t) => t.status === status),
        nextCursor: null,
        counts: { open: count('open'), pending: count('pending'), closed: count('closed') },
      });
    },
    'GET /api/queues': () => reply(200, { queues: [{ id: 3, name: 'Vendas', color: '#ff9800' }] }),
  });
  return { net, tickets };
}

const emit = (event: string, payload: unknown) => act(() => sockets.at(-1)?.serverEmit(event, payload));

describe('TicketsPage list', () => {
  it('shows a new waiting ticket, moves it on accept and drops it on close, all from socket events', async () => {
    const { tickets } = ticketsServer([]);
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /^Aguardando/ }));
    const waiting = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    expect(await screen.findByText('Ninguém aguardando. Bom trabalho!')).toBeInTheDocument();

    // A customer writes: the server announces the ticket; it appears without any reload.
    const ticket = makeTicket({
      status: 'pending',
      queueId: 3,
      unreadMessages: 2,
      lastMessage: 'Quero um orçamento',
      contact: { id: 9, name: 'Carlos Lima', number: '5511977776666' },
    });
    tickets.set(ticket.id, ticket);
    emit('ticket', { action: 'update', ticket });
    const card = await within(waiting).findByRole('link', { name: 'Carlos Lima, 2 mensagens não lidas' });
    expect(within(card).getByText('Quero um orçamento')).toBeInTheDocument();
    expect(within(card).getByText('Vendas')).toBeInTheDocument();
    expect(within(card).getByText('2')).toBeInTheDocument(); // the unread badge
    expect(await screen.findByRole('tab', { name: 'Aguardando (1)' })).toBeInTheDocument();

    // A new message updates the preview and the badge of the card in place.
    emit('appMessage', {
      action: 'create',
      message: { id: 77, ticketId: ticket.id, wid: 'w77', fromMe: false, body: 'Para 3 unidades', mediaType: 'text', ack: 0, sentAt: new Date().toISOString() },
      ticket: {
        id: ticket.id,
        uuid: ticket.uuid,
        status: 'pending',
        unreadMessages: 3,
        lastMessage: 'Para 3 unidades',
        lastMessageAt: new Date().toISOString(),
      },
      contact: ticket.contact,
    });
    expect(await within(waiting).findByText('Para 3 unidades')).toBeInTheDocument();
    expect(within(waiting).getByRole('link', { name: 'Carlos Lima, 3 mensagens não lidas' })).toBeInTheDocument();

    // Someone accepts it: it leaves "Aguardando" at once.
    const accepted = { ...ticket, status: 'open' as const, userId: 42, unreadMessages: 0, lastMessage: 'Para 3 unidades' };
    tickets.set(ticket.id, accepted);
    emit('ticket', { action: 'update', ticket: accepted });
    await waitFor(() => expect(within(waiting).queryByText('Carlos Lima')).toBeNull());
    expect(await screen.findByRole('tab', { name: 'Atendendo (1)' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /^Atendendo/ }));
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByRole('link', { name: 'Carlos Lima' })).toBeInTheDocument();

    // Closed elsewhere: it leaves "Atendendo" too.
    const closed = { ...accepted, status: 'closed' as const };
    tickets.set(ticket.id, closed);
    emit('ticket', { action: 'update', ticket: closed });
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Carlos Lima' })).toBeNull());
  });

  it("drops a ticket transferred to another attendant from the attendant's own list at once", async () => {
    const mine = makeTicket({ status: 'open', userId: attendant.id, contact: { id: 11, name: 'Eva Prado', number: '5511933332222' } });
    const { tickets } = ticketsServer([mine]);
    renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByRole('link', { name: 'Eva Prado' })).toBeInTheDocument();

    // A supervisor hands it to someone else; the event still reaches us (we saw it before).
    const transferred = { ...mine, userId: 42 };
    tickets.delete(mine.id); // the server no longer lists it for us
    emit('ticket', { action: 'update', ticket: transferred });
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Eva Prado' })).toBeNull());
  });

  it('shows a conversation announced only by its first message (the refetch brings its full shape) and orders by activity', async () => {
    const older = makeTicket({
      status: 'pending',
      lastMessageAt: new Date(Date.now() - 3_600_000).toISOString(),
      contact: { id: 12, name: 'Gil Antigo', number: '5511911112222' },
    });
    const { tickets } = ticketsServer([older]);
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /^Aguardando/ }));
    const waiting = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    await within(waiting).findByRole('link', { name: 'Gil Antigo' });

    const fresh = makeTicket({
      status: 'pending',
      unreadMessages: 1,
      lastMessage: 'Bom dia!',
      contact: { id: 13, name: 'Helena Nova', number: '5511933334444' },
    });
    tickets.set(fresh.id, fresh);
    emit('appMessage', {
      action: 'create',
      message: { id: 88, ticketId: fresh.id, wid: 'w88', fromMe: false, body: 'Bom dia!', mediaType: 'text', ack: 0, sentAt: fresh.lastMessageAt },
      ticket: { id: fresh.id, uuid: fresh.uuid, status: 'pending', unreadMessages: 1, lastMessage: 'Bom dia!', lastMessageAt: fresh.lastMessageAt },
      contact: fresh.contact,
    });
    expect(await within(waiting).findByRole('link', { name: 'Helena Nova, 1 mensagem não lida' })).toBeInTheDocument();
    expect(
      within(waiting)
        .getAllByRole('link')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['Helena Nova, 1 mensagem não lida', 'Gil Antigo']);
    expect(await screen.findByRole('tab', { name: 'Aguardando (2)' })).toBeInTheDocument();
  });

  it('opens a ticket by its address on its own tab', async () => {
    const waiting = makeTicket({ status: 'pending', contact: { id: 14, name: 'Iara Link', number: '5511955556666' } });
    inboxServer([waiting]);
    renderApp(`/tickets/${waiting.id}`);
    expect(await screen.findByRole('tab', { name: /^Aguardando/, selected: true })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    expect(await within(list).findByRole('link', { name: 'Iara Link' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens a ticket by its uuid, the address links carry; a card opens another without asking which it is', async () => {
    const waiting = makeTicket({ status: 'pending', contact: { id: 15, name: 'Joana Uuid', number: '5511955557777' } });
    const other = makeTicket({ status: 'pending', contact: { id: 16, name: 'Kátia Card', number: '5511955558888' } });
    const { net } = inboxServer([waiting, other]);
    const { user } = renderApp(`/tickets/${waiting.uuid}`);
    expect(await screen.findByRole('button', { name: 'Aceitar' })).toBeEnabled();
    expect(screen.getByRole('heading', { name: 'Joana Uuid' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    const card = await within(list).findByRole('link', { name: 'Joana Uuid' });
    expect(card).toHaveAttribute('aria-current', 'page');
    expect(card).toHaveAttribute('href', `/tickets/${waiting.uuid}`);

    await user.click(within(list).getByRole('link', { name: 'Kátia Card' }));
    expect(await screen.findByRole('heading', { name: 'Kátia Card' })).toBeInTheDocument();
    // Resolved from the list it came from: only the first address needed the server.
    expect(net.calls('GET', `/api/tickets/${other.uuid}`)).toHaveLength(0);
  });

  it('says so when a link names no ticket this user may see', async () => {
    inboxServer([], { routes: { 'GET /api/tickets/7d1c0e5a-0000-4000-8000-999999999999': () => apiError(404, 'ERR_TICKET_NOT_FOUND') } });
    renderApp('/tickets/7d1c0e5a-0000-4000-8000-999999999999');
    expect(await screen.findByText('Atendimento não encontrado.')).toBeInTheDocument();
  });
});
