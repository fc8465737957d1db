import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeConnection, makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { Connection } from './connectionsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
// Pages and dialogs take longer than the default second to settle when the machine is shared.
configure({ asyncUtilTimeout: 5000 });

const QUEUES = [
  { id: 1, name: 'Vendas', color: '#1e88e5' },
  { id: 2, name: 'Suporte', color: '#43a047' },
  { id: 3, name: 'Financeiro', color: '#fdd835' },
];

function connection(overrides: Partial<Connection> = {}): Connection {
  return makeConnection({
    id: 7,
    name: 'Loja Centro',
    status: 'CONNECTED',
    qrcode: null,
    number: '5511999990001',
    isDefault: true,
    greetingMessage: null,
    farewellMessage: null,
    retries: 0,
    queueIds: [2],
    ...overrides,
  });
}

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ name: 'Ana Admin', profile: 'admin' }) });
});

const rowOf = async (name: string) =>
  within(await screen.findByRole('table', { name: 'Lista de conexões' }))
    .getByText(name)
    .closest('tr') as HTMLElement;

describe('queues served by a connection', () => {
  it('shows the queues as chips and sends the chosen queueIds on save', async () => {
    const net = installFetch({
      'GET /api/whatsapps': () => reply(200, { whatsapps: [connection()] }),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
      'GET /api/ai-agents': () => reply(200, { aiAgents: [] }),
      'PUT /api/whatsapps/7': () => reply(200, { whatsapp: connection({ queueIds: [1, 2] }) }),
    });
    const { user } = renderApp('/connections');

    const row = await rowOf('Loja Centro');
    expect(await within(row).findByRole('listitem')).toHaveTextContent('Suporte');

    await user.click(within(row).getByRole('button', { name: 'Editar Loja Centro' }));
    const form = screen.getByRole('dialog', { name: 'Editar conexão' });
    const field = within(form).getByRole('combobox', { name: 'Filas atendidas' });
    await user.click(field);
    await user.click(await screen.findByRole('option', { name: 'Vendas' }));
    await user.keyboard('{Escape}');
    await user.click(within(form).getByRole('button', { name: 'Salvar' }));

    await waitFor(() => expect(net.calls('PUT', '/api/whatsapps/7')).toHaveLength(1));
    expect(net.calls('PUT', '/api/whatsapps/7')[0]?.body).toEqual({
      name: 'Loja Centro',
      isDefault: true,
      greetingMessage: '',
      farewellMessage: '',
      aiAgentId: null,
      queueIds: [1, 2],
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Editar conexão' })).toBeNull());
    await waitFor(() =>
      expect(
        within(row)
          .getAllByRole('listitem')
          .map((chip) => chip.textContent),
      ).toEqual(['Vendas', 'Suporte']),
    );
  });

  it('creates a connection with queues, and a foreign queue is refused with a translated message', async () => {
    const net = installFetch({
      'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
      'GET /api/ai-agents': () => reply(200, { aiAgents: [] }),
      'POST /api/whatsapps': () => apiError(404, 'ERR_QUEUE_NOT_FOUND', { ids: [3] }),
    });
    const { user } = renderApp('/connections');

    await user.click(await screen.findByRole('button', { name: 'Nova conexão' }));
    const form = screen.getByRole('dialog', { name: 'Nova conexão' });
    await user.type(within(form).getByLabelText(/^Nome/), 'Filial');
    await user.click(within(form).getByRole('combobox', { name: 'Filas atendidas' }));
    await user.click(await screen.findByRole('option', { name: 'Financeiro' }));
    await user.click(await screen.findByRole('option', { name: 'Vendas' }));
    await user.keyboard('{Escape}');
    await user.click(within(form).getByRole('button', { name: 'Criar' }));

    expect(await within(form).findByText('Fila não encontrada.')).toBeInTheDocument();
    expect(net.calls('POST', '/api/whatsapps')[0]?.body).toMatchObject({ name: 'Filial', queueIds: [1, 3] });
    expect(net.calls('POST', '/api/whatsapps/7/session')).toHaveLength(0);
  });

  it('keeps the queues on a status update and refetches when a queue changes', async () => {
    let served = [2];
    const net = installFetch({
      'GET /api/whatsapps': () => reply(200, { whatsapps: [connection({ queueIds: served })] }),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
      'GET /api/ai-agents': () => reply(200, { aiAgents: [] }),
    });
    renderApp('/connections');
    const row = await rowOf('Loja Centro');
    await within(row).findByText('Suporte');

    // Status updates come without queueIds: the chips stay.
    const { queueIds: _omitted, ...withoutQueues } = connection({ status: 'DISCONNECTED' });
    act(() => sockets.at(-1)?.serverEmit('whatsappSession', { action: 'updated', whatsapp: withoutQueues }));
    await within(row).findByText('Desconectado');
    expect(within(row).getByText('Suporte')).toBeInTheDocument();

    // Someone linked the connection from the queues screen: the list is read again.
    served = [3];
    act(() => sockets.at(-1)?.serverEmit('queue', { action: 'updated', queue: { ...QUEUES[2], whatsappIds: [7] } }));
    await within(row).findByText('Financeiro');
    expect(within(row).queryByText('Suporte')).toBeNull();
    expect(net.calls('GET', '/api/whatsapps').length).toBeGreaterThanOrEqual(2);
  });
});
