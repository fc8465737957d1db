import type { InternalChatMessageView, InternalChatView } from '@atende/contract';
import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { screenWidth, wideScreen } from '../test/layout';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const me = makeUser({ id: 7, name: 'Ana Atendente', profile: 'user' });
let nextMessageId = 100;
const message = (chatId: number, body: string, sender: { id: number; name: string } | null): InternalChatMessageView => ({
  id: ++nextMessageId,
  chatId,
  body,
  sender,
  createdAt: new Date().toISOString(),
});
const bruno = { id: 8, name: 'Bruno Lima' };
const carla = { id: 9, name: 'Carla Souza' };
let channel: InternalChatView;
let withBruno: InternalChatView;

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
  channel = { id: 1, kind: 'channel', peer: null, lastMessage: message(1, 'Reunião às 15h', carla), unread: 1 };
  withBruno = { id: 2, kind: 'direct', peer: bruno, lastMessage: message(2, 'Pode me ajudar?', bruno), unread: 2 };
});

const routes = (more: Record<string, FakeRoute> = {}) =>
  installFetch({
    'GET /api/internal-chats': () => reply(200, { chats: [channel, withBruno], unreadTotal: 3 }),
    'GET /api/internal-chats/2/messages': () =>
      reply(200, { messages: [withBruno.lastMessage, message(2, 'Oi Bruno', { id: me.id, name: me.name })].reverse(), nextCursor: null }),
    'GET /api/internal-chats/1/messages': () => reply(200, { messages: [channel.lastMessage], nextCursor: null }),
    'POST /api/internal-chats/2/read': () => reply(200, { chat: { ...withBruno, unread: 0 }, unreadTotal: 1 }),
    'POST /api/internal-chats/1/read': () => reply(200, { chat: { ...channel, unread: 0 }, unreadTotal: 2 }),
    ...more,
  });
/** The unread count the menu button says in words, next to its bubble ('none' without one). */
const menuBadge = () => within(screen.getByRole('button', { name: 'Abrir menu' })).queryByTestId('internal-chat-unread')?.textContent ?? 'none';
const serverEmit = (event: string, payload: unknown) => act(() => sockets.forEach((s) => s.serverEmit(event, payload)));

