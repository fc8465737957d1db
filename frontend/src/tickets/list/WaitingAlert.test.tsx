import { screen, within } from '@testing-library/react';
import { session } from '../../api/session';
import { reply } from '../../test/fakeFetch';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import { inboxServer } from './inboxTestServer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

const person = (id: number, name: string) => ({ id, name, number: `55119000002${id}` });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('Waiting too long', () => {
  it("highlights the waiting tickets older than the company's setting, and only those", async () => {
    const old = makeTicket({ status: 'pending', queueId: 3, createdAt: minutesAgo(25), contact: person(81, 'Olga Antiga') });
    const fresh = makeTicket({ status: 'pending', queueId: 3, createdAt: minutesAgo(2), contact: person(82, 'Nina Nova') });
    inboxServer([old, fresh], { routes: { 'GET /api/settings': () => reply(200, { settings: { pendingAlertMinutes: 10 } }) } });
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /^Aguardando/ }));
    const list = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    const oldCard = await within(list).findByRole('link', { name: /^Olga Antiga/ });
    expect(await within(oldCard).findByText('Aguardando há 25 min')).toBeInTheDocument();
    expect(oldCard).toHaveAttribute('data-waiting-long', 'true');
    const freshCard = within(list).getByRole('link', { name: /^Nina Nova/ });
    expect(freshCard).not.toHaveAttribute('data-waiting-long');
    expect(within(freshCard).queryByText(/Aguardando há/)).toBeNull();
  });

  it('counts from when the ticket last became pending: one reopened a moment ago is not old, one returned long ago is', async () => {
    // Created hours ago and reopened (or returned to the queue) 3 minutes ago: its wait is 3 minutes.
    const reopened = makeTicket({
      status: 'pending',
      queueId: 3,
      createdAt: minutesAgo(300),
      pendingSince: minutesAgo(3),
      contact: person(84, 'Rita Reaberta'),
    });
    const waiting = makeTicket({
      status: 'pending',
      queueId: 3,
      createdAt: minutesAgo(400),
      pendingSince: minutesAgo(40),
      contact: person(85, 'Vera Esperando'),
    });
    inboxServer([reopened, waiting], { routes: { 'GET /api/settings': () => reply(200, { settings: { pendingAlertMinutes: 10 } }) } });
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /^Aguardando/ }));
    const list = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    const waitingCard = await within(list).findByRole('link', { name: /^Vera Esperando/ });
    expect(await within(waitingCard).findByText('Aguardando há 40 min')).toBeInTheDocument();
    const reopenedCard = within(list).getByRole('link', { name: /^Rita Reaberta/ });
    expect(reopenedCard).not.toHaveAttribute('data-waiting-long');
    expect(within(reopenedCard).queryByText(/Aguardando há/)).toBeNull();
  });

  it('highlights nothing when the setting is 0', async () => {
    const old = makeTicket({ status: 'pending', queueId: 3, createdAt: minutesAgo(300), contact: person(83, 'Olga Antiga') });
    const net = inboxServer([old], { routes: { 'GET /api/settings': () => reply(200, { settings: { pendingAlertMinutes: 0 } }) } });
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /^Aguardando/ }));
    const list = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    const card = await within(list).findByRole('link', { name: /^Olga Antiga/ });
    expect(net.net.calls('GET', '/api/settings').length).toBeGreaterThan(0);
    expect(card).not.toHaveAttribute('data-waiting-long');
  });
});
