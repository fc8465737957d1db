import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../../AppProviders';
import { session } from '../../api/session';
import { installFetch, reply, type FakeRoute } from '../../test/fakeFetch';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { resetAppState } from '../../test/renderApp';
import { makeMessage, makeTicket } from '../../test/ticketFixtures';
import { TicketChat } from '../TicketChat';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

function openChat(routes: Record<string, FakeRoute>) {
  const ticket = makeTicket({ id: 70, status: 'open', userId: 1, queueId: 3, contact: { id: 9, name: 'Dora Reis', number: '5511955554444' } });
  const net = installFetch({
    'GET /api/tickets/70': () => reply(200, { ticket }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
    'PUT /api/tickets/70': () => reply(200, { ticket }),
    'GET /api/tickets/70/history': () => reply(200, { history: [] }),
    'POST /api/messages/70/presence': () => reply(204, undefined),
    ...routes,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={['/tickets/70']}>
        <TicketChat ticketId={70} onStatusChange={() => undefined} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { user, net };
}

describe('Search inside a conversation', () => {
  it('lists the hits without markers and jumps to an older one, loading the history down to it, and lights it up', async () => {
    const old = makeMessage({ id: 640, ticketId: 70, fromMe: false, body: 'Quero o *frete grátis*', sentAt: new Date(Date.now() - 7_200_000).toISOString() });
    const recent = makeMessage({ id: 641, ticketId: 70, fromMe: true, body: 'Combinado!' });
    const { user, net } = openChat({
      'GET /api/messages/70': ({ url }) =>
        url.includes('before=') ? reply(200, { messages: [old], nextCursor: null }) : reply(200, { messages: [recent], nextCursor: 'c-1' }),
      'GET /api/messages/70/search': () => reply(200, { results: [{ id: 640, fromMe: false, body: old.body, sentAt: old.sentAt }] }),
    });
    await screen.findByText('Combinado!');
    await user.click(screen.getByRole('button', { name: 'Buscar na conversa' }));
    await user.type(screen.getByRole('textbox', { name: 'Buscar mensagens nesta conversa' }), 'frete gratis');
    const results = await screen.findByRole('list', { name: 'Buscar mensagens nesta conversa' });
    expect(screen.getByText('1 resultado')).toBeInTheDocument();
    expect(net.calls('GET', '/api/messages/70/search').at(-1)?.url).toBe('/api/messages/70/search?q=frete+gratis');

    await user.click(within(results).getByText('Quero o frete grátis'));
    await waitFor(() => expect(net.calls('GET', '/api/messages/70').map((c) => c.url)).toContain('/api/messages/70?before=c-1&until=640'));
    const target = await screen.findByRole('listitem', { name: 'Mensagem recebida' });
    expect(within(target).getByText('frete grátis').tagName).toBe('STRONG');
    await waitFor(() => expect(target).toHaveAttribute('data-highlighted', 'true'));
  });

  it('says when nothing matches, waits for two characters, and closes with Escape', async () => {
    const { user, net } = openChat({
      'GET /api/messages/70': () => reply(200, { messages: [makeMessage({ id: 650, ticketId: 70, body: 'Oi' })], nextCursor: null }),
      'GET /api/messages/70/search': () => reply(200, { results: [] }),
    });
    await screen.findByText('Oi');
    await user.click(screen.getByRole('button', { name: 'Buscar na conversa' }));
    const box = screen.getByRole('textbox', { name: 'Buscar mensagens nesta conversa' });
    await user.type(box, 'x');
    await user.type(box, 'yz');
    expect(await screen.findByText('Nenhuma mensagem encontrada.')).toBeInTheDocument();
    expect(net.calls('GET', '/api/messages/70/search').every((c) => !c.url.endsWith('q=x'))).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('search')).toBeNull();
  });
});
