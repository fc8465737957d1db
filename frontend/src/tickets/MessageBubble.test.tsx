import { render, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../AppProviders';
import { session } from '../api/session';
import { installFetch } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { resetAppState } from '../test/renderApp';
import { makeMessage } from '../test/ticketFixtures';
import { MessageBubble } from './MessageBubble';
import type { Message } from './messagesApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
  URL.createObjectURL = jest.fn(() => 'blob:media-1');
  URL.revokeObjectURL = jest.fn();
});

function renderBubble(message: Message) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={client}>
      <MessageBubble message={message} />
    </AppProviders>,
  );
}

describe('MessageBubble', () => {
  it.each([
    [0, 'Na fila de envio', 'pending'],
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
});
