import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeCampaign, makeShipping, makeStats } from './campaignFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const running = makeCampaign({
  name: 'Black Friday',
  status: 'running',
  startedAt: '2026-12-02T12:00:00.000Z',
  estimatedEndAt: '2026-12-02T14:00:00.000Z',
  stats: makeStats({ total: 10, pending: 4, sending: 1, sent: 3, delivered: 2, read: 1, replied: 1, failed: 1, optedOut: 1 }),
});
const read = makeShipping(1, { status: 'read', sentAt: '2026-12-02T12:01:00.000Z', repliedAt: '2026-12-02T12:05:00.000Z' });
const skipped = makeShipping(2, { status: 'skipped', reason: 'opted_out' });
const failed = makeShipping(3, { status: 'failed', reason: 'ERR_WHATSAPP_DISCONNECTED', variant: 1 });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: admin });
});

function server(routes = {}) {
  return installFetch({
    [`GET /api/campaigns/${running.id}`]: () => reply(200, { campaign: running, stats: running.stats }),
    [`GET /api/campaigns/${running.id}/shippings`]: ({ url }) => {
      const params = new URL(url, 'http://x').searchParams;
      const status = params.get('status');
      if (params.get('cursor') === '3') return reply(200, { shippings: [makeShipping(4)], nextCursor: null });
      return reply(200, { shippings: [read, skipped, failed].filter((s) => !status || s.status === status), nextCursor: status ? null : 3 });
    },
    ...routes,
  });
}

describe('Live campaign page', () => {
  it('shows the counters and the bar, and moves with the socket', async () => {
    server();
    renderApp(`/campaigns/${running.id}`);
    expect(await screen.findByRole('heading', { name: 'Black Friday' })).toBeInTheDocument();
    expect(screen.getByText('Enviando')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Progresso da campanha' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByText('50% enviado')).toBeInTheDocument();
    const counter = (name: string) => screen.getByRole('group', { name }).textContent;
    expect(counter('Enviadas')).toBe('Enviadas3');
    expect(counter('Responderam')).toBe('Responderam1');
    expect(counter('Pediram para sair')).toBe('Pediram para sair1');
    expect(counter('Na fila')).toBe('Na fila5');
    expect(screen.getByText(/Término previsto:/)).toBeInTheDocument();

    act(() =>
      sockets[0]!.serverEmit('campaign', {
        action: 'updated',
        campaign: {
          ...running,
          status: 'finished',
          estimatedEndAt: null,
          finishedAt: '2026-12-02T13:00:00.000Z',
          stats: { ...running.stats, pending: 0, sending: 0, sent: 8 },
        },
      }),
    );
    expect(await screen.findByText('100% enviado')).toBeInTheDocument();
    expect(screen.getByText('Concluída')).toBeInTheDocument();
    expect(counter('Enviadas')).toBe('Enviadas8');
    expect(screen.queryByText(/Término previsto:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pausar' })).not.toBeInTheDocument();
  });

  it('lists recipients page by page with why they were left out or failed, and filters by status', async () => {
    const net = server();
    const { user } = renderApp(`/campaigns/${running.id}`);
    const table = await screen.findByRole('table', { name: 'Destinatários' });
    const rowOf = (name: string) => within(table).getByText(name).closest('tr') as HTMLElement;
    expect(within(rowOf('Cliente 1')).getByText('Lida')).toBeInTheDocument();
    expect(within(rowOf('Cliente 2')).getByText('Pediu para sair')).toBeInTheDocument();
    expect(within(rowOf('Cliente 3')).getByText('Falhou')).toBeInTheDocument();
    expect(within(rowOf('Cliente 3')).getByText('A conexão está desconectada. A mensagem será enviada quando ela voltar.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Carregar mais' }));
    expect(await within(table).findByText('Cliente 4')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Situação' }));
    await user.click(await screen.findByRole('option', { name: 'Falhou' }));
    await waitFor(() => expect(screen.queryByText('Cliente 1')).not.toBeInTheDocument());
    expect(net.calls('GET', `/api/campaigns/${running.id}/shippings`).at(-1)?.url).toBe(`/api/campaigns/${running.id}/shippings?status=failed&limit=50`);
  });

  it('exports the CSV through the authenticated client, and says so when it fails', async () => {
    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    let fail = false;
    const net = server({
      [`GET /api/campaigns/${running.id}/shippings.csv`]: () =>
        fail ? apiError(404, 'ERR_CAMPAIGN_NOT_FOUND') : { status: 200, blob: new Blob(['name;number\n']) },
    });
    const { user } = renderApp(`/campaigns/${running.id}`);
    await user.click(await screen.findByRole('button', { name: 'Exportar CSV' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(net.calls('GET', `/api/campaigns/${running.id}/shippings.csv`)[0]!.headers.Authorization).toBe('Bearer token-1');
    fail = true;
    await user.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    expect(await screen.findByText('Campanha não encontrada.')).toBeInTheDocument();
  });

  it('pauses and resumes from the header; cancel asks first', async () => {
    const paused = { ...running, status: 'paused' as const };
    const net = server({
      [`POST /api/campaigns/${running.id}/pause`]: () => reply(200, { campaign: paused }),
      [`POST /api/campaigns/${running.id}/resume`]: () => reply(200, { campaign: running }),
      [`POST /api/campaigns/${running.id}/cancel`]: () => reply(200, { campaign: { ...running, status: 'cancelled' } }),
    });
    const { user } = renderApp(`/campaigns/${running.id}`);
    await user.click(await screen.findByRole('button', { name: 'Pausar' }));
    await user.click(await screen.findByRole('button', { name: 'Retomar' }));
    expect(await screen.findByText('Campanha retomada')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Cancelar campanha' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancelar a campanha?' });
    await user.click(within(confirm).getByRole('button', { name: 'Voltar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(net.calls('POST', `/api/campaigns/${running.id}/cancel`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Cancelar campanha' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Cancelar a campanha?' })).getByRole('button', { name: 'Cancelar campanha' }));
    expect(await screen.findByText('Cancelada')).toBeInTheDocument();
    expect(net.calls('POST', `/api/campaigns/${running.id}/pause`)).toHaveLength(1);
    expect(net.calls('POST', `/api/campaigns/${running.id}/cancel`)).toHaveLength(1);
  });

  it('opens a draft in the wizard, filled in', async () => {
    const draft = makeCampaign({ name: 'Natal', messages: [{ body: 'Feliz Natal!' }, { body: 'Boas festas!' }] });
    installFetch({
      [`GET /api/campaigns/${draft.id}`]: () => reply(200, { campaign: draft, stats: draft.stats }),
      'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
      'GET /api/tags': () => reply(200, { tags: [] }),
      'GET /api/contact-lists': () => reply(200, { contactLists: [] }),
      'GET /api/contacts': () => reply(200, { contacts: [], nextCursor: null }),
      'POST /api/campaigns/audience': () => reply(200, { total: 2, eligible: 2, optedOut: 0, groups: 0, invalid: 0 }),
      'POST /api/campaigns/preview': () => reply(200, { contact: null, bodies: ['Feliz Natal!', 'Boas festas!'] }),
    });
    const { user } = renderApp(`/campaigns/${draft.id}`);
    expect(await screen.findByRole('heading', { name: 'Editar rascunho' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nome da campanha/)).toHaveValue('Natal');
    await user.click(screen.getByRole('button', { name: 'Avançar' }));
    expect(await screen.findByLabelText(/^Variação 2/)).toHaveValue('Boas festas!');
  });
});
