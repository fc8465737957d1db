import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../AppProviders';
import { fakeIo } from '../test/fakeSocket';
import { resetAppState } from '../test/renderApp';
import { Composer } from './Composer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(resetAppState);

function renderComposer() {
  const onSend = jest.fn(async (_input: { text: string; file: File | null }) => undefined);
  const user = userEvent.setup();
  render(
    <AppProviders>
      <Composer onSend={onSend} />
    </AppProviders>,
  );
  return { onSend, user, box: screen.getByRole('textbox', { name: 'Mensagem' }) };
}

describe('Composer', () => {
  it('sends with Enter and clears the box', async () => {
    const { onSend, user, box } = renderComposer();
    await user.type(box, '  Olá, tudo bem?  {Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith({ text: 'Olá, tudo bem?', file: null });
    expect(box).toHaveValue('');
  });

  it('breaks the line with Shift+Enter without sending', async () => {
    const { onSend, user, box } = renderComposer();
    await user.type(box, 'Linha 1{Shift>}{Enter}{/Shift}Linha 2');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('Linha 1\nLinha 2');
    await user.click(screen.getByRole('button', { name: 'Enviar' }));
    expect(onSend).toHaveBeenCalledWith({ text: 'Linha 1\nLinha 2', file: null });
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
    expect(screen.getByText('boleto.pdf')).toBeInTheDocument();
    await user.type(box, 'Segue o boleto{Enter}');
    expect(onSend).toHaveBeenCalledWith({ text: 'Segue o boleto', file });
  });
});
