import { screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { session } from '../api/session';
import { installFetch, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const bia = makeUser({ name: 'Bia Atendente', email: 'bia@example.com', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

/** The availability route answers the user as the server would store it. */
function availabilityServer() {
  return installFetch({
    [`PUT /api/users/${bia.id}/availability`]: ({ body }) => {
      const { paused, reason } = body as { paused: boolean; reason?: string | null };
      return reply(200, { user: { ...bia, pausedAt: paused ? new Date().toISOString() : null, pauseReason: paused ? (reason ?? null) : null } });
    },
  });
}

describe('availability toggle in the top bar', () => {
  it('pauses with a quick reason, shows the pause, and comes back available', async () => {
    session.set({ accessToken: 'token-1', user: bia });
    const net = availabilityServer();
    const { user } = renderApp('/nao-existe');

    await user.click(await screen.findByRole('button', { name: 'Sua disponibilidade: Disponível' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pausar atendimentos' });
    expect(within(dialog).getByText(/não recebe novos atendimentos da distribuição automática/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Almoço' }));
    expect(within(dialog).getByLabelText('Motivo (opcional)')).toHaveValue('Almoço');
    await user.click(within(dialog).getByRole('button', { name: 'Pausar' }));

    expect(await screen.findByRole('button', { name: 'Sua disponibilidade: Em pausa: Almoço' })).toBeInTheDocument();
    expect(await screen.findByText('Você está em pausa e não recebe novos atendimentos.')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/users/${bia.id}/availability`)[0]?.body).toEqual({ paused: true, reason: 'Almoço' });
    expect(session.get().user?.pauseReason).toBe('Almoço'); // the whole app reads the pause from the session

    await user.click(screen.getByRole('button', { name: 'Sua disponibilidade: Em pausa: Almoço' }));
    expect(await screen.findByRole('button', { name: 'Sua disponibilidade: Disponível' })).toBeInTheDocument();
    expect(net.calls('PUT', `/api/users/${bia.id}/availability`)[1]?.body).toEqual({ paused: false });
  });

  it('a free-text reason, or none at all', async () => {
    session.set({ accessToken: 'token-1', user: bia });
    const net = availabilityServer();
    const { user } = renderApp('/nao-existe');

    await user.click(await screen.findByRole('button', { name: 'Sua disponibilidade: Disponível' }));
    let dialog = await screen.findByRole('dialog', { name: 'Pausar atendimentos' });
    await user.type(within(dialog).getByLabelText('Motivo (opcional)'), '  Médico  ');
    await user.click(within(dialog).getByRole('button', { name: 'Pausar' }));
    expect(await screen.findByRole('button', { name: 'Sua disponibilidade: Em pausa: Médico' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Sua disponibilidade: Em pausa/ }));
    await user.click(await screen.findByRole('button', { name: 'Sua disponibilidade: Disponível' }));
    dialog = await screen.findByRole('dialog', { name: 'Pausar atendimentos' });
    await user.click(within(dialog).getByRole('button', { name: 'Pausar' }));
    expect(await screen.findByRole('button', { name: 'Sua disponibilidade: Em pausa' })).toBeInTheDocument();
    expect(net.calls('PUT', `/api/users/${bia.id}/availability`).map((c) => c.body)).toEqual([
      { paused: true, reason: 'Médico' },
      { paused: false },
      { paused: true, reason: null },
    ]);
  });

  it('a supervisor’s pause arrives live, with who did it', async () => {
    session.set({ accessToken: 'token-1', user: bia });
    installFetch({});
    renderApp('/nao-existe');
    await screen.findByRole('button', { name: 'Sua disponibilidade: Disponível' });

    const pausedAt = new Date().toISOString();
    act(() =>
      sockets.at(-1)?.serverEmit('availability', { user: { ...bia, pausedAt, pauseReason: 'Reunião' }, byUserId: bia.id + 1, byName: 'Sara Supervisora' }),
    );
    expect(await screen.findByRole('button', { name: 'Sua disponibilidade: Em pausa: Reunião' })).toBeInTheDocument();
    expect(await screen.findByText('Sara Supervisora colocou você em pausa.')).toBeInTheDocument();

    act(() => sockets.at(-1)?.serverEmit('availability', { user: bia, byUserId: bia.id + 1, byName: 'Sara Supervisora' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sua disponibilidade: Disponível' })).toBeInTheDocument());
    expect(await screen.findByText('Sara Supervisora deixou você disponível.')).toBeInTheDocument();
  });
});
