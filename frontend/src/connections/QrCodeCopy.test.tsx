import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeConnection, makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { Connection } from './connectionsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

// The QR dialog gives the code's text too, for the simulator's "scan" in a demo without a phone.
const PAYLOAD = '2@Q9xk3sZ,bWFrZS1iZWxpZXZl,aWRlbnRpdHk=,YWR2LXNlY3JldA==';
const pairing: Connection = makeConnection({
  id: 7,
  name: 'Loja Centro',
  status: 'qrcode',
  qrcode: PAYLOAD,
  number: null,
  isDefault: true,
  greetingMessage: null,
  farewellMessage: null,
  retries: 1,
});

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ name: 'Ana Admin', profile: 'admin' }) });
  installFetch({
    'GET /api/whatsapps': () => reply(200, { whatsapps: [pairing] }),
    'GET /api/whatsapps/7/qrcode': () => reply(200, { status: 'qrcode', qrcode: 'data:image/png;base64,AAAA' }),
    'GET /api/queues': () => reply(200, { queues: [] }),
  });
});

async function openQr() {
  const view = renderApp('/connections');
  await view.user.click(await screen.findByRole('button', { name: 'Mostrar QR code de Loja Centro' }));
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Conectar Loja Centro' }) };
}

describe('QR code dialog', () => {
  it('shows the code as selectable text and copies it with one click, saying so', async () => {
    const { user, dialog } = await openQr();
    const text = within(dialog).getByRole('textbox', { name: 'Código do QR (texto)' });
    expect(text).toHaveValue(PAYLOAD);
    expect(text).toHaveAttribute('readonly');

    await user.click(within(dialog).getByRole('button', { name: 'Copiar código' }));
    expect(await screen.findByText('Código copiado')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(PAYLOAD);
  });

  it('selects the text for Ctrl+C when the browser refuses the clipboard (plain HTTP)', async () => {
    const { user, dialog } = await openQr();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(within(dialog).getByRole('button', { name: 'Copiar código' }));
    expect(await screen.findByText('Não foi possível copiar. O código está selecionado: copie com Ctrl+C.')).toBeInTheDocument();
    const text = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Código do QR (texto)' });
    await waitFor(() => expect([text.selectionStart, text.selectionEnd]).toEqual([0, PAYLOAD.length]));
  });

  it('offers no code to copy while there is none (a code expired, the next one on its way)', async () => {
    const { dialog } = await openQr();
    expect(within(dialog).getByRole('button', { name: 'Copiar código' })).toBeInTheDocument();
    act(() => sockets.at(-1)?.serverEmit('whatsappSession', { action: 'updated', whatsapp: { ...pairing, status: 'OPENING', qrcode: null } }));
    expect(await within(dialog).findByRole('progressbar', { name: 'Aguardando o QR code' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Copiar código' })).toBeNull();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
  });
});
