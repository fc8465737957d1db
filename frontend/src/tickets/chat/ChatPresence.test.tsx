import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../../AppProviders';
import { session } from '../../api/session';
import { installFetch, reply } from '../../test/fakeFetch';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { resetAppState } from '../../test/renderApp';
import { makeMessage, makeTicket } from '../../test/ticketFixtures';
import { formatClock } from '../ticketTime';
import { TicketChat } from '../TicketChat';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

function openChat() {
  const ticket = makeTicket({ id: 70, status: 'open', userId: 1, queueId: 3, contact: { id: 9, name: 'Dora Reis', number: '5511955554444' } });
  const net = installFetch({
    'GET /api/tickets/70': () => reply(200, { ticket }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
    'PUT /api/tickets/70': () => reply(200, { ticket }),
    'GET /api/tickets/70/history': () => reply(200, { history: [] }),
    'GET /api/messages/70': () => reply(200, { messages: [makeMessage({ id: 660, ticketId: 70, body: 'Oi' })], nextCursor: null }),
    'POST /api/messages/70/presence': () => reply(204, undefined),
    'POST /api/messages/70': () => reply(201, { message: makeMessage({ ticketId: 70, fromMe: true, body: 'ok' }) }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={['/tickets/70']}>
        <TicketChat ticketId={70} onStatusChange={() => undefined} />
      </MemoryRouter>
    </AppProviders>,
  );
  return net;
}

const presenceCalls = (net: ReturnType<typeof installFetch>) =>
  net.calls('POST', '/api/messages/70/presence').map((c) => (c.body as { action: string }).action);
const emit = (payload: unknown) => act(() => sockets.at(-1)!.serverEmit('contactPresence', payload));

describe("The customer's presence and the attendant's typing", () => {
  it('subscribes when the chat opens and shows typing, online and last seen of this ticket only', async () => {
    const net = openChat();
    await screen.findByText('Oi');
    await waitFor(() => expect(presenceCalls(net)).toEqual(['subscribe']));

    emit({ ticketId: 70, presence: 'composing', lastSeen: null });
    expect(screen.getByRole('status')).toHaveTextContent('digitando…');
    emit({ ticketId: 71, presence: 'available', lastSeen: null }); // another conversation
    expect(screen.getByRole('status')).toHaveTextContent('digitando…');
    emit({ ticketId: 70, presence: 'available', lastSeen: null });
    expect(screen.getByRole('status')).toHaveTextContent('online');
    const lastSeen = new Date().toISOString();
    emit({ ticketId: 70, presence: 'unavailable', lastSeen });
    expect(screen.getByRole('status')).toHaveTextContent(`visto por último hoje ${formatClock(lastSeen, 'pt-BR')}`);
    emit({ ticketId: 70, presence: 'unavailable', lastSeen: null }); // hidden: nothing said
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('tells the customer once while the attendant types, and that they stopped when the text is sent', async () => {
    const net = openChat();
    const box = await screen.findByRole('textbox', { name: 'Mensagem' });
    await waitFor(() => expect(presenceCalls(net)).toEqual(['subscribe']));
    const user = userEvent.setup();
    await user.type(box, 'Já vou ver');
    await waitFor(() => expect(presenceCalls(net)).toEqual(['subscribe', 'composing']));
    await user.type(box, '{Enter}');
    await waitFor(() => expect(presenceCalls(net)).toEqual(['subscribe', 'composing', 'paused']));
  });
});
