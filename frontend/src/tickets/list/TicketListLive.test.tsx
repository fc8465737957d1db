import { act, screen, within } from '@testing-library/react';
import { session } from '../../api/session';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import type { Ticket } from '../ticketsApi';
import { emit, emitSettled, inboxServer } from './inboxTestServer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));
jest.setTimeout(60_000);

const me = makeUser({ name: 'Bia Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: me });
});

const person = (id: number, name: string) => ({ id, name, number: `55119000001${id}` });
/** The three tabs' labels as shown right now (no waiting: the refetch after an event must not be needed). */
const tabs = () => screen.getAllByRole('tab').map((tab) => tab.textContent);

describe('Inbox tab counts', () => {
  it('follow every move at once: new waiting, accept, transfer away, close and reopen', async () => {
    const mine = makeTicket({ status: 'open', userId: me.id, queueId: 3, contact: person(71, 'Ana Aberta') });
    const { tickets } = inboxServer([mine]);
    renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    await within(open).findByRole('link', { name: 'Ana Aberta' });
    expect(tabs()).toEqual(['Atendendo (1)', 'Aguardando (0)', 'Resolvidos (0)']);
    // Each event is checked before the refetch that follows a burst (400 ms later): counts must not need it.
    const hear = async (ticket: Ticket) => {
      emit('ticket', { action: 'update', ticket });
      await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
      return tabs();
    };

    const arriving = makeTicket({ status: 'pending', queueId: 3, contact: person(72, 'Bruno Chegando') });
    tickets.set(arriving.id, arriving);
    expect(await hear(arriving)).toEqual(['Atendendo (1)', 'Aguardando (1)', 'Resolvidos (0)']);
    const accepted: Ticket = { ...arriving, status: 'open', userId: me.id };
    expect(await hear(accepted)).toEqual(['Atendendo (2)', 'Aguardando (0)', 'Resolvidos (0)']);
    // The same state heard twice (the action's answer and the event) counts once.
    expect(await hear(accepted)).toEqual(['Atendendo (2)', 'Aguardando (0)', 'Resolvidos (0)']);
    // Transferred to a colleague: it leaves this attendant's lists and counts, and stays out of them.
    const colleagues: Ticket = { ...accepted, userId: me.id + 100 };
    expect(await hear(colleagues)).toEqual(['Atendendo (1)', 'Aguardando (0)', 'Resolvidos (0)']);
    expect(await hear({ ...colleagues, status: 'closed' })).toEqual(['Atendendo (1)', 'Aguardando (0)', 'Resolvidos (0)']);

    const closed: Ticket = { ...mine, status: 'closed' };
    expect(await hear(closed)).toEqual(['Atendendo (0)', 'Aguardando (0)', 'Resolvidos (1)']);
    expect(await hear({ ...closed, status: 'open' })).toEqual(['Atendendo (1)', 'Aguardando (0)', 'Resolvidos (0)']);
    expect(within(open).getByRole('link', { name: 'Ana Aberta' })).toBeInTheDocument();
  });
});

describe('Ticket card preview', () => {
  it('shows a media message as an icon and a word, not the stored placeholder', async () => {
    const voice = makeTicket({ status: 'open', userId: me.id, lastMessage: '[voice]', contact: person(81, 'Carla Voz') });
    const photo = makeTicket({ status: 'open', userId: me.id, lastMessage: '[image]', contact: person(82, 'Davi Foto') });
    const text = makeTicket({ status: 'open', userId: me.id, lastMessage: '[obs] texto com colchetes', contact: person(83, 'Eva Texto') });
    const gone = makeTicket({ status: 'open', userId: me.id, lastMessage: '[deleted]', contact: person(84, 'Fabi Apagou') });
    inboxServer([voice, photo, text, gone]);
    renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(within(await within(open).findByRole('link', { name: 'Carla Voz' })).getByText('🎤 Mensagem de voz')).toBeInTheDocument();
    expect(within(within(open).getByRole('link', { name: 'Davi Foto' })).getByText('📷 Foto')).toBeInTheDocument();
    expect(within(within(open).getByRole('link', { name: 'Eva Texto' })).getByText('[obs] texto com colchetes')).toBeInTheDocument();
    expect(within(within(open).getByRole('link', { name: 'Fabi Apagou' })).getByText('🚫 Mensagem apagada')).toBeInTheDocument();
    expect(screen.queryByText('[voice]')).toBeNull();
  });
});

describe('Catalogue changes made elsewhere', () => {
  it('renames a tag on the cards when an admin renames it elsewhere', async () => {
    const vip = { id: 7, name: 'VIP', color: '#9c27b0' };
    const ticket = makeTicket({ status: 'open', userId: me.id, tags: [vip], contact: person(91, 'Gabi Tag') });
    const { tickets } = inboxServer([ticket]);
    renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByText('VIP')).toBeInTheDocument();

    tickets.set(ticket.id, { ...ticket, tags: [{ ...vip, name: 'VIP Ouro' }] });
    await emitSettled('tag', { action: 'updated', tagId: vip.id });

    expect(await within(open).findByText('VIP Ouro')).toBeInTheDocument();
  });
});
