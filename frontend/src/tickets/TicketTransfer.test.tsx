import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import { emit, emitSettled, inboxServer } from './list/inboxTestServer';
import { reply } from '../test/fakeFetch';
import type { Ticket, TicketAction } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
jest.setTimeout(60_000);

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

const carlos = { id: 61, name: 'Carlos Lima', number: '5511977776661' };

/** Transfers the open chat's ticket to the "Suporte" queue through the header's dialog. */
async function transferToSupport(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Transferir' }));
  const dialog = await screen.findByRole('dialog', { name: 'Transferir atendimento' });
  await user.click(within(dialog).getByRole('combobox', { name: 'Fila' }));
  await user.click(await screen.findByRole('option', { name: 'Suporte' }));
  await user.click(within(dialog).getByRole('button', { name: 'Transferir' }));
}

describe('Transferring the open ticket', () => {
  it('closes the chat with a note when the server no longer shows the ticket to this attendant, even if its event came first', async () => {
    const me = makeUser({ name: 'Bia Atendente', profile: 'user' });
    session.set({ accessToken: 'token-1', user: me });
    const ticket = makeTicket({ status: 'open', userId: me.id, queueId: 3, contact: carlos });
    const { net, tickets } = inboxServer([ticket], {
      routes: {
        // The race seen in the browser: the socket event arrives before the HTTP answer.
        [`PUT /api/tickets/${ticket.id}`]: ({ body }) => {
          if ((body as TicketAction).action !== 'transfer') return reply(200, { ticket: { ...ticket, unreadMessages: 0 } }); // marked read
          const moved: Ticket = { ...ticket, status: 'pending', userId: null, queueId: 4 };
          tickets.delete(ticket.id); // Support's ticket is not Bia's business any more
          emit('ticket', { action: 'update', ticket: moved });
          return { status: 200, body: { ticket: moved } };
        },
      },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await transferToSupport(user);

    expect(await screen.findByText('Atendimento transferido; ele saiu da sua lista.')).toBeInTheDocument();
    expect(await screen.findByText('Escolha um atendimento à esquerda para ver a conversa.')).toBeInTheDocument();
    // Her own transfer: one note, not a second one saying someone else took it.
    expect(screen.queryByText('Este atendimento foi passado para outra pessoa e saiu da sua lista.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Aceitar' })).toBeNull();
    expect(net.calls('PUT', `/api/tickets/${ticket.id}`).map((r) => r.body)).toContainEqual({ action: 'transfer', queueId: 4 });
    // The server was asked (its list, searched by the contact) rather than trusting the late answer.
    expect(net.calls('GET', '/api/tickets').some((r) => r.url.includes(`search=${carlos.number}`))).toBe(true);

    // Not put back in Aguardando by the answer, and no count claims it.
    await user.click(screen.getByRole('tab', { name: /^Aguardando/ }));
    const waiting = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    expect(await screen.findByRole('tab', { name: 'Aguardando (0)' })).toBeInTheDocument();
    expect(within(waiting).queryByRole('link', { name: 'Carlos Lima' })).toBeNull();
  });

  it('keeps the chat on the fresh ticket for a supervisor, who still sees it waiting', async () => {
    const me = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
    session.set({ accessToken: 'token-1', user: me });
    const ticket = makeTicket({ status: 'open', userId: me.id, queueId: 3, contact: carlos });
    const { tickets } = inboxServer([ticket], {
      routes: {
        [`PUT /api/tickets/${ticket.id}`]: ({ body }) => {
          if ((body as TicketAction).action !== 'transfer') return reply(200, { ticket: { ...ticket, unreadMessages: 0 } }); // marked read
          const moved: Ticket = { ...ticket, status: 'pending', userId: null, queueId: 4 };
          tickets.set(ticket.id, moved);
          return { status: 200, body: { ticket: moved } };
        },
      },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await transferToSupport(user);

    expect(await screen.findByText('Atendimento transferido')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Aceitar' })).toBeEnabled();
    expect(screen.getByRole('tab', { name: 'Aguardando (1)', selected: true })).toBeInTheDocument();
    const waiting = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    await waitFor(() => expect(within(waiting).getByRole('link', { name: 'Carlos Lima' })).toBeInTheDocument());
  });
});

describe('A supervisor takes the ticket an attendant has open', () => {
  const me = makeUser({ id: 21, name: 'Bia Atendente', profile: 'user' });
  const mine = () => makeTicket({ status: 'open', userId: me.id, queueId: 3, contact: carlos });

  it('closes the chat with a note when the ticket is given to a colleague', async () => {
    session.set({ accessToken: 'token-1', user: me });
    const ticket = mine();
    const { tickets } = inboxServer([ticket]);
    renderApp(`/tickets/${ticket.id}`);
    expect(await screen.findByRole('button', { name: 'Finalizar' })).toBeEnabled();

    const given: Ticket = { ...ticket, userId: 99 };
    tickets.delete(ticket.id);
    await emitSettled('ticket', { action: 'update', ticket: given });

    expect(await screen.findByText('Este atendimento foi passado para outra pessoa e saiu da sua lista.')).toBeInTheDocument();
    expect(await screen.findByText('Escolha um atendimento à esquerda para ver a conversa.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Finalizar' })).toBeNull();
  });

  it('closes the chat when the ticket goes back to a queue this attendant does not serve, and keeps it when they do', async () => {
    session.set({ accessToken: 'token-1', user: me });
    const ticket = mine();
    const { tickets } = inboxServer([ticket]);
    renderApp(`/tickets/${ticket.id}`);
    expect(await screen.findByRole('button', { name: 'Finalizar' })).toBeEnabled();

    // Back to Vendas, one of Bia's queues: the server still lists it for her, so she may accept it again.
    const backInVendas: Ticket = { ...ticket, status: 'pending', userId: null };
    tickets.set(ticket.id, backInVendas);
    await emitSettled('ticket', { action: 'update', ticket: backInVendas });
    expect(await screen.findByRole('button', { name: 'Aceitar' })).toBeEnabled();

    // Accepted again, then moved to Suporte by the supervisor: no longer hers to see.
    const againMine: Ticket = { ...ticket, status: 'open' };
    tickets.set(ticket.id, againMine);
    await emitSettled('ticket', { action: 'update', ticket: againMine });
    expect(await screen.findByRole('button', { name: 'Finalizar' })).toBeEnabled();
    const toSupport: Ticket = { ...ticket, status: 'pending', userId: null, queueId: 4 };
    tickets.delete(ticket.id);
    await emitSettled('ticket', { action: 'update', ticket: toSupport });

    expect(await screen.findByText('Este atendimento foi passado para outra pessoa e saiu da sua lista.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aceitar' })).toBeNull();
  });
});
