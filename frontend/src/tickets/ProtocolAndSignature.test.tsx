import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../AppProviders';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeMessage, makeTicket } from '../test/ticketFixtures';
import { MessageBubble } from './MessageBubble';
import type { Message } from './messagesApi';
import { TicketCard } from './TicketCard';
import { TicketHeader } from './TicketHeader';

// Issue 17: the protocol number in the list and the chat header; who sent each outgoing message, and the
// signature the customer got; the user's own "sign my messages".
jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

function inApp(children: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </AppProviders>,
  );
}

describe('protocol', () => {
  it('shows the ticket’s protocol on its card, even without queue, attendant or tags', () => {
    inApp(
      <TicketCard ticket={makeTicket({ protocol: 2041, contact: { id: 1, name: 'Dora Reis', number: '5511999990001' } })} queue={undefined} selected={false} />,
    );
    const card = screen.getByRole('link', { name: /Dora Reis/ });
    expect(within(card).getByText('#2041')).toHaveAttribute('title', 'Protocolo 2041');
  });

  it('shows the protocol in the chat header, before the number and the status', () => {
    installFetch({});
    inApp(
      <TicketHeader
        ticket={makeTicket({ protocol: 77, status: 'open', contact: { id: 2, name: 'Caio', number: '5511988887777' } })}
        onChanged={() => undefined}
      />,
    );
    expect(screen.getByText(/^#77 · .+ · Em atendimento$/)).toBeInTheDocument();
  });
});

describe('sender and signature on bubbles', () => {
  const bubble = (message: Message, showSender: boolean) => inApp(<MessageBubble message={message} showSender={showSender} />);

  it('names the attendant who typed an outgoing message for supervisors, not for attendants', () => {
    const message = makeMessage({ fromMe: true, userId: 7, userName: 'Ana', body: 'Seu pedido saiu' });
    const { unmount } = bubble(message, true);
    expect(screen.getByTestId('message-sender')).toHaveTextContent('Ana');
    expect(screen.getByTestId('message-sender')).toHaveAttribute('title', 'Enviada por Ana');
    unmount();
    bubble(message, false);
    expect(screen.queryByTestId('message-sender')).toBeNull();
  });

  it('shows a signed message’s signature to everyone, with what the customer got, and the body as typed', () => {
    bubble(makeMessage({ fromMe: true, userId: 7, userName: 'Ana Souza', signature: 'Ana', body: 'Bom dia!' }), false);
    const sender = screen.getByTestId('message-sender');
    expect(sender).toHaveTextContent('Ana');
    expect(sender).toHaveAttribute('title', 'O cliente recebeu com a assinatura “*Ana:*” antes do texto');
    expect(screen.getByText('Bom dia!')).toBeInTheDocument();
  });

  it('names nobody on the customer’s messages or Atende’s automatic ones', () => {
    const { unmount } = bubble(makeMessage({ fromMe: false, body: 'oi' }), true);
    expect(screen.queryByTestId('message-sender')).toBeNull();
    unmount();
    bubble(makeMessage({ fromMe: true, automatic: true, body: 'Olá!' }), true);
    expect(screen.queryByTestId('message-sender')).toBeNull();
  });
});

describe('sign my messages', () => {
  it('is the user’s own switch in their menu, saved through PUT /api/auth/preferences', async () => {
    const ana = makeUser({ name: 'Ana Lima', profile: 'user', signMessages: true });
    session.set({ accessToken: 'token-1', user: ana });
    const net = installFetch({
      'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null, counts: { open: 0, pending: 0, closed: 0 } }),
      'GET /api/queues': () => reply(200, { queues: [] }),
      'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/alerts': () => reply(200, { alerts: [] }),
      'GET /api/tasks': () => reply(200, { tasks: [] }),
      'PUT /api/auth/preferences': (request) => reply(200, { user: { ...ana, ...(request.body as object) } }),
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Menu do usuário: Ana Lima' }));
    const item = await screen.findByRole('menuitemcheckbox', { name: 'Assinar minhas mensagens' });
    expect(item).toHaveAttribute('aria-checked', 'true');
    await user.click(item);
    await waitFor(() => expect(net.calls('PUT', '/api/auth/preferences')).toHaveLength(1));
    expect(net.calls('PUT', '/api/auth/preferences')[0]!.body).toEqual({ signMessages: false });
    await waitFor(() => expect(screen.getByRole('menuitemcheckbox', { name: 'Assinar minhas mensagens' })).toHaveAttribute('aria-checked', 'false'));
  });
});
