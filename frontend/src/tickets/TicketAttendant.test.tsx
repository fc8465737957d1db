import { screen, within } from '@testing-library/react';
import { act } from 'react';
import type { User } from '../api/types';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeTicket } from '../test/ticketFixtures';
import type { Ticket } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

// Issue 17: who attends the ticket is said in the chat header, not only on the list's card — to attendants
// too, who cannot list users (the ticket carries the name).
const me = makeUser({ name: 'Bia Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

function chat(ticket: Ticket, viewer: User) {
  session.set({ accessToken: 'token-1', user: viewer });
  installFetch({
    'GET /api/tickets': () => reply(200, { tickets: [ticket], nextCursor: null, counts: { open: 1, pending: 0, closed: 0 } }),
    'GET /api/queues': () => reply(200, { queues: [] }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
    'GET /api/users': () => reply(200, { users: [viewer], nextCursor: null }),
    [`GET /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
    [`GET /api/messages/${ticket.id}`]: () => reply(200, { messages: [], nextCursor: null }),
    [`PUT /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
  });
  return renderApp(`/tickets/${ticket.id}`);
}

const header = async (contactName: string) => (await screen.findByRole('heading', { name: contactName })).parentElement as HTMLElement;

describe('chat header: who attends', () => {
  it('names a colleague who attends the ticket, and follows a transfer live', async () => {
    const ticket = makeTicket({ status: 'open', userId: 77, userName: 'Caio Colega', contact: { id: 3, name: 'Dora Reis', number: '5511955554444' } });
    chat(ticket, makeUser({ name: 'Sara Supervisora', profile: 'supervisor' }));
    expect(await within(await header('Dora Reis')).findByText(/Atendido por Caio Colega/)).toBeInTheDocument();

    act(() => sockets.at(-1)?.serverEmit('ticket', { action: 'update', ticket: { ...ticket, userId: 78, userName: 'Duda Nova' } }));
    expect(await within(await header('Dora Reis')).findByText(/Atendido por Duda Nova/)).toBeInTheDocument();
  });

  it('says “you” for one’s own ticket, and nothing for a ticket nobody has yet', async () => {
    const mine = makeTicket({ status: 'open', userId: me.id, userName: me.name, contact: { id: 4, name: 'Eva Lima', number: '5511955553333' } });
    const view = chat(mine, me);
    expect(await within(await header('Eva Lima')).findByText(/Atendido por você/)).toBeInTheDocument();
    view.unmount();

    const waiting = makeTicket({ status: 'pending', contact: { id: 5, name: 'Fábio Reis', number: '5511955552222' } });
    chat(waiting, me);
    const pendingHeader = await header('Fábio Reis');
    expect(await within(pendingHeader).findByText(/Aguardando atendimento/)).toBeInTheDocument();
    expect(within(pendingHeader).queryByText(/Atendido por/)).not.toBeInTheDocument();
  });
});
