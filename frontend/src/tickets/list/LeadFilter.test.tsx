import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../../api/session';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import { makeContact } from '../../contacts/contactFixtures';
import { emit, inboxServer, lastListQuery } from './inboxTestServer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: supervisor });
});

const hot = () => makeTicket({ status: 'open', contact: { id: 41, name: 'Ana Quente', number: '5511900000041', leadScore: 88, leadBucket: 'hot' } });
const warm = () => makeTicket({ status: 'open', contact: { id: 42, name: 'Beto Morno', number: '5511900000042', leadScore: 50, leadBucket: 'warm' } });
const unscored = () => makeTicket({ status: 'open', contact: { id: 43, name: 'Caio Sem Nota', number: '5511900000043' } });

describe('Inbox lead filter', () => {
  it('asks the API for one bucket, shows it as a removable chip, remembers it, and clearing it asks for everything again', async () => {
    const { net } = inboxServer([hot(), warm(), unscored()]);
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByRole('link', { name: 'Caio Sem Nota' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filtros' }));
    const popover = await screen.findByRole('dialog', { name: 'Filtrar atendimentos' });
    await user.click(within(popover).getByRole('combobox', { name: 'Lead' }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Todos', 'Quente', 'Morno', 'Frio']);
    await user.click(screen.getByRole('option', { name: 'Quente' }));
    await waitFor(() => expect(lastListQuery(net, 'open')).toEqual({ status: 'open', lead: 'hot', bot: 'false', limit: '30' }));
    await user.click(within(popover).getByRole('button', { name: 'Fechar' }));
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Caio Sem Nota' })).toBeNull());
    expect(within(open).getByRole('link', { name: 'Ana Quente' })).toBeInTheDocument();
    expect(within(open).queryByRole('link', { name: 'Beto Morno' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Filtros (1 ativo)' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`atende.inbox.filters.${supervisor.id}`)!)).toMatchObject({ lead: 'hot' });

    await user.click(screen.getByRole('img', { name: 'Remover filtro Lead: Quente' }));
    expect(await within(open).findByRole('link', { name: 'Caio Sem Nota' })).toBeInTheDocument();
    expect(lastListQuery(net, 'open')).toEqual({ status: 'open', bot: 'false', limit: '30' });
    expect(localStorage.getItem(`atende.inbox.filters.${supervisor.id}`)).toBeNull();
  });

  it('starts from a remembered lead filter and follows a contact re-scored live: its card changes chip, and a ticket that left the bucket leaves', async () => {
    localStorage.setItem(`atende.inbox.filters.${supervisor.id}`, JSON.stringify({ queueIds: [], tagIds: [], userId: null, whatsappId: null, lead: 'hot' }));
    const a = hot();
    const { net, tickets } = inboxServer([a, warm()]);
    renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    const card = await within(open).findByRole('link', { name: 'Ana Quente' });
    expect(within(card).getByText('Quente 88')).toBeInTheDocument();
    expect(net.calls('GET', '/api/tickets').every((r) => r.url.includes('lead=hot'))).toBe(true);
    expect(await screen.findByRole('button', { name: 'Lead: Quente' })).toBeInTheDocument();

    // The AI agent scored her again: the contact event changes the chip on the card at once…
    const cooled = makeContact({ id: 41, name: 'Ana Quente', number: '5511900000041', leadScore: 45, leadBucket: 'warm' });
    emit('contact', { action: 'updated', contact: cooled });
    expect(await within(card).findByText('Morno 45')).toBeInTheDocument();
    // …and the list the server answers next no longer has her in "Quente".
    tickets.set(a.id, { ...a, contact: { ...a.contact, leadScore: 45, leadBucket: 'warm' } });
    emit('ticket', { action: 'update', ticket: tickets.get(a.id) });
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Ana Quente' })).toBeNull());
  });
});
