import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import type { User } from '../api/types';
import type { Connection } from '../connections/connectionsApi';
import { reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeConnection, makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeMessage, makeTicket } from '../test/ticketFixtures';
import { emit, inboxServer } from './list/inboxTestServer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const bia = makeUser({ name: 'Bia Atendente', profile: 'user' });

function connection(id: number, name: string, status: Connection['status'], queueIds: number[] = []): Connection {
  return makeConnection({ id, name, status, isDefault: id === 1, queueIds });
}
const QUEUES = [
  { id: 3, name: 'Vendas', color: '#ff9800', userIds: [bia.id] },
  { id: 4, name: 'Suporte', color: '#2196f3', userIds: [admin.id] },
];

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

function openInbox(
  user: User,
  connections: Connection[],
  path = '/tickets',
  tickets = [makeTicket({ status: 'open', userId: user.id, queueId: 3 })],
  routes = {},
) {
  session.set({ accessToken: 'token-1', user });
  inboxServer(tickets, {
    routes: { 'GET /api/whatsapps': () => reply(200, { whatsapps: connections }), 'GET /api/queues': () => reply(200, { queues: QUEUES }), ...routes },
  });
  return renderApp(path);
}

const banner = () => screen.queryByTestId('connection-down');
const update = (c: Connection) => emit('whatsappSession', { action: 'updated', whatsapp: { ...c, queueIds: undefined } });

describe('Inbox banner when a WhatsApp connection is down', () => {
  it('tells an admin which connection is down, that replies wait, and links to the connections page', async () => {
    openInbox(admin, [connection(1, 'Vendas', 'DISCONNECTED', [3]), connection(2, 'Suporte', 'CONNECTED', [4])]);
    const alert = await screen.findByTestId('connection-down');
    expect(alert).toHaveTextContent('A conexão «Vendas» está desconectada — as respostas ficam na fila de envio e saem quando ela voltar.');
    expect(within(alert).getByRole('link', { name: 'Ver conexões' })).toHaveAttribute('href', '/connections');
  });

  it('shows an attendant only the connections that reach them, and no link to a page they cannot open', async () => {
    openInbox(bia, [
      connection(1, 'Vendas', 'DISCONNECTED', [3]), // her queue
      connection(2, 'Suporte', 'DISCONNECTED', [4]), // not her queue
      connection(3, 'Geral', 'TIMEOUT', []), // no queue of its own: its tickets wait for anyone
      connection(4, 'Loja', 'CONNECTED', [3]),
    ]);
    const alert = await screen.findByTestId('connection-down');
    expect(alert).toHaveTextContent('As conexões «Vendas» e «Geral» estão desconectadas — as respostas ficam na fila de envio e saem quando elas voltarem.');
    expect(alert).not.toHaveTextContent('Suporte');
    expect(within(alert).queryByRole('link')).toBeNull();
  });

  it('follows the status live: appears when a connection drops for good, goes when it is back', async () => {
    const vendas = connection(1, 'Vendas', 'CONNECTED', [3]);
    openInbox(admin, [vendas]);
    await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    await waitFor(() => expect(sockets.at(-1)?.handlers.get('whatsappSession')?.size).toBeGreaterThan(0));
    expect(banner()).toBeNull();
    update({ ...vendas, status: 'DISCONNECTED' });
    await waitFor(() => expect(banner()).toHaveTextContent('A conexão «Vendas» está desconectada'));
    update({ ...vendas, status: 'CONNECTED' });
    await waitFor(() => expect(banner()).toBeNull());
  });

  it('does not flash during a reconnect of a few seconds, and shows one that lasts', async () => {
    const vendas = connection(1, 'Vendas', 'CONNECTED', [3]);
    openInbox(admin, [vendas]);
    await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    await waitFor(() => expect(sockets.at(-1)?.handlers.get('whatsappSession')?.size).toBeGreaterThan(0));
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    // The cache tells the screen on a zero-delay timer: each event is taken in at the moment it comes.
    const hear = (status: Connection['status']) => {
      update({ ...vendas, status });
      act(() => jest.advanceTimersByTime(0));
    };
    const wait = (ms: number) => act(() => jest.advanceTimersByTime(ms));
    try {
      hear('OPENING');
      wait(5_000);
      expect(banner()).toBeNull();
      hear('CONNECTED'); // back after 5 s: a blip
      wait(30_000);
      expect(banner()).toBeNull();

      hear('OPENING');
      wait(9_000);
      expect(banner()).toBeNull();
      wait(1_500); // past the 10 s grace, still reconnecting
      expect(banner()).toHaveTextContent('A conexão «Vendas» está desconectada');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('Clock of a reply waiting to be sent', () => {
  it('says why it waits: the state of the ticket’s connection, live', async () => {
    const vendas = connection(1, 'Vendas', 'DISCONNECTED', [3]);
    const ticket = makeTicket({ status: 'open', userId: admin.id, queueId: 3, whatsappId: 1, contact: { id: 5, name: 'Dora Reis', number: '5511955554444' } });
    const waiting = makeMessage({ ticketId: ticket.id, fromMe: true, body: 'Segue o boleto', ack: 0 });
    const { user } = openInbox(admin, [vendas], `/tickets/${ticket.id}`, [ticket], {
      [`GET /api/messages/${ticket.id}`]: () => reply(200, { messages: [waiting], nextCursor: null }),
    });
    const history = await screen.findByRole('list', { name: 'Mensagens' });
    const clock = await within(history).findByRole('img', { name: 'Aguardando envio — a conexão «Vendas» está desconectada; sai quando ela voltar' });
    await user.hover(clock);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Aguardando envio — a conexão «Vendas» está desconectada; sai quando ela voltar');

    update({ ...vendas, status: 'OPENING' });
    expect(await within(history).findByRole('img', { name: 'Aguardando envio — a conexão «Vendas» está reconectando; sai quando ela voltar' })).toHaveAttribute(
      'data-ack',
      'pending',
    );
    update({ ...vendas, status: 'CONNECTED' });
    expect(await within(history).findByRole('img', { name: 'Aguardando envio — a conexão «Vendas» está conectada; sai em instantes' })).toBeInTheDocument();
  });
});
