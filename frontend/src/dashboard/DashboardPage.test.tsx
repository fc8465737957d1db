import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import type { Dashboard } from './dashboardApi';
import { dayString, todayIn } from './dashboardRange';
import './chartTestEnv';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const NO_CSAT = { count: 0, average: null, distribution: [0, 0, 0, 0, 0] };

const QUEUES = [
  { id: 1, name: 'Vendas', color: '#1e88e5' },
  { id: 2, name: 'Suporte', color: '#43a047' },
];

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    // The company in the browser's zone, so the browser's days are its days (another zone: its own test).
    range: { from: '2026-11-15T03:00:00.000Z', to: '2026-11-22T03:00:00.000Z', timezone: BROWSER_ZONE },
    now: { pending: 4, open: 9 },
    totals: { created: 57, closed: 41, contactsCreated: 12, avgWaitingSeconds: 185, avgHandlingSeconds: 5460 },
    csat: { count: 12, average: 4.25, distribution: [1, 0, 1, 4, 6] },
    perDay: [
      { day: '2026-11-20', created: 30, closed: 20, contactsCreated: 5 },
      { day: '2026-11-21', created: 27, closed: 21, contactsCreated: 7 },
    ],
    perHour: Array.from({ length: 24 }, (_, hour) => ({ hour, created: hour === 10 ? 57 : 0, closed: hour === 11 ? 41 : 0 })),
    attendants: [
      { userId: 3, name: 'Bruno', closed: 11, avgHandlingSeconds: 900, csat: { count: 4, average: 3.5, distribution: [1, 0, 0, 1, 2] } },
      { userId: 2, name: 'Carla', closed: 30, avgHandlingSeconds: 7200, csat: { count: 8, average: 4.63, distribution: [0, 0, 1, 1, 6] } },
      { userId: 4, name: 'Ana', closed: 0, avgHandlingSeconds: null, csat: NO_CSAT },
    ],
    queues: [
      {
        queueId: 1,
        name: 'Vendas',
        created: 40,
        closed: 30,
        avgWaitingSeconds: 60,
        avgHandlingSeconds: 3000,
        csat: { count: 12, average: 4.25, distribution: [1, 0, 1, 4, 6] },
      },
      { queueId: null, name: null, created: 17, closed: 11, avgWaitingSeconds: 45, avgHandlingSeconds: 90061, csat: NO_CSAT },
    ],
    closeReasons: [
      { closeReasonId: 1, name: 'Resolvido', count: 30 },
      { closeReasonId: null, name: null, count: 11 },
    ],
    ...overrides,
  };
}

const EMPTY: Dashboard = {
  ...dashboard(),
  now: { pending: 0, open: 0 },
  totals: { created: 0, closed: 0, contactsCreated: 0, avgWaitingSeconds: null, avgHandlingSeconds: null },
  perDay: [{ day: '2026-11-21', created: 0, closed: 0, contactsCreated: 0 }],
  attendants: [],
  queues: [],
  closeReasons: [],
};

const daysBack = (n: number) => {
  const d = new Date();
  return dayString(new Date(d.getFullYear(), d.getMonth(), d.getDate() - n));
};
const card = (name: string) => screen.getByRole('group', { name });
const column = (table: HTMLElement, index: number) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent);

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ name: 'Sara Supervisora', profile: 'supervisor' }) });
});

