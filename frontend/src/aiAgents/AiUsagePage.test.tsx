import { configure, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeAiUsage, tokens } from './aiUsageFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(60_000);

const admin = makeUser({ name: 'Ana Admin', profile: 'admin' });
const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

/** A table's rows as the text of their cells (the decorative bar left out). */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td:not([aria-hidden])')].map((cell) => cell.textContent));

describe('AiUsagePage', () => {
  it('shows the month against the budget, then the days with use, the agents and the kinds of use', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = installFetch({ 'GET /api/ai-usage': () => reply(200, makeAiUsage()) });
    renderApp('/ai-agents/usage');

    const month = await screen.findByRole('region', { name: 'Uso de dezembro de 2026' });
    expect(within(month).getByText('8.200 de 10.000 tokens (82%)')).toBeInTheDocument();
    expect(within(month).getByRole('progressbar', { name: 'Parte do limite mensal já usada' })).toHaveAttribute('aria-valuenow', '82');
    expect(within(month).getByText('7.000 enviados · 1.200 gerados · 9 chamadas')).toBeInTheDocument();
    expect(within(month).getByText('Mais de 80% do limite já foi usado.')).toBeInTheDocument();
    expect(within(month).getByRole('link', { name: 'Alterar o limite em Configurações' })).toHaveAttribute('href', '/settings');

    // Only the days with any use; the numbers in the reader's language.
    expect(rowsOf(screen.getByRole('table', { name: 'Por dia' })).map((cells) => cells.slice(1, 5))).toEqual([
      ['4', '3.000', '500', '3.500'],
      ['5', '4.000', '700', '4.700'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Por agente' })).map((cells) => [cells[0], cells[4]])).toEqual([
      ['Assistente de vendas', '7.000'],
      ['Agente excluído', '1.200'],
    ]);
    expect(rowsOf(screen.getByRole('table', { name: 'Por uso' })).map((cells) => [cells[0], cells[1]])).toEqual([
      ['Respostas aos clientes', '8'],
      ['Playground', '1'],
    ]);
    expect(net.calls('GET', '/api/ai-usage')[0]?.url).not.toContain('from=');
    expect(screen.getByRole('tab', { name: 'Uso', selected: true })).toBeInTheDocument();
  });

  it('says when the budget is spent, and when there is none (no bar, only what was used)', async () => {
    session.set({ accessToken: 'token-1', user: supervisor });
    let view = makeAiUsage();
    view = { ...view, month: { ...view.month, ...tokens(9000, 1500, 12), spent: true } };
    const net = installFetch({ 'GET /api/ai-usage': () => reply(200, view) });
    const first = renderApp('/ai-agents/usage');
    const month = await screen.findByRole('region', { name: 'Uso de dezembro de 2026' });
    expect(within(month).getByText('10.500 de 10.000 tokens (105%)')).toBeInTheDocument();
    expect(within(month).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(within(month).getByText(/Limite atingido: os agentes de IA passam as conversas direto para a equipe/)).toBeInTheDocument();
    // Settings are the admins': a supervisor gets no link there.
    expect(within(month).queryByRole('link')).not.toBeInTheDocument();
    first.unmount();

    await resetAppState();
    session.set({ accessToken: 'token-1', user: admin });
    view = makeAiUsage({ perDay: [{ day: '2026-12-01', ...tokens(0, 0, 0) }], agents: [], purposes: [] });
    view = { ...view, month: { ...view.month, ...tokens(0, 0, 0), budget: null } };
    installFetch({ 'GET /api/ai-usage': () => reply(200, view) });
    renderApp('/ai-agents/usage');
    const empty = await screen.findByRole('region', { name: 'Uso de dezembro de 2026' });
    expect(within(empty).getByText('0 tokens, sem limite mensal')).toBeInTheDocument();
    expect(within(empty).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(empty).getByRole('link', { name: 'Definir um limite em Configurações' })).toBeInTheDocument();
    expect(screen.getByText('Nenhum uso de IA neste mês.')).toBeInTheDocument();
    expect(net.calls('GET', '/api/ai-usage')).toHaveLength(1);
  });

  it('shows an earlier month from the picker, asking for its first to its last day', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    const net = installFetch({
      'GET /api/ai-usage': ({ url }) =>
        reply(
          200,
          url.includes('from=2026-11-01') ? makeAiUsage({ perDay: [{ day: '2026-11-30', ...tokens(100, 20, 1) }], agents: [], purposes: [] }) : makeAiUsage(),
        ),
    });
    const { user } = renderApp('/ai-agents/usage');
    await user.click(await screen.findByRole('combobox', { name: 'Mês' }));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(12);
    expect(options.slice(0, 2).map((o) => o.textContent)).toEqual(['dezembro de 2026', 'novembro de 2026']);
    await user.click(options[1]!);

    await waitFor(() => expect(rowsOf(screen.getByRole('table', { name: 'Por dia' }))).toHaveLength(1));
    expect(net.calls('GET', '/api/ai-usage').at(-1)?.url).toMatch(/from=2026-11-01&to=2026-11-30/);
    // The card still tells the current month against its budget.
    expect(screen.getByRole('region', { name: 'Uso de dezembro de 2026' })).toBeInTheDocument();
  });

  it('is reached from the agents page’s tabs, and kept from attendants', async () => {
    session.set({ accessToken: 'token-1', user: admin });
    installFetch({ 'GET /api/ai-agents': () => reply(200, { aiAgents: [] }), 'GET /api/ai-usage': () => reply(200, makeAiUsage()) });
    const { user } = renderApp('/ai-agents');
    await user.click(await screen.findByRole('tab', { name: 'Uso' }));
    expect(await screen.findByRole('heading', { name: 'Uso de IA' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Agentes' }));
    expect(await screen.findByRole('heading', { name: 'Agentes de IA' })).toBeInTheDocument();
  });

  it('answers "no permission" to an attendant without asking the server', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
    const net = installFetch({});
    renderApp('/ai-agents/usage');
    expect(await screen.findByRole('heading', { name: 'Acesso restrito' })).toBeInTheDocument();
    expect(net.calls('GET', '/api/ai-usage')).toHaveLength(0);
  });
});
