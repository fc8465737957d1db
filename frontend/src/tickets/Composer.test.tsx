import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../AppProviders';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { resetAppState } from '../test/renderApp';
import { makeMessage } from '../test/ticketFixtures';
import { installFakeRecorder } from './chat/fakeMediaRecorder';
import { Composer, type ComposerProps, type OutgoingInput } from './Composer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

function renderComposer(props: Partial<ComposerProps> = {}) {
  const onSend = jest.fn(async (_input: OutgoingInput) => undefined);
  const user = userEvent.setup();
  const view = render(
    <AppProviders>
      <Composer ticketId={41} queueId={3} contactName="Dora Reis" onSend={onSend} {...props} />
    </AppProviders>,
  );
  return { onSend, user, view, box: screen.getByRole('textbox', { name: 'Mensagem' }) };
}

describe('Composer', () => {
  it('sends with Enter and clears the box', async () => {
    const { onSend, user, box } = renderComposer();
    await user.type(box, '  Olá, tudo bem?  {Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith({ text: 'Olá, tudo bem?', file: null, quotedMsgId: null });
    expect(box).toHaveValue('');
  });

  it('breaks the line with Shift+Enter without sending', async () => {
    const { onSend, user, box } = renderComposer();
    await user.type(box, 'Linha 1{Shift>}{Enter}{/Shift}Linha 2');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('Linha 1\nLinha 2');
    await user.click(screen.getByRole('button', { name: 'Enviar' }));
    expect(onSend).toHaveBeenCalledWith({ text: 'Linha 1\nLinha 2', file: null, quotedMsgId: null });
  });

  it('never sends empty or blank text', async () => {
    const { onSend, user, box } = renderComposer();
    await user.type(box, '{Enter}');
    await user.type(box, '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Enviar' })).toBeDisabled();
  });

  it('keeps the text when sending fails', async () => {
    const { onSend, user, box } = renderComposer();
    onSend.mockRejectedValueOnce(new Error('offline'));
    await user.type(box, 'Não perca isto{Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(box).toHaveValue('Não perca isto');
  });

  it('sends an attached file with the text as caption', async () => {
    const { onSend, user, box } = renderComposer();
    const file = new File(['%PDF'], 'boleto.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Arquivo para anexar'), file);
    expect(within(screen.getByRole('list', { name: 'Anexos' })).getByText('boleto.pdf')).toBeInTheDocument();
    await user.type(box, 'Segue o boleto{Enter}');
    expect(onSend).toHaveBeenCalledWith({ text: 'Segue o boleto', file, quotedMsgId: null });
    expect(screen.queryByRole('list', { name: 'Anexos' })).toBeNull();
  });

  it('previews pasted files, lets one be removed, and sends the others one by one', async () => {
    const { onSend, user, box } = renderComposer();
    const photo = new File(['png'], 'foto.png', { type: 'image/png' });
    const sheet = new File(['csv'], 'planilha.csv', { type: 'text/csv' });
    URL.createObjectURL = jest.fn(() => 'blob:preview');
    URL.revokeObjectURL = jest.fn();
    fireEvent.paste(box, { clipboardData: { files: [photo, sheet], types: ['Files'] } });
    const preview = screen.getByRole('list', { name: 'Anexos' });
    expect(within(preview).getByRole('img', { name: 'foto.png' })).toHaveAttribute('src', 'blob:preview');
    await user.click(within(preview).getByRole('button', { name: 'Remover planilha.csv' }));
    expect(within(preview).queryByText('planilha.csv')).toBeNull();
    await user.type(box, 'Olha só{Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith({ text: 'Olha só', file: photo, quotedMsgId: null });
  });

  it('inserts emoji from the picker at the cursor, by category or by name', async () => {
    const { user, box } = renderComposer();
    await user.type(box, 'Obrigado ');
    await user.click(screen.getByRole('button', { name: 'Inserir emoji' }));
    const picker = await screen.findByRole('dialog', { name: 'Inserir emoji' });
    await user.click(within(picker).getByRole('button', { name: '😀' }));
    await user.click(within(picker).getByRole('tab', { name: 'Gestos e pessoas' }));
    await user.click(within(picker).getByRole('button', { name: '🙏' }));
    await user.type(within(picker).getByRole('textbox', { name: 'Buscar emoji' }), 'coracao verm');
    await user.click(within(picker).getByRole('button', { name: '❤️' }));
    expect(box).toHaveValue('Obrigado 😀🙏❤️');
    await user.clear(within(picker).getByRole('textbox', { name: 'Buscar emoji' }));
    await user.type(within(picker).getByRole('textbox', { name: 'Buscar emoji' }), 'xyzzy');
    expect(within(picker).getByText('Nenhum emoji encontrado.')).toBeInTheDocument();
  });

  it('offers quick replies on "/", picks one with the arrows, and sends the text rendered for the ticket', async () => {
    const net = installFetch({
      'GET /api/quick-replies': () =>
        reply(200, {
          quickReplies: [
            { id: 7, shortcut: 'bomdia', message: 'Bom dia, {{name}}!', queueId: null },
            { id: 8, shortcut: 'boleto', message: 'Segue o boleto, {{name}}.', queueId: 3 },
          ],
        }),
      'GET /api/quick-replies/8/rendered': () => reply(200, { text: 'Segue o boleto, Dora Reis.' }),
    });
    const { onSend, user, box } = renderComposer();
    await user.type(box, '/bo');
    const list = await screen.findByRole('listbox', { name: 'Respostas rápidas' });
    expect(await within(list).findByRole('option', { name: /\/boleto/ })).toBeInTheDocument();
    await waitFor(() => expect(net.calls('GET', '/api/quick-replies').at(-1)?.url).toBe('/api/quick-replies?search=bo&queueId=3'));
    expect(within(list).getByRole('option', { name: /\/bomdia/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(box).toHaveValue('Segue o boleto, Dora Reis.'));
    expect(net.calls('GET', '/api/quick-replies/8/rendered')[0]?.url).toBe('/api/quick-replies/8/rendered?ticketId=41');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(onSend).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith({ text: 'Segue o boleto, Dora Reis.', file: null, quotedMsgId: null });
  });

  it('previews the file of a quick reply in the picker, keeps it above the box once picked, and sends it with the text', async () => {
    const image = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    URL.createObjectURL = jest.fn(() => 'blob:quick-9');
    URL.revokeObjectURL = jest.fn();
    installFetch({
      'GET /api/quick-replies': () =>
        reply(200, {
          quickReplies: [
            {
              id: 9,
              shortcut: 'catalogo',
              message: 'Nosso catálogo',
              queueId: null,
              media: { mediaType: 'image', fileName: 'catalogo.png', mimetype: 'image/png', size: 4 },
            },
            {
              id: 10,
              shortcut: 'cantiga',
              message: 'Ouça',
              queueId: null,
              media: { mediaType: 'audio', fileName: 'jingle.mp3', mimetype: 'audio/mpeg', size: 9 },
            },
            {
              id: 11,
              shortcut: 'cardapio',
              message: 'Veja',
              queueId: null,
              media: { mediaType: 'document', fileName: 'cardapio.pdf', mimetype: 'application/pdf', size: 9 },
            },
          ],
        }),
      'GET /api/quick-replies/9/media': () => ({ status: 200, blob: image }),
      'GET /api/quick-replies/9/rendered': () => reply(200, { text: 'Nosso catálogo, Dora' }),
    });
    const { onSend, user, box } = renderComposer();
    await user.type(box, '/ca');
    const list = await screen.findByRole('listbox', { name: 'Respostas rápidas' });
    const catalogo = await within(list).findByRole('option', { name: /\/catalogo/ });
    // An image shows itself (fetched with the token); audio and documents an icon, each with its file name.
    expect(await within(catalogo).findByRole('img', { name: 'catalogo.png' })).toHaveAttribute('src', 'blob:quick-9');
    expect(within(list).getByRole('option', { name: /\/cantiga/ })).toHaveTextContent('jingle.mp3');
    expect(within(within(list).getByRole('option', { name: /\/cantiga/ })).getByRole('img', { name: 'jingle.mp3' })).toBeInTheDocument();
    expect(within(list).getByRole('option', { name: /\/cardapio/ })).toHaveTextContent('cardapio.pdf');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(box).toHaveValue('Nosso catálogo, Dora'));
    const waiting = screen.getByRole('group', { name: 'Arquivo da resposta rápida /catalogo' });
    expect(within(waiting).getByText('catalogo.png')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith({ text: 'Nosso catálogo, Dora', file: null, quotedMsgId: null, quickReplyId: 9 });
    expect(screen.queryByRole('group', { name: 'Arquivo da resposta rápida /catalogo' })).toBeNull();
  });

  it('closes the quick replies with Esc and then sends the slash text as typed', async () => {
    installFetch({ 'GET /api/quick-replies': () => reply(200, { quickReplies: [] }) });
    const { onSend, user, box } = renderComposer();
    await user.type(box, '/x');
    expect(await screen.findByText('Nenhuma resposta rápida encontrada.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith({ text: '/x', file: null, quotedMsgId: null });
  });

  it('sends a reply with the quoted message id; Esc cancels the reply', async () => {
    const quoted = makeMessage({ id: 77, fromMe: false, body: 'Qual o prazo?' });
    const onCancelReply = jest.fn();
    const { onSend, user, box, view } = renderComposer({ replyTo: quoted, onCancelReply });
    expect(screen.getByText('Respondendo a Dora Reis')).toBeInTheDocument();
    expect(screen.getByText('Qual o prazo?')).toBeInTheDocument();
    await user.type(box, 'Amanhã{Enter}');
    expect(onSend).toHaveBeenCalledWith({ text: 'Amanhã', file: null, quotedMsgId: 77 });
    expect(onCancelReply).toHaveBeenCalledTimes(1);
    view.rerender(
      <AppProviders>
        <Composer ticketId={41} onSend={onSend} replyTo={quoted} onCancelReply={onCancelReply} />
      </AppProviders>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Mensagem' }), '{Escape}');
    expect(onCancelReply).toHaveBeenCalledTimes(2);
  });

  it('edits a message in place: its text fills the box, Enter saves, Esc gives up', async () => {
    const mine = makeMessage({ id: 90, fromMe: true, body: 'Chega amanha' });
    const onEdit = jest.fn(async () => undefined);
    const onCancelEdit = jest.fn();
    const { onSend, user, box } = renderComposer({ editing: mine, onEdit, onCancelEdit });
    expect(screen.getByText('Editando mensagem')).toBeInTheDocument();
    expect(box).toHaveValue('Chega amanha');
    await user.clear(box);
    await user.type(box, 'Chega amanhã{Enter}');
    expect(onEdit).toHaveBeenCalledWith(mine, 'Chega amanhã');
    expect(onSend).not.toHaveBeenCalled();
    expect(onCancelEdit).toHaveBeenCalledTimes(1);
  });

  it('asks to edit the last message on Up in an empty box', async () => {
    const onEditLast = jest.fn();
    const { user, box } = renderComposer({ onEditLast });
    await user.type(box, '{ArrowUp}');
    expect(onEditLast).toHaveBeenCalledTimes(1);
  });

  it('leaves Alt/Ctrl/Meta+Up to the inbox shortcuts (previous ticket) instead of editing', async () => {
    const onEditLast = jest.fn();
    const { user, box } = renderComposer({ onEditLast });
    await user.type(box, '{Alt>}{ArrowUp}{/Alt}');
    await user.type(box, '{Control>}{ArrowUp}{/Control}');
    await user.type(box, '{Meta>}{ArrowUp}{/Meta}');
    expect(onEditLast).not.toHaveBeenCalled();
  });

  it('records a voice note with the microphone, shows the time, and sends it as an Ogg file', async () => {
    const mic = installFakeRecorder();
    const { onSend, user } = renderComposer();
    await user.click(screen.getByRole('button', { name: 'Gravar mensagem de voz' }));
    expect(mic.getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(await screen.findByText('Gravando mensagem de voz')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
    await user.click(screen.getByRole('button', { name: 'Enviar mensagem de voz' }));
    await waitFor(() => expect(onSend).toHaveBeenCalledTimes(1));
    const sent = onSend.mock.calls[0]![0];
    expect(sent.file?.type).toBe('audio/ogg');
    expect(sent.file?.name).toMatch(/\.ogg$/);
    expect(mic.track.stop).toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Mensagem' })).toBeInTheDocument();
  });

  it('discards a recording without sending, and says so when the microphone is refused', async () => {
    const mic = installFakeRecorder();
    const { onSend, user } = renderComposer();
    await user.click(screen.getByRole('button', { name: 'Gravar mensagem de voz' }));
    await user.click(await screen.findByRole('button', { name: 'Descartar gravação' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(mic.track.stop).toHaveBeenCalled();
    mic.getUserMedia.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Gravar mensagem de voz' }));
    expect(await screen.findByText('Permita o uso do microfone para gravar mensagens de voz.')).toBeInTheDocument();
    await act(async () => undefined);
  });
});
