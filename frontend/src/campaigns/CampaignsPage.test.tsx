import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../api/session';
import { apiError, installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeCampaign, makeStats } from './campaignFixtures';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const running = makeCampaign({
  name: 'Black Friday',
  status: 'running',
  createdAt: '2026-12-02T12:00:00.000Z',
  startedAt: '2026-12-02T12:00:00.000Z',
  stats: makeStats({ total: 200, pending: 150, sent: 50, delivered: 40, read: 10 }),
});
const draft = makeCampaign({ name: 'Natal', status: 'draft', createdAt: '2026-12-01T12:00:00.000Z' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: supervisor });
});

const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name).closest('tr') as HTMLElement;

describe('Campaigns page', () => {
  it('lists campaigns with status chips, connection and progress, and follows the socket', async () => {
    installFetch({ 'GET /api/campaigns': () => reply(200, { campaigns: [running, draft] }) });
    renderApp('/campaigns');
    const table = await screen.findByRole('table', { name: 'Lista de campanhas' });
    const row = rowOf(table, 'Black Friday');
    expect(within(row).getByText('Enviando')).toBeInTheDocument();
    expect(within(row).getByText('Loja Centro')).toBeInTheDocument();
    expect(within(row).getByText('50 de 200')).toBeInTheDocument();
    expect(within(rowOf(table, 'Natal')).getByText('Rascunho')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Pausar Black Friday' })).toBeInTheDocument();
    expect(within(rowOf(table, 'Natal')).getByRole('button', { name: 'Excluir Natal' })).toBeInTheDocument();

    act(() => sockets[0]!.serverEmit('campaign', { action: 'updated', campaign: { ...running, stats: { ...running.stats, pending: 20, sent: 180 } } }));
    expect(await within(row).findByText('180 de 200')).toBeInTheDocument();
    act(() => sockets[0]!.serverEmit('campaign', { action: 'updated', campaign: { ...running, status: 'finished' } }));
    expect(await within(row).findByText('Concluída')).toBeInTheDocument();
    act(() => sockets[0]!.serverEmit('campaign', { action: 'deleted', campaign: draft }));
    await waitFor(() => expect(within(table).queryByText('Natal')).not.toBeInTheDocument());
  });

  it('pauses at once, cancels only after asking, and shows a refusal in the app’s words', async () => {
    const net = installFetch({
      'GET /api/campaigns': () => reply(200, { campaigns: [running, draft] }),
      [`POST /api/campaigns/${running.id}/pause`]: () => reply(200, { campaign: { ...running, status: 'paused' } }),
      [`POST /api/campaigns/${running.id}/cancel`]: () => apiError(409, 'ERR_CAMPAIGN_STATE'),
    });
    const { user } = renderApp('/campaigns');
    const table = await screen.findByRole('table', { name: 'Lista de campanhas' });
    const row = rowOf(table, 'Black Friday');
    await user.click(within(row).getByRole('button', { name: 'Pausar Black Friday' }));
    expect(await screen.findByText('Campanha pausada')).toBeInTheDocument();
    expect(within(row).getByText('Pausada')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Cancelar Black Friday' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancelar a campanha?' });
    expect(net.calls('POST', `/api/campaigns/${running.id}/cancel`)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Cancelar campanha' }));
    expect(await screen.findByText('Isso não é possível no estado atual da campanha.')).toBeInTheDocument();
    expect(net.calls('POST', `/api/campaigns/${running.id}/cancel`)).toHaveLength(1);
  });

  it('deletes a draft after asking', async () => {
    const net = installFetch({
      'GET /api/campaigns': () => reply(200, { campaigns: [running, draft] }),
      [`DELETE /api/campaigns/${draft.id}`]: () => reply(200, { campaign: draft }),
    });
    const { user } = renderApp('/campaigns');
    const table = await screen.findByRole('table', { name: 'Lista de campanhas' });
    await user.click(within(rowOf(table, 'Natal')).getByRole('button', { name: 'Excluir Natal' }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir o rascunho?' });
    await user.click(within(confirm).getByRole('button', { name: 'Excluir' }));
    expect(await screen.findByText('Rascunho excluído')).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByText('Natal')).not.toBeInTheDocument());
    expect(net.calls('DELETE', `/api/campaigns/${draft.id}`)).toHaveLength(1);
  });

  it('is not in the menu nor open to attendants', async () => {
    session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
    installFetch({});
    renderApp('/campaigns');
    expect(await screen.findByText('Acesso restrito')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Campanhas/ })).not.toBeInTheDocument();
  });
});
