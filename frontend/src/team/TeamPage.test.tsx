import type { TeamMemberView } from '@atende/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { session } from '../api/session';
import { installFetch, reply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const sara = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

const member = (overrides: Partial<TeamMemberView> & Pick<TeamMemberView, 'id' | 'name'>): TeamMemberView => ({
  profile: 'user',
  online: true,
  pausedAt: null,
  pauseReason: null,
  openTickets: 0,
  maxOpenTickets: null,
  queueIds: [],
  ...overrides,
});

/** A stateful team API: pausing and logging out change what the next list answers. */
function teamServer(initial: TeamMemberView[]) {
  const members = [...initial];
  const perMember = initial.flatMap((m) => [
    [
      `PUT /api/users/${m.id}/availability`,
      ({ body }: { body: unknown }) => {
        const index = members.findIndex((x) => x.id === m.id);
        const { paused, reason } = body as { paused: boolean; reason?: string | null };
        members[index] = { ...members[index]!, pausedAt: paused ? '2026-12-07T12:05:00.000Z' : null, pauseReason: paused ? (reason ?? null) : null };
        return reply(200, { user: makeUser({ id: m.id, name: m.name }) });
      },
    ],
    [
      `POST /api/users/${m.id}/logout`,
      () => {
        const index = members.findIndex((x) => x.id === m.id);
        members[index] = { ...members[index]!, online: false };
        return reply(204);
      },
    ],
  ]);
  const net = installFetch({
    'GET /api/settings': () => reply(200, { settings: { userMaxOpenTickets: 5 } }),
    'GET /api/team': () => reply(200, { members }),
    ...(Object.fromEntries(perMember) as Record<string, FakeRoute>),
  });
  return { net, members };
}

const rowOf = async (name: string) => (await within(await screen.findByRole('table', { name: 'Equipe' })).findByText(name)).closest('tr') as HTMLElement;

describe('team panel', () => {
  it('shows who is online, paused (why, since when) and their load against the cap', async () => {
    session.set({ accessToken: 'token-1', user: sara });
    teamServer([
      member({ id: 11, name: 'Ana Livre', openTickets: 2 }),
      member({ id: 12, name: 'Bia Almoço', pausedAt: '2026-12-07T12:05:00.000Z', pauseReason: 'Almoço', openTickets: 1, maxOpenTickets: 3 }),
      member({ id: 13, name: 'Caio Fora', online: false }),
    ]);
    renderApp('/team');

    const ana = await rowOf('Ana Livre');
    expect(within(ana).getByText('On-line')).toBeInTheDocument();
    expect(within(ana).getByText('Disponível')).toBeInTheDocument();
    expect(await within(ana).findByText('2 de 5')).toBeInTheDocument(); // the company's cap
    const bia = await rowOf('Bia Almoço');
    expect(within(bia).getByText('Em pausa: Almoço')).toBeInTheDocument();
    expect(within(bia).getByText(/^desde \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(within(bia).getByText('1 de 3')).toBeInTheDocument(); // her own cap
    expect(within(await rowOf('Caio Fora')).getByText('Off-line')).toBeInTheDocument();
    expect(within(await rowOf('Caio Fora')).getByRole('button', { name: 'Desconectar Caio Fora' })).toBeDisabled();
  });

  it('follows the server live: a `team` event reads the list again', async () => {
    session.set({ accessToken: 'token-1', user: sara });
    const server = teamServer([member({ id: 11, name: 'Ana Livre' })]);
    renderApp('/team');
    await rowOf('Ana Livre');

    server.members[0] = { ...server.members[0]!, pausedAt: '2026-12-07T12:05:00.000Z', pauseReason: 'Reunião', openTickets: 4 };
    act(() => sockets.at(-1)?.serverEmit('team', { userId: 11 }));
    expect(await screen.findByText('Em pausa: Reunião')).toBeInTheDocument();
    expect(within(await rowOf('Ana Livre')).getByText('4 de 5')).toBeInTheDocument();
  });

  it('pauses an attendant with a reason, makes them available again, and logs another out', async () => {
    session.set({ accessToken: 'token-1', user: sara });
    const { net } = teamServer([member({ id: 11, name: 'Ana Livre' }), member({ id: 14, name: 'Davi Saindo' })]);
    const { user } = renderApp('/team');

    await user.click(within(await rowOf('Ana Livre')).getByRole('button', { name: 'Pausar Ana Livre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pausar Ana Livre' });
    await user.click(within(dialog).getByRole('button', { name: 'Reunião' }));
    await user.click(within(dialog).getByRole('button', { name: 'Pausar' }));
    expect(await screen.findByText('Ana Livre está em pausa')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/users/11/availability')[0]?.body).toEqual({ paused: true, reason: 'Reunião' });
    expect(await within(await rowOf('Ana Livre')).findByText('Em pausa: Reunião')).toBeInTheDocument();

    await user.click(within(await rowOf('Ana Livre')).getByRole('button', { name: 'Deixar Ana Livre disponível' }));
    expect(await screen.findByText('Ana Livre está disponível')).toBeInTheDocument();
    expect(net.calls('PUT', '/api/users/11/availability')[1]?.body).toEqual({ paused: false });

    await user.click(within(await rowOf('Davi Saindo')).getByRole('button', { name: 'Desconectar Davi Saindo' }));
    const confirm = await screen.findByRole('dialog', { name: 'Desconectar Davi Saindo?' });
    expect(within(confirm).getByText(/Os atendimentos abertos continuam com essa pessoa/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Desconectar' }));
    expect(await screen.findByText('Davi Saindo foi desconectado(a)')).toBeInTheDocument();
    expect(net.calls('POST', '/api/users/14/logout')).toHaveLength(1);
    await waitFor(async () => expect(within(await rowOf('Davi Saindo')).getByText('Off-line')).toBeInTheDocument());
  });

  it('a supervisor gets no actions on an admin; attendants do not get the page', async () => {
    session.set({ accessToken: 'token-1', user: sara });
    teamServer([member({ id: 20, name: 'Alice Admin', profile: 'admin' }), member({ id: sara.id, name: sara.name, profile: 'supervisor' })]);
    const view = renderApp('/team');
    const alice = await rowOf('Alice Admin');
    expect(within(alice).queryByRole('button')).not.toBeInTheDocument();
    expect(within(await rowOf(sara.name)).getByRole('button', { name: `Pausar ${sara.name}` })).toBeInTheDocument();
    view.unmount();

    await resetAppState();
    session.set({ accessToken: 'token-1', user: makeUser({ name: 'Bia Atendente', profile: 'user' }) });
    renderApp('/team');
    expect(await screen.findByText('Acesso restrito')).toBeInTheDocument();
  });
});