describe('DashboardPage', () => {
  it('asks for the last 7 days, shows the cards with humanised durations and sortable tables', async () => {
    const net = installFetch({
      'GET /api/dashboard': () => reply(200, dashboard()),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
    });
    const { user } = renderApp('/dashboard');

    expect(await screen.findByRole('heading', { name: 'Painel' })).toBeInTheDocument();
    await screen.findByRole('group', { name: 'Aguardando agora' });
    const url = new URL(net.calls('GET', '/api/dashboard')[0]!.url, 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: daysBack(6), to: daysBack(0) });

    expect(card('Aguardando agora')).toHaveTextContent('4');
    expect(card('Em atendimento agora')).toHaveTextContent('9');
    expect(card('Atendimentos criados')).toHaveTextContent('57');
    expect(card('Atendimentos resolvidos')).toHaveTextContent('41');
    expect(card('Contatos novos')).toHaveTextContent('12');
    expect(card('Espera média')).toHaveTextContent('3 min 5 s');
    expect(card('Atendimento médio')).toHaveTextContent('1 h 31 min');
    expect(screen.getByRole('figure', { name: 'Atendimentos por dia' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Atendimentos por hora do dia' })).toBeInTheDocument();

    // Attendants start with who resolved most; a click on a header sorts by it, a second click reverses.
    const attendants = screen.getByRole('table', { name: 'Atendentes' });
    expect(column(attendants, 0)).toEqual(['Carla', 'Bruno', 'Ana']);
    expect(column(attendants, 2)).toEqual(['2 h', '15 min', '—']);
    await user.click(within(attendants).getByRole('button', { name: 'Atendente' }));
    expect(column(attendants, 0)).toEqual(['Ana', 'Bruno', 'Carla']);
    await user.click(within(attendants).getByRole('button', { name: 'Atendente' }));
    expect(column(attendants, 0)).toEqual(['Carla', 'Bruno', 'Ana']);

    const queues = screen.getByRole('table', { name: 'Filas' });
    expect(column(queues, 0)).toEqual(['Vendas', 'Sem fila']);
    expect(column(queues, 4)).toEqual(['50 min', '1 d 1 h']);
    await user.click(within(queues).getByRole('button', { name: 'Espera média' }));
    expect(column(queues, 0)).toEqual(['Vendas', 'Sem fila']);
    await user.click(within(queues).getByRole('button', { name: 'Espera média' }));
    expect(column(queues, 0)).toEqual(['Sem fila', 'Vendas']);
  });

  it('changes the period with the presets, a custom range and the queue filter', async () => {
    // A month is drawn as a line over a time axis (bars would be slivers).
    const month = Array.from({ length: 30 }, (_, i) => ({ day: daysBack(29 - i), created: i, closed: i % 3, contactsCreated: 0 }));
    const net = installFetch({
      'GET /api/dashboard': (request) => reply(200, dashboard(request.url.includes(`from=${daysBack(29)}`) ? { perDay: month } : {})),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
    });
    const { user } = renderApp('/dashboard');
    await screen.findByRole('group', { name: 'Aguardando agora' });
    const lastQuery = () => Object.fromEntries(new URL(net.calls('GET', '/api/dashboard').at(-1)!.url, 'http://x').searchParams);

    await user.click(screen.getByRole('button', { name: 'Hoje' }));
    await waitFor(() => expect(lastQuery()).toEqual({ from: daysBack(0), to: daysBack(0) }));
    await user.click(screen.getByRole('button', { name: '30 dias' }));
    await waitFor(() => expect(lastQuery()).toEqual({ from: daysBack(29), to: daysBack(0) }));
    await waitFor(() => expect(screen.getByRole('figure', { name: 'Atendimentos por dia' }).querySelector('svg')).not.toBeNull());

    await user.click(screen.getByRole('combobox', { name: 'Fila' }));
    await user.click(await screen.findByRole('option', { name: 'Suporte' }));
    await waitFor(() => expect(lastQuery()).toEqual({ from: daysBack(29), to: daysBack(0), queueId: '2' }));

    await user.click(screen.getByRole('button', { name: 'Personalizado' }));
    const from = screen.getByLabelText('De');
    await user.clear(from);
    await user.type(from, '2026-03-01');
    const to = screen.getByLabelText('Até');
    await user.clear(to);
    await user.type(to, '2026-03-31');
    const before = net.calls('GET', '/api/dashboard').length;
    await user.click(screen.getByRole('button', { name: 'Aplicar' }));
    await waitFor(() => expect(lastQuery()).toEqual({ from: '2026-03-01', to: '2026-03-31', queueId: '2' }));
    expect(net.calls('GET', '/api/dashboard')).toHaveLength(before + 1);
  });

  it('translates a range the server refuses', async () => {
    installFetch({
      'GET /api/dashboard': (request) => (request.url.includes('from=2026-05-01') ? apiError(400, 'ERR_DASHBOARD_RANGE_INVALID') : reply(200, dashboard())),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
    });
    const { user } = renderApp('/dashboard');
    await screen.findByRole('group', { name: 'Aguardando agora' });

    await user.click(screen.getByRole('button', { name: 'Personalizado' }));
    await user.clear(screen.getByLabelText('De'));
    await user.type(screen.getByLabelText('De'), '2026-05-01');
    await user.clear(screen.getByLabelText('Até'));
    await user.type(screen.getByLabelText('Até'), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Aplicar' }));
    expect(await screen.findByText('A data inicial precisa ser anterior à final.')).toBeInTheDocument();
  });

  it('shows the loading state, then the empty state of a quiet period', async () => {
    let answer: (value: ReturnType<typeof reply>) => void = () => {};
    installFetch({
      'GET /api/dashboard': () => new Promise((resolve) => (answer = resolve)),
      'GET /api/queues': () => reply(200, { queues: [] }),
    });
    renderApp('/dashboard');
    expect(await screen.findByRole('status', { name: 'Carregando…' })).toBeInTheDocument();
    answer(reply(200, EMPTY));
    expect(await screen.findByText(/Nenhum atendimento neste período/)).toBeInTheDocument();
    expect(card('Espera média')).toHaveTextContent('—');
    expect(screen.getByText('Nenhum atendente no período.')).toBeInTheDocument();
  });

  it('is not for attendants', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
    installFetch({});
    renderApp('/dashboard');
    expect(await screen.findByText('Acesso restrito')).toBeInTheDocument();
  });

  it("counts the presets in the company's days once its timezone is known, whatever the browser's", async () => {
    // A zone whose today differs from the browser's right now, when there is one (UTC+14 or UTC-12).
    const zone = ['Pacific/Kiritimati', 'Etc/GMT+12'].find((z) => dayString(todayIn(z)) !== dayString(new Date())) ?? 'Pacific/Kiritimati';
    const companyDay = (n: number) => {
      const today = todayIn(zone);
      return dayString(new Date(today.getFullYear(), today.getMonth(), today.getDate() - n));
    };
    const net = installFetch({
      'GET /api/dashboard': () => reply(200, dashboard({ range: { from: '2026-11-15T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z', timezone: zone } })),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
    });
    const { user } = renderApp('/dashboard');
    const lastQuery = () => Object.fromEntries(new URL(net.calls('GET', '/api/dashboard').at(-1)!.url, 'http://x').searchParams);
    await waitFor(() => expect(lastQuery()).toEqual({ from: companyDay(6), to: companyDay(0) }));
    await user.click(screen.getByRole('button', { name: 'Hoje' }));
    await waitFor(() => expect(lastQuery()).toEqual({ from: companyDay(0), to: companyDay(0) }));
  });

  it('shows the CSAT average and distribution, and per attendant and queue', async () => {
    installFetch({
      'GET /api/dashboard': () => reply(200, dashboard()),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
    });
    renderApp('/dashboard');
    const panel = await screen.findByRole('region', { name: 'Satisfação dos clientes (CSAT)' });
    expect(within(panel).getByLabelText('Nota média')).toHaveTextContent('4,25 / 5');
    expect(panel).toHaveTextContent('12 avaliações');
    const rows = within(within(panel).getByRole('list', { name: 'Avaliações por nota' })).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual(['5 estrelas: 6', '4 estrelas: 4', '3 estrelas: 1', '2 estrelas: 0', '1 estrelas: 1']);
    const attendants = screen.getByRole('table', { name: 'Atendentes' });
    expect(column(attendants, 3)).toEqual(['4,63 (8)', '3,5 (4)', '—']);
    expect(column(screen.getByRole('table', { name: 'Filas' }), 5)).toEqual(['4,25 (12)', '—']);
  });

  it('counts the closes of the period per close reason, those without one last', async () => {
    installFetch({
      'GET /api/dashboard': () => reply(200, dashboard()),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
    });
    renderApp('/dashboard');
    const card = await screen.findByRole('region', { name: 'Motivos de encerramento' });
    const rows = within(within(card).getByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual(['Resolvido: 30', 'Sem motivo: 11']);
  });

  it('exports the period’s tickets and the attendant table as CSV, with the separator chosen', async () => {
    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    let fail = false;
    const net = installFetch({
      'GET /api/dashboard': () => reply(200, dashboard()),
      'GET /api/queues': () => reply(200, { queues: QUEUES }),
      'GET /api/exports/tickets.csv': () => (fail ? apiError(400, 'ERR_DASHBOARD_RANGE_TOO_LONG') : { status: 200, blob: new Blob(['id;status\r\n']) }),
      'GET /api/exports/dashboard-attendants.csv': () => ({ status: 200, blob: new Blob(['attendant\r\n']) }),
    });
    const { user } = renderApp('/dashboard');
    await user.click(await screen.findByRole('button', { name: 'Exportar atendimentos' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    const tickets = net.calls('GET', '/api/exports/tickets.csv')[0]!;
    expect(tickets.headers.Authorization).toBe('Bearer token-1');
    expect(Object.fromEntries(new URL(tickets.url, 'http://x').searchParams)).toEqual({ from: daysBack(6), to: daysBack(0), sep: 'semicolon' });

    await user.click(screen.getByRole('combobox', { name: 'Separador do CSV' }));
    await user.click(await screen.findByRole('option', { name: 'Vírgula' }));
    await user.click(screen.getByRole('button', { name: 'Exportar atendentes' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(2));
    const attendants = net.calls('GET', '/api/exports/dashboard-attendants.csv')[0]!;
    expect(new URL(attendants.url, 'http://x').searchParams.get('sep')).toBe('comma');

    fail = true;
    await user.click(screen.getByRole('button', { name: 'Exportar atendimentos' }));
    expect(await screen.findByText(/um ano|1 ano|366/)).toBeInTheDocument();
  });
});
