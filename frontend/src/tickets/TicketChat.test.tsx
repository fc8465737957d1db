import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeMessage, makeTicket } from '../test/ticketFixtures';
import type { Ticket, TicketAction } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

function chatServer(initial: Ticket) {
  let ticket = initial;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  const messages = [
    makeMessage({ ticketId: ticket.id, fromMe: false, body: 'Oi, ontem eu pedi', sentAt: yesterday }),
    makeMessage({ ticketId: ticket.id, fromMe: false, body: 'Alguma novidade?' }),
  ];
  const net = installFetch({
    'GET /api/tickets': () => reply(200, { tickets: [ticket], nextCursor: null, counts: { open: 0, pending: 1, closed: 0 } }),
    'GET /api/queues': () => reply(200, { queues: [] }),
    [`GET /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
    [`GET /api/messages/${ticket.id}`]: () => reply(200, { messages: [...messages].reverse(), nextCursor: null }),
    [`PUT /api/tickets/${ticket.id}`]: ({ body }) => {
      const action = (body as TicketAction).action;
      if (action === 'accept') ticket = { ...ticket, status: 'open', userId: 1 };
      if (action === 'read') ticket = { ...ticket, unreadMessages: 0 };
      return reply(200, { ticket });
    },
    [`POST /api/messages/${ticket.id}`]: ({ body }) =>
      reply(201, { message: makeMessage({ ticketId: ticket.id, fromMe: true, body: (body as { body: string }).body, ack: 0 }) }),
  });
  return net;
}

describe('TicketChat', () => {
  it('marks the ticket read on open, shows the history by day, accepts, and sends', async () => {
    const ticket = makeTicket({ status: 'pending', unreadMessages: 2, contact: { id: 3, name: 'Dora Reis', number: '5511955554444' } });
    const net = chatServer(ticket);
    const { user } = renderApp(`/tickets/${ticket.id}`);

    const history = await screen.findByRole('list', { name: 'Mensagens' });
    expect(await within(history).findByText('Alguma novidade?')).toBeInTheDocument();
    expect(screen.getAllByRole('separator').map((s) => s.textContent)).toEqual(expect.arrayContaining(['Ontem', 'Hoje']));
    await waitFor(() => expect(net.calls('PUT', `/api/tickets/${ticket.id}`).map((c) => c.body)).toContainEqual({ action: 'read' }));
    expect(screen.getByText('Aceite o atendimento para responder.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aceitar' }));
    const box = await screen.findByRole('textbox', { name: 'Mensagem' });
    expect(net.calls('PUT', `/api/tickets/${ticket.id}`).map((c) => c.body)).toContainEqual({ action: 'accept' });
    expect(screen.getByRole('button', { name: 'Finalizar' })).toBeInTheDocument();

    await user.type(box, 'Saiu para entrega hoje!{Enter}');
    const sent = await within(history).findByRole('listitem', { name: 'Mensagem enviada' });
    expect(within(sent).getByText('Saiu para entrega hoje!')).toBeInTheDocument();
    expect(within(sent).getByRole('img', { name: 'Na fila de envio' })).toBeInTheDocument();
    expect(net.calls('POST', `/api/messages/${ticket.id}`)[0]?.body).toEqual({ body: 'Saiu para entrega hoje!' });
  });
});