describe('Internal chat', () => {
  it('lists the channel and direct chats with unread counts, opens one, reads it and sends with Enter', async () => {
    const sent = message(2, 'Claro, já vou', { id: me.id, name: me.name });
    const net = routes({ 'POST /api/internal-chats/2/messages': () => reply(201, { message: sent }) });
    const { user } = renderApp('/internal-chat');
    const list = await screen.findByRole('list', { name: 'Conversas' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Canal da empresa, 1 mensagem não lida', 'Bruno Lima, 2 mensagens não lidas']);
    expect(within(list).getByText('Carla Souza: Reunião às 15h')).toBeInTheDocument();
    expect(menuBadge()).toBe('3 mensagens não lidas');

    await user.click(within(list).getByRole('button', { name: 'Bruno Lima, 2 mensagens não lidas' }));
    const log = await screen.findByRole('log', { name: 'Bruno Lima' });
    expect(await within(log).findByText('Oi Bruno')).toBeInTheDocument();
    await waitFor(() => expect(net.calls('POST', '/api/internal-chats/2/read')).toHaveLength(1));
    expect(menuBadge()).toBe('1 mensagem não lida');
    expect(within(list).getByRole('button', { name: 'Bruno Lima' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Mensagem' }), 'Claro, já vou{Enter}');
    expect(await within(log).findByText('Claro, já vou')).toBeInTheDocument();
    expect(net.calls('POST', '/api/internal-chats/2/messages')[0]?.body).toEqual({ body: 'Claro, já vou' });
    expect(screen.getByRole('textbox', { name: 'Mensagem' })).toHaveValue('');
    // The same message on the socket (the sender's own room) is not shown twice.
    serverEmit('internalChatMessage', { action: 'created', kind: 'direct', message: sent });
    expect(within(log).getAllByText('Claro, já vou')).toHaveLength(1);
  });

  it('counts live messages of other chats, shows those of the open one and reads them; a new chat brings the list again', async () => {
    let listed = [channel, withBruno];
    const net = routes({ 'GET /api/internal-chats': () => reply(200, { chats: listed, unreadTotal: 0 }) });
    renderApp('/internal-chat/1');
    const log = await screen.findByRole('log', { name: 'Canal da empresa' });
    await waitFor(() => expect(menuBadge()).toBe('2 mensagens não lidas')); // the channel read on opening

    serverEmit('internalChatMessage', { action: 'created', kind: 'direct', message: message(2, 'Está aí?', bruno) });
    expect(menuBadge()).toBe('3 mensagens não lidas');
    expect(screen.getByRole('button', { name: 'Bruno Lima, 3 mensagens não lidas' })).toBeInTheDocument();
    expect(within(log).queryByText('Está aí?')).not.toBeInTheDocument();

    serverEmit('internalChatMessage', { action: 'created', kind: 'channel', message: message(1, 'Bom dia, equipe', carla) });
    expect(await within(log).findByText('Bom dia, equipe')).toBeInTheDocument();
    expect(menuBadge()).toBe('3 mensagens não lidas'); // on screen: read, not counted
    await waitFor(() => expect(net.calls('POST', '/api/internal-chats/1/read')).toHaveLength(2));

    // Read in another tab.
    serverEmit('internalChatRead', { action: 'read', chatId: 2 });
    expect(menuBadge()).toBe('none');

    // A colleague starts a chat this tab does not know yet: the list is asked for again.
    const withCarla: InternalChatView = { id: 3, kind: 'direct', peer: carla, lastMessage: message(3, 'Oi Ana!', carla), unread: 1 };
    listed = [{ ...channel, unread: 0 }, withCarla, { ...withBruno, unread: 0 }]; // as the server counts now
    serverEmit('internalChatMessage', { action: 'created', kind: 'direct', message: withCarla.lastMessage });
    expect(await screen.findByRole('button', { name: 'Carla Souza, 1 mensagem não lida' })).toBeInTheDocument();
    expect(menuBadge()).toBe('1 mensagem não lida');
  });

  it('starts a chat with a colleague from the list of the company’s users', async () => {
    const withCarla: InternalChatView = { id: 3, kind: 'direct', peer: carla, lastMessage: null, unread: 0 };
    const net = routes({
      'GET /api/internal-chats/colleagues': () => reply(200, { users: [bruno, carla] }),
      'POST /api/internal-chats/direct': () => reply(201, { chat: withCarla }),
      'GET /api/internal-chats/3/messages': () => reply(200, { messages: [], nextCursor: null }),
      'POST /api/internal-chats/3/read': () => reply(200, { chat: withCarla, unreadTotal: 3 }),
    });
    const { user } = renderApp('/internal-chat');
    await user.click(await screen.findByRole('button', { name: 'Conversar com um colega' }));
    const dialog = await screen.findByRole('dialog', { name: 'Conversar com um colega' });
    await user.click(await within(dialog).findByRole('button', { name: /Carla Souza/ }));
    const log = await screen.findByRole('log', { name: 'Carla Souza' });
    expect(await within(log).findByText('Diga olá! As mensagens aparecem aqui.')).toBeInTheDocument();
    expect(net.calls('POST', '/api/internal-chats/direct')[0]?.body).toEqual({ userId: carla.id });
    expect(screen.getByRole('button', { name: 'Carla Souza' })).toBeInTheDocument();
  });

  it('loads earlier messages with the cursor', async () => {
    const older = message(2, 'Mensagem antiga', bruno);
    const net = routes({
      'GET /api/internal-chats/2/messages': ({ url }) =>
        new URL(url, 'http://x').searchParams.get('cursor') === '55'
          ? reply(200, { messages: [older], nextCursor: null })
          : reply(200, { messages: [withBruno.lastMessage], nextCursor: '55' }),
    });
    const { user } = renderApp('/internal-chat/2');
    const log = await screen.findByRole('log', { name: 'Bruno Lima' });
    await user.click(await within(log).findByRole('button', { name: 'Carregar mensagens anteriores' }));
    expect(await within(log).findByText('Mensagem antiga')).toBeInTheDocument();
    expect(within(log).queryByRole('button', { name: 'Carregar mensagens anteriores' })).not.toBeInTheDocument();
    expect(net.calls('GET', '/api/internal-chats/2/messages')).toHaveLength(2);
  });

  describe('on a phone', () => {
    beforeEach(() => {
      screenWidth(390);
    });
    afterEach(() => {
      wideScreen();
    });

    it('shows the list, then the conversation with a way back', async () => {
      routes();
      const { user } = renderApp('/internal-chat');
      const list = await screen.findByRole('list', { name: 'Conversas' });
      expect(screen.queryByRole('log')).not.toBeInTheDocument();
      await user.click(within(list).getByRole('button', { name: /^Bruno Lima/ }));
      expect(await screen.findByRole('log', { name: 'Bruno Lima' })).toBeInTheDocument();
      expect(screen.queryByRole('list', { name: 'Conversas' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Voltar às conversas' }));
      expect(await screen.findByRole('list', { name: 'Conversas' })).toBeInTheDocument();
    });
  });
});
