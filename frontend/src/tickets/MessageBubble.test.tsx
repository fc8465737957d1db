import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../AppProviders';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { resetAppState } from '../test/renderApp';
import { makeMessage } from '../test/ticketFixtures';
import type { BubbleActions } from './chat/BubbleMenu';
import { MessageBubble } from './MessageBubble';
import type { Message } from './messagesApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
  URL.createObjectURL = jest.fn(() => 'blob:media-1');
  URL.revokeObjectURL = jest.fn();
});

function renderBubble(message: Message, extra: { quoted?: Message; actions?: BubbleActions } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={client}>
      <MessageBubble message={message} contactName="Dora Reis" {...extra} />
    </AppProviders>,
  );
}

describe('MessageBubble', () => {
  it.each([
    [0, 'Aguardando envio', 'pending'],
    [1, 'Enviada', 'sent'],
    [2, 'Enviada', 'sent'],
    [3, 'Entregue', 'delivered'],
    [4, 'Lida', 'read'],
  ])('shows the tick for ack %i (%s)', (ack, label, state) => {
    renderBubble(makeMessage({ fromMe: true, ack, body: 'Pedido enviado' }));
    const bubble = screen.getByRole('listitem', { name: 'Mensagem enviada' });
    expect(within(bubble).getByText('Pedido enviado')).toBeInTheDocument();
    const tick = within(bubble).getByRole('img', { name: label });
    expect(tick).toHaveAttribute('data-ack', state);
  });

  it('paints the read ticks blue and the delivered ones not', () => {
    renderBubble(makeMessage({ ack: 4 }));
    expect(screen.getByRole('img', { name: 'Lida' })).toHaveStyle({ color: '#34b7f1' });
  });

  it('puts the customer on the left, without ticks', () => {
    renderBubble(makeMessage({ fromMe: false, ack: 0, body: 'Bom dia' }));
    const bubble = screen.getByRole('listitem', { name: 'Mensagem recebida' });
    expect(within(bubble).getByText('Bom dia')).toBeInTheDocument();
    expect(within(bubble).queryByRole('img')).toBeNull();
  });

  it("shows a customer's call as a missed call in the middle of the chat, voice or video", () => {
    const { unmount } = renderBubble(makeMessage({ fromMe: false, body: '', mediaType: 'call', content: { call: { video: false } } }));
    expect(screen.getByRole('listitem', { name: 'Chamada de voz perdida' })).toHaveTextContent('Chamada de voz perdida');
    expect(screen.queryByRole('listitem', { name: 'Mensagem recebida' })).toBeNull();
    unmount();
    renderBubble(makeMessage({ fromMe: false, body: '', mediaType: 'call', content: { call: { video: true } } }));
    expect(screen.getByRole('listitem', { name: 'Chamada de vídeo perdida' })).toBeInTheDocument();
  });

  it('marks deleted messages and hides their text', () => {
    renderBubble(makeMessage({ isDeleted: true, body: '' }));
    expect(screen.getByText('Mensagem apagada')).toBeInTheDocument();
  });

  it('marks edited messages', () => {
    renderBubble(makeMessage({ editedAt: new Date().toISOString(), body: 'Corrigido' }));
    expect(screen.getByText('Corrigido')).toBeInTheDocument();
    expect(screen.getByText('editada')).toBeInTheDocument();
  });

  it('loads an image with the bearer token and shows it with its caption', async () => {
    const net = installFetch({ 'GET /api/messages/900/media': () => ({ status: 200, blob: new Blob(['png']) }) });
    renderBubble(makeMessage({ id: 900, fromMe: false, mediaType: 'image', hasMedia: true, body: 'Foto do produto' }));
    const image = await screen.findByRole('img', { name: 'Imagem recebida' });
    expect(image).toHaveAttribute('src', 'blob:media-1');
    expect(screen.getByText('Foto do produto')).toBeInTheDocument();
    expect(net.calls('GET', '/api/messages/900/media')[0]?.headers.Authorization).toBe('Bearer token-1');
  });

  it('plays audio and offers documents for download', async () => {
    installFetch({
      'GET /api/messages/901/media': () => ({ status: 200, blob: new Blob(['ogg']) }),
      'GET /api/messages/902/media': () => ({ status: 200, blob: new Blob(['pdf']) }),
    });
    renderBubble(makeMessage({ id: 901, fromMe: false, mediaType: 'voice', hasMedia: true, body: '' }));
    expect(await screen.findByLabelText('Áudio')).toHaveAttribute('src', 'blob:media-1');
    renderBubble(
      makeMessage({ id: 902, fromMe: false, mediaType: 'document', hasMedia: true, body: 'boleto.pdf', fileName: 'boleto.pdf', mediaSize: 250_000 }),
    );
    const link = await screen.findByRole('link', { name: 'Baixar boleto.pdf' });
    expect(link).toHaveAttribute('download', 'boleto.pdf');
    expect(link).toHaveAttribute('href', 'blob:media-1');
    expect(screen.getByText('244,1 kB')).toBeInTheDocument();
    // The file name is not repeated as a caption.
    expect(screen.getAllByText('boleto.pdf')).toHaveLength(1);
  });

  it('opens an image in a viewer that zooms, downloads and closes', async () => {
    installFetch({ 'GET /api/messages/903/media': () => ({ status: 200, blob: new Blob(['png']) }) });
    const user = userEvent.setup();
    renderBubble(makeMessage({ id: 903, fromMe: true, mediaType: 'image', hasMedia: true, body: '', fileName: 'nota.png' }));
    await user.click(await screen.findByRole('button', { name: 'Ampliar imagem' }));
    const viewer = await screen.findByRole('dialog', { name: 'Imagem' });
    expect(within(viewer).getByRole('img', { name: 'Imagem enviada' })).toHaveAttribute('src', 'blob:media-1');
    expect(within(viewer).getByRole('button', { name: 'Diminuir zoom' })).toBeDisabled();
    await user.click(within(viewer).getByRole('button', { name: 'Aumentar zoom' }));
    expect(within(viewer).getByRole('button', { name: 'Diminuir zoom' })).toBeEnabled();
    expect(within(viewer).getByRole('link', { name: 'Baixar imagem' })).toHaveAttribute('download', 'nota.png');
    await user.click(within(viewer).getByRole('button', { name: 'Fechar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows video with controls and stickers without a bubble', async () => {
    installFetch({
      'GET /api/messages/904/media': () => ({ status: 200, blob: new Blob(['mp4']) }),
      'GET /api/messages/905/media': () => ({ status: 200, blob: new Blob(['webp']) }),
    });
    renderBubble(makeMessage({ id: 904, fromMe: false, mediaType: 'video', hasMedia: true, body: '' }));
    const video = await screen.findByLabelText('Vídeo');
    expect(video.tagName).toBe('VIDEO');
    expect(video).toHaveAttribute('controls');
    renderBubble(makeMessage({ id: 905, fromMe: false, mediaType: 'sticker', hasMedia: true, body: '' }));
    expect(await screen.findByRole('img', { name: 'Figurinha' })).toBeInTheDocument();
  });

  it('shows a location with a link to the map, and contact cards with their numbers', () => {
    renderBubble(
      makeMessage({
        fromMe: false,
        mediaType: 'location',
        body: 'Loja Centro — Rua A, 10',
        content: { location: { latitude: -23.55, longitude: -46.63, name: 'Loja Centro', address: 'Rua A, 10', live: false } },
      }),
    );
    expect(screen.getByText('Loja Centro')).toBeInTheDocument();
    expect(screen.getByText('Rua A, 10')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Abrir no mapa' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=-23.55&mlon=-46.63#map=17/-23.55/-46.63',
    );
    // The summary body is not repeated under the card.
    expect(screen.queryByText('Loja Centro — Rua A, 10')).toBeNull();

    renderBubble(
      makeMessage({ fromMe: false, mediaType: 'contact', body: 'Ana 5511', content: { contacts: [{ name: 'Ana Souza', numbers: ['5511987654321'] }] } }),
    );
    const card = screen.getByRole('group', { name: 'Cartão de contato' });
    expect(within(card).getByText('Ana Souza')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Copiar 5511987654321' })).toBeInTheDocument();
  });

  it('shows reactions under the bubble, grouped by emoji', () => {
    renderBubble(
      makeMessage({
        reactions: [
          { sender: 'a@s.whatsapp.net', emoji: '👍' },
          { sender: 'b@s.whatsapp.net', emoji: '👍' },
          { sender: 'c@s.whatsapp.net', emoji: '❤️' },
        ],
      }),
    );
    const reactions = screen.getByRole('list', { name: 'Reações' });
    expect(within(reactions).getByRole('listitem', { name: '👍: 2 reações' })).toHaveTextContent('👍 2');
    expect(within(reactions).getByRole('listitem', { name: '❤️: 1 reação' })).toBeInTheDocument();
  });

  it('quotes the answered message and jumps to it on click', async () => {
    const user = userEvent.setup();
    const onJump = jest.fn();
    const quoted = makeMessage({ id: 300, fromMe: false, body: 'Qual o prazo de entrega?' });
    renderBubble(makeMessage({ quotedMsgId: 300, body: 'Dois dias úteis' }), { quoted, actions: { onJump } });
    await user.click(screen.getByRole('button', { name: 'Ir para a mensagem respondida: Dora Reis — Qual o prazo de entrega?' }));
    expect(onJump).toHaveBeenCalledWith(300);
  });

  it('says when a quoted message is not loaded, and still offers the jump', () => {
    renderBubble(makeMessage({ quotedMsgId: 12, body: 'Sim' }), { actions: { onJump: jest.fn() } });
    expect(screen.getByRole('button', { name: /^Ir para a mensagem respondida: Mensagem respondida — Mensagem anterior/ })).toBeEnabled();
  });

  it('tells a file is still downloading, and retries a failed download', async () => {
    const net = installFetch({
      'POST /api/messages/906/media/retry': () => reply(202, { message: makeMessage({ id: 906, mediaType: 'image', mediaStatus: 'pending' }) }),
    });
    renderBubble(makeMessage({ id: 907, fromMe: false, mediaType: 'image', hasMedia: false, mediaStatus: 'pending', body: '' }));
    expect(screen.getByText('Baixando arquivo…')).toBeInTheDocument();
    renderBubble(makeMessage({ id: 906, fromMe: false, mediaType: 'image', hasMedia: false, mediaStatus: 'failed', body: '' }));
    expect(screen.getByText('Não foi possível baixar o arquivo.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Baixar de novo' }));
    await waitFor(() => expect(net.calls('POST', '/api/messages/906/media/retry')).toHaveLength(1));
  });

  it('shows the translated error when a retry is refused', async () => {
    installFetch({ 'POST /api/messages/908/media/retry': () => apiError(409, 'ERR_MEDIA_NOT_RETRIABLE') });
    renderBubble(makeMessage({ id: 908, fromMe: false, mediaType: 'video', hasMedia: false, mediaStatus: 'failed', body: '' }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Baixar de novo' }));
    expect(await screen.findByText('Não é possível baixar este arquivo de novo.')).toBeInTheDocument();
  });

  it('offers edit and delete only on recent messages of our own', async () => {
    const user = userEvent.setup();
    const actions = { onReply: jest.fn(), onEdit: jest.fn(), onDelete: jest.fn() };
    const mine = makeMessage({ fromMe: true, body: 'Pedido 123' });
    renderBubble(mine, { actions });
    await user.click(screen.getByRole('button', { name: 'Ações da mensagem' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Responder', 'Copiar texto', 'Editar', 'Apagar para todos']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Editar' }));
    expect(actions.onEdit).toHaveBeenCalledWith(mine);
  });

  it('offers only reply and copy on the customer messages and on old ones', async () => {
    const user = userEvent.setup();
    const actions = { onReply: jest.fn(), onEdit: jest.fn(), onDelete: jest.fn() };
    const old = makeMessage({ fromMe: true, body: 'Antiga', sentAt: new Date(Date.now() - 3_600_000).toISOString() });
    renderBubble(old, { actions });
    await user.click(screen.getByRole('button', { name: 'Ações da mensagem' }));
    expect(
      within(await screen.findByRole('menu'))
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Responder', 'Copiar texto', 'Apagar para todos']);
    await user.keyboard('{Escape}');
    renderBubble(makeMessage({ fromMe: false, body: 'Do cliente' }), { actions });
    await user.click(screen.getAllByRole('button', { name: 'Ações da mensagem' })[1]!);
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Responder', 'Copiar texto']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Responder' }));
    expect(actions.onReply).toHaveBeenCalledTimes(1);
  });
});
