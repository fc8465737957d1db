import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeAiUsage } from '../aiAgents/aiUsageFixtures';
import type { StoredAlert } from './alertsApi';
import { resetBrowserFakes } from './notificationTestEnv';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const server = (event: string, payload?: unknown) => act(() => sockets.at(-1)?.serverEmit(event, payload));
const unreachable: StoredAlert = {
  id: 3,
  whatsappId: 7,
  whatsappName: 'Loja Centro',
  reason: 'unreachable',
  period: null,
  createdAt: '2026-12-01T13:05:00.000Z',
};
const usageView = makeAiUsage();
const loggedOut: StoredAlert = { id: 4, whatsappId: 8, whatsappName: 'Filial', reason: 'loggedOut', period: null, createdAt: '2026-12-01T14:00:00.000Z' };

beforeEach(async () => {
  await resetAppState();
  resetBrowserFakes();
  sockets.length = 0;
});

// A page without requests of its own: every request seen here is the bell's (or the tab title's).
const renderQuietPage = async () => {
  const view = renderApp('/nowhere');
  await screen.findByText('Página não encontrada');
  return view;
};

describe('the bell of an admin', () => {
  it('shows the alerts stored while the admin was away, merges live ones, and lets each go once seen', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    let onServer = [unreachable];
    const net = installFetch({
      'GET /api/alerts': () => reply(200, { alerts: onServer }),
      'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null }),
      'POST /api/alerts/3/seen': () => reply(204),
      'POST /api/alerts/4/seen': () => reply(204),
      'POST /api/alerts/5/seen': () => reply(204),
    });
    const { user } = await renderQuietPage();
    server('connect'); // stored alerts are read on every (re)connection
    const bell = await screen.findByRole('button', { name: 'Notificações: 1 alerta não visto' });

    await user.click(bell);
    const panel = screen.getByRole('dialog', { name: 'Notificações' });
    const text = 'A conexão Loja Centro não consegue falar com o WhatsApp. O Atende segue tentando; verifique a internet do servidor.';
    expect(within(panel).getByText(text)).toBeInTheDocument();

    // Another alert arrives live, while the admin is here: it joins, newest first.
    server('whatsappSession', { action: 'alert', whatsappId: 8, reason: 'loggedOut', alert: loggedOut });
    // (The open panel hides the rest of the page from assistive technology, the bell included.)
    expect(screen.getByRole('button', { name: 'Notificações: 2 alertas não vistos', hidden: true })).toBeInTheDocument();
    const items = within(within(panel).getByRole('list', { name: 'Alertas' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('A conexão Filial foi desconectada pelo celular.');

    await user.click(within(panel).getByRole('button', { name: `Marcar como visto: ${text}` }));
    expect(net.calls('POST', '/api/alerts/3/seen')).toHaveLength(1);
    expect(within(panel).queryByText(text)).toBeNull();
    expect(screen.getByRole('button', { name: 'Notificações: 1 alerta não visto', hidden: true })).toBeInTheDocument();

    // A reconnection reads them again (here with one raised while the socket was down): the one seen here stays
    // away even if the server answers before it heard of it.
    const whileDown: StoredAlert = { ...unreachable, id: 5, whatsappName: 'Depósito', createdAt: '2026-12-01T15:00:00.000Z' };
    onServer = [whileDown, loggedOut, unreachable];
    server('connect');
    expect(await within(panel).findByText(/A conexão Depósito não consegue/)).toBeInTheDocument();
    expect(within(panel).queryByText(text)).toBeNull();
    expect(within(within(panel).getByRole('list', { name: 'Alertas' })).getAllByRole('listitem')).toHaveLength(2);

    for (const name of ['Depósito', 'Filial']) {
      await user.click(within(panel).getByRole('button', { name: new RegExp(`^Marcar como visto: A conexão ${name} `) }));
    }
    expect(net.calls('POST', '/api/alerts/4/seen')).toHaveLength(1);
    expect(within(panel).getByText('Nenhum alerta novo.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Notificações', hidden: true })).toBeInTheDocument();
  });

  it('marks every alert seen at once, and keeps the mute setting below them', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = installFetch({
      'GET /api/alerts': () => reply(200, { alerts: [loggedOut, unreachable] }),
      'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null }),
      'POST /api/alerts/seen': () => reply(204),
    });
    const { user } = await renderQuietPage();
    server('connect');
    await user.click(await screen.findByRole('button', { name: 'Notificações: 2 alertas não vistos' }));
    const panel = screen.getByRole('dialog', { name: 'Notificações' });

    await user.click(within(panel).getByRole('button', { name: 'Marcar todos como vistos' }));
    expect(net.calls('POST', '/api/alerts/seen')).toHaveLength(1);
    expect(within(panel).getByText('Nenhum alerta novo.')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Silenciar notificações' }));
    expect(localStorage.getItem('atende.notifications.muted')).toBe('1');
    expect(within(panel).getByRole('button', { name: 'Ativar notificações' })).toBeInTheDocument();
  });
});

it('shows the AI budget alerts, stored and live, with their month, and opens the usage page from them', async () => {
  session.set({ accessToken: 'token-1', user: admin });
  const near: StoredAlert = { id: 9, whatsappId: null, whatsappName: null, reason: 'aiBudgetNear', period: '2026-12', createdAt: '2026-12-20T10:00:00.000Z' };
  const spent: StoredAlert = { ...near, id: 10, reason: 'aiBudgetSpent', createdAt: '2026-12-27T10:00:00.000Z' };
  const net = installFetch({
    'GET /api/alerts': () => reply(200, { alerts: [near] }),
    'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null }),
    'GET /api/ai-usage': () => reply(200, usageView),
  });
  const { user } = await renderQuietPage();
  server('connect');
  await user.click(await screen.findByRole('button', { name: 'Notificações: 1 alerta não visto' }));
  const panel = screen.getByRole('dialog', { name: 'Notificações' });
  expect(within(panel).getByText(/Os agentes de IA já usaram 80% do limite de tokens de dezembro de 2026\./)).toBeInTheDocument();

  server('alert', { action: 'raised', alert: spent });
  const items = within(within(panel).getByRole('list', { name: 'Alertas' })).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent('Os agentes de IA atingiram o limite de tokens de dezembro de 2026');
  expect(screen.getByRole('button', { name: 'Notificações: 2 alertas não vistos', hidden: true })).toBeInTheDocument();

  await user.click(within(panel).getByText(/atingiram o limite de tokens/));
  expect(await screen.findByRole('heading', { name: 'Uso de IA' })).toBeInTheDocument();
  expect(net.calls('GET', '/api/ai-usage')).toHaveLength(1);
});

it('shows a disabled webhook alert, stored and live, and opens the webhook from it', async () => {
  session.set({ accessToken: 'token-1', user: admin });
  const base = { whatsappId: null, whatsappName: null, reason: 'webhookDisabled', period: null } as const;
  const disabled: StoredAlert = { ...base, id: 11, webhookId: 12, webhookName: 'ERP', createdAt: '2026-12-02T10:00:00.000Z' };
  const unnamed: StoredAlert = { ...base, id: 12, createdAt: '2026-12-02T11:00:00.000Z' };
  const webhook = {
    id: 12,
    name: 'ERP',
    url: 'https://erp.example.com/hook',
    events: ['message.created'],
    active: false,
    allowLocal: false,
    failingSince: '2026-12-01T10:00:00.000Z',
    disabledAt: '2026-12-02T10:00:00.000Z',
    createdAt: '2026-11-01T10:00:00.000Z',
  };
  installFetch({
    'GET /api/alerts': () => reply(200, { alerts: [disabled] }),
    'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null }),
    'GET /api/webhooks/12': () => reply(200, { webhook }),
    'GET /api/webhooks/12/deliveries': () => reply(200, { deliveries: [], nextCursor: null }),
  });
  const { user } = await renderQuietPage();
  server('connect');
  await user.click(await screen.findByRole('button', { name: 'Notificações: 1 alerta não visto' }));
  const panel = screen.getByRole('dialog', { name: 'Notificações' });
  expect(within(panel).getByText('O webhook ERP falhou por um dia inteiro e foi desativado. Corrija o destino e reative-o em Webhooks.')).toBeInTheDocument();

  server('alert', { action: 'raised', alert: unnamed });
  expect(within(panel).getByText(/^Um webhook falhou por um dia inteiro/)).toBeInTheDocument();

  await user.click(within(panel).getByText(/^O webhook ERP falhou/));
  expect(await screen.findByRole('heading', { name: 'ERP' })).toBeInTheDocument();
  expect(screen.getByText(/Este webhook foi desativado em/)).toBeInTheDocument();
});

it('asks nothing about alerts for an attendant: their bell is the mute switch', async () => {
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
  const net = installFetch({ 'GET /api/tickets': () => reply(200, { tickets: [], nextCursor: null }) });
  await renderQuietPage();
  server('connect');
  await waitFor(() => expect(net.calls('GET', '/api/tickets')).toHaveLength(1)); // the tab title's load: the connection is up
  expect(net.calls('GET', '/api/alerts')).toHaveLength(0);
  expect(screen.getByRole('button', { name: 'Silenciar notificações' })).toBeInTheDocument();
});
