import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../../AppProviders';
import { makeAiAgent } from '../../aiAgents/aiAgentFixtures';
import { session } from '../../api/session';
import { i18n } from '../../i18n';
import { apiError, deferred, installFetch, reply, type FakeReply } from '../../test/fakeFetch';
import { fakeIo } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { resetAppState } from '../../test/renderApp';
import { makeMessage } from '../../test/ticketFixtures';
import { Composer, type OutgoingInput } from '../Composer';
import { MessageBubble } from '../MessageBubble';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
  URL.createObjectURL = jest.fn(() => 'blob:media-1');
  URL.revokeObjectURL = jest.fn();
});

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });

describe('voice-note transcript', () => {
  it('shows the transcript under the audio player, labelled, and nothing for a voice note without one', async () => {
    installFetch({
      'GET /api/messages/901/media': () => ({ status: 200, blob: new Blob(['ogg']) }),
      'GET /api/messages/902/media': () => ({ status: 200, blob: new Blob(['ogg']) }),
    });
    const transcript = 'Oi, quero marcar um corte para amanhã às dez.';
    const { container } = render(
      <AppProviders queryClient={client()}>
        <MessageBubble message={makeMessage({ id: 901, fromMe: false, mediaType: 'voice', hasMedia: true, body: '', transcript })} />
        <MessageBubble message={makeMessage({ id: 902, fromMe: false, mediaType: 'voice', hasMedia: true, body: '' })} />
      </AppProviders>,
    );
    const section = await screen.findByRole('region', { name: 'Transcrição' });
    expect(section).toHaveTextContent(transcript);
    const [withTranscript, without] = screen.getAllByRole('listitem');
    // Under the player of its own bubble: the player comes first in the document.
    const player = within(withTranscript!).getByLabelText('Áudio');
    expect(player.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(without!).queryByText('Transcrição')).not.toBeInTheDocument();
    expect(container.querySelectorAll('audio')).toHaveLength(2);
  });

  it('is labelled in the attendant’s language', async () => {
    await i18n.changeLanguage('es');
    installFetch({ 'GET /api/messages/903/media': () => ({ status: 200, blob: new Blob(['ogg']) }) });
    render(
      <AppProviders queryClient={client()}>
        <MessageBubble message={makeMessage({ id: 903, fromMe: false, mediaType: 'audio', hasMedia: true, body: '', transcript: 'Hola' })} />
      </AppProviders>,
    );
    expect(await screen.findByRole('region', { name: 'Transcripción' })).toHaveTextContent('Hola');
  });
});

describe('AI assist in the composer', () => {
  function renderComposer(routes: Record<string, () => FakeReply | Promise<FakeReply>>, agents = [makeAiAgent({ id: 5, enabled: true })]) {
    const net = installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: agents }), ...routes });
    const onSend = jest.fn(async (_input: OutgoingInput) => undefined);
    const user = userEvent.setup();
    render(
      <AppProviders queryClient={client()}>
        <Composer ticketId={41} queueId={3} contactName="Dora Reis" onSend={onSend} />
      </AppProviders>,
    );
    return { net, onSend, user, box: screen.getByRole('textbox', { name: 'Mensagem' }) };
  }

  it('puts the suggested reply into the box, with progress while it is written, and sends nothing', async () => {
    const answers = [deferred<FakeReply>(), deferred<FakeReply>()];
    let asked = 0;
    const { net, onSend, user, box } = renderComposer({ 'POST /api/tickets/41/ai/suggest': () => answers[asked++]!.promise });
    const suggest = async () => {
      await user.click(await screen.findByRole('button', { name: 'Assistente de IA' }));
      await user.click(screen.getByRole('menuitem', { name: /Sugerir resposta/ }));
    };
    await suggest();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Assistente de IA' })).toHaveAttribute('aria-busy', 'true'));
    answers[0]!.resolve(reply(200, { text: 'A barba completa custa R$ 35,00. Quer agendar?' }));
    await waitFor(() => expect(box).toHaveValue('A barba completa custa R$ 35,00. Quer agendar?'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Assistente de IA' })).toHaveAttribute('aria-busy', 'false'));
    // Said beside the button, as a status, not in the app's snackbar over the composer.
    expect(await screen.findByRole('status')).toHaveTextContent(/Sugestão pronta na caixa de mensagem/);
    expect(onSend).not.toHaveBeenCalled();
    // Nothing sent: no message (the "digitando…" signal the filled box gives the customer is not one).
    expect(net.requests.filter((r) => r.path.startsWith('/api/messages') && !r.path.endsWith('/presence'))).toEqual([]);

    // What the attendant typed stays; the suggestion comes after it. Sending is the attendant's own Enter.
    await user.clear(box);
    await user.type(box, 'Olá, Dora!');
    await suggest();
    answers[1]!.resolve(reply(200, { text: 'Temos horário amanhã às 10h.' }));
    await waitFor(() => expect(box).toHaveValue('Olá, Dora!\n\nTemos horário amanhã às 10h.'));
    expect(net.calls('POST', '/api/tickets/41/ai/suggest')).toHaveLength(2);
    expect(onSend).not.toHaveBeenCalled();
    await user.type(box, '{Enter}');
    expect(onSend).toHaveBeenCalledWith({ text: 'Olá, Dora!\n\nTemos horário amanhã às 10h.', file: null, quotedMsgId: null });
  });

  it('says clearly why there is no suggestion, and leaves the box alone', async () => {
    const { user, box } = renderComposer({ 'POST /api/tickets/41/ai/suggest': () => apiError(409, 'ERR_AI_NO_AGENT') });
    await user.type(box, 'rascunho meu');
    await user.click(await screen.findByRole('button', { name: 'Assistente de IA' }));
    await user.click(screen.getByRole('menuitem', { name: /Sugerir resposta/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Nenhum agente de IA atende esta conversa/);
    expect(box).toHaveValue('rascunho meu');
  });

  it('shows the summary in a dialog, in the attendant’s language, and the endpoint’s failure as text', async () => {
    const first = deferred<FakeReply>();
    let calls = 0;
    const { net, onSend, user } = renderComposer({
      'POST /api/tickets/41/ai/summary': () => {
        calls += 1;
        return calls === 1 ? first.promise : apiError(504, 'ERR_AI_TIMEOUT');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Assistente de IA' }));
    await user.click(screen.getByRole('menuitem', { name: /Resumir conversa/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Resumo da conversa' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Gerando o resumo…');
    first.resolve(reply(200, { text: 'A cliente quer o preço da barba.\nDeu o e-mail ana@exemplo.com.' }));
    expect(await within(dialog).findByText(/A cliente quer o preço da barba\./)).toBeInTheDocument();
    expect(net.calls('POST', '/api/tickets/41/ai/summary')[0]!.body).toEqual({ language: 'pt-BR' });

    await user.click(within(dialog).getByRole('button', { name: 'Gerar de novo' }));
    expect(await within(dialog).findByText(/O servidor de IA demorou demais para responder/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Fechar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSend).not.toHaveBeenCalled();
  });

  it('is not offered when the company has no enabled AI agent', async () => {
    const { net } = renderComposer({}, [makeAiAgent({ enabled: false })]);
    await waitFor(() => expect(net.calls('GET', '/api/ai-agents')).toHaveLength(1));
    // The list's answer is rendered once the pending promise chain has run.
    await act(async () => undefined);
    expect(screen.getByRole('button', { name: 'Inserir emoji' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assistente de IA' })).not.toBeInTheDocument();
  });
});
