import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeConnection, makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { Connection } from './connectionsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
// Pages and dialogs take longer than the default second to settle when the machine is shared.
configure({ asyncUtilTimeout: 5000 });

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: admin });
});

function connection(overrides: Partial<Connection> = {}): Connection {
  return makeConnection({
    id: 7,
    name: 'Loja Centro',
    status: 'DISCONNECTED',
    qrcode: null,
    number: null,
    isDefault: true,
    greetingMessage: null,
    farewellMessage: null,
    retries: 0,
    ...overrides,
  });
}

const emit = (payload: unknown) => act(() => sockets.at(-1)?.serverEmit('whatsappSession', payload));

describe('ConnectionsPage', () => {
  it('creates a connection, shows the live QR and closes it when the phone connects', async () => {
    const created = connection();
    const net = installFetch({
      'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
      'GET /api/queues': () => reply(200, { queues: [] }),
      'GET /api/ai-agents': () => reply(200, { aiAgents: [] }),
      'POST /api/whatsapps': () => reply(201, { whatsapp: created }),
      'POST /api/whatsapps/7/session': () => reply(202, {}),
      'GET /api/whatsapps/7/qrcode': () =>
        reply(200, { status: 'qrcode', qrcode: `data:image/png;base64,${net.calls('GET', '/api/whatsapps/7/qrcode').length}` }),
    });
    const { user } = renderApp('/connections');

    await user.click(await screen.findByRole('button', { name: 'Nova conexão' }));
    const form = screen.getByRole('dialog', { name: 'Nova conexão' });
    await user.type(within(form).getByLabelText(/^Nome/), 'Loja Centro');
    await user.click(within(form).getByRole('button', { name: 'Criar' }));

    // Creating starts the session and opens the QR dialog, waiting for the first code.
    const qrDialog = await screen.findByRole('dialog', { name: 'Conectar Loja Centro' });
    expect(net.calls('POST', '/api/whatsapps')[0]?.body).toEqual({
      name: 'Loja Centro',
      isDefault: false,
      greetingMessage: '',
      farewellMessage: '',
      aiAgentId: null,
      queueIds: [],
    });
    expect(net.calls('POST', '/api/whatsapps/7/session')).toHaveLength(1);

    emit({ action: 'updated', whatsapp: { ...created, status: 'qrcode', qrcode: '2@first,payload' } });
    const image = await within(qrDialog).findByRole('img', { name: 'QR code para conectar o WhatsApp' });
    expect(image).toHaveAttribute('src', 'data:image/png;base64,1');
    expect(qrDialog.querySelector('[data-qr]')).toHaveAttribute('data-qr', '2@first,payload');
    expect(within(qrDialog).getByText('Aguardando leitura')).toBeInTheDocument();

    // WhatsApp rotates the code: a new payload fetches a new image.
    emit({ action: 'updated', whatsapp: { ...created, status: 'qrcode', qrcode: '2@second,payload' } });
    await waitFor(() =>
      expect(within(qrDialog).getByRole('img', { name: 'QR code para conectar o WhatsApp' })).toHaveAttribute('src', 'data:image/png;base64,2'),
    );
    expect(qrDialog.querySelector('[data-qr]')).toHaveAttribute('data-qr', '2@second,payload');

    // The phone scanned: the dialog closes by itself and the chip says Connected.
    emit({ action: 'updated', whatsapp: { ...created, status: 'CONNECTED', number: '5511999990001' } });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Conectar Loja Centro' })).toBeNull());
    const row = within(await screen.findByRole('table', { name: 'Lista de conexões' }))
      .getByText('Loja Centro')
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('Conectado')).toBeInTheDocument();
    expect(within(row).getByText('5511999990001')).toBeInTheDocument();
  });

  it('asks before deleting and before disconnecting', async () => {
    const live = connection({ status: 'CONNECTED', number: '5511999990001' });
    const net = installFetch({
      'GET /api/whatsapps': () => reply(200, { whatsapps: [live] }),
      'DELETE /api/whatsapps/7/session': () => reply(204),
      'DELETE /api/whatsapps/7': () => reply(204),
      'GET /api/queues': () => reply(200, { queues: [] }),
    });
    const { user } = renderApp('/connections');

    await user.click(await screen.findByRole('button', { name: 'Desconectar Loja Centro' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Desconectar?' })).getByRole('button', { name: 'Desconectar' }));
    await waitFor(() => expect(net.calls('DELETE', '/api/whatsapps/7/session')).toHaveLength(1));

    await user.click(await screen.findByRole('button', { name: 'Excluir Loja Centro' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Excluir conexão?' })).getByRole('button', { name: 'Excluir' }));
    await waitFor(() => expect(net.calls('DELETE', '/api/whatsapps/7')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Lista de conexões' })).toBeNull());
  });

  it('shows a dropped connection that keeps reconnecting: which attempt, and a countdown to the next', async () => {
    const live = connection({ status: 'CONNECTED', number: '5511999990001' });
    installFetch({
      'GET /api/whatsapps': () => reply(200, { whatsapps: [live] }),
      'GET /api/queues': () => reply(200, { queues: [] }),
    });
    renderApp('/connections');
    const row = within(await screen.findByRole('table', { name: 'Lista de conexões' }))
      .getByText('Loja Centro')
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('Conectado')).toBeInTheDocument();

    const soon = new Date(Date.now() + 2_000).toISOString();
    emit({ action: 'updated', whatsapp: { ...live, status: 'OPENING', retries: 14, nextAttemptAt: soon } });
    expect(await within(row).findByText('Reconectando')).toBeInTheDocument();
    expect(within(row).getByText(/^tentativa 14, próxima em [12] s$/)).toBeInTheDocument();
    // The countdown runs by itself until the attempt is due.
    await waitFor(() => expect(within(row).getByText('tentativa 14, tentando agora')).toBeInTheDocument());

    emit({ action: 'updated', whatsapp: { ...live, status: 'CONNECTED', retries: 0, nextAttemptAt: null } });
    expect(await within(row).findByText('Conectado')).toBeInTheDocument();
    expect(within(row).queryByText(/tentativa/)).toBeNull();
  });

  it('is for admins only', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
    installFetch({});
    renderApp('/connections');
    expect(await screen.findByText('Acesso restrito')).toBeInTheDocument();
  });
});
