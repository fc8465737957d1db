import { screen, waitFor, within } from '@testing-library/react';
import { session } from '../../api/session';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import { emit, inboxServer, lastListQuery, TAGS } from './inboxTestServer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const bia = makeUser({ name: 'Bia Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: supervisor });
});

const sales = () =>
  makeTicket({ status: 'open', queueId: 3, userId: bia.id, tags: [TAGS[0]!], contact: { id: 21, name: 'Ana Vendas', number: '5511900000021' } });
const support = () =>
  makeTicket({ status: 'open', queueId: 4, userId: null, whatsappId: 2, contact: { id: 22, name: 'Beto Suporte', number: '5511900000022' } });

describe('Inbox filters', () => {
  it('sends the chosen queue, tag, attendant and connection to the API, shows them as chips and remembers them', async () => {
    const a = sales();
    const b = support();
    const { net } = inboxServer([a, b], { users: [supervisor, bia] });
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByRole('link', { name: 'Beto Suporte' })).toBeInTheDocument();
    // Someone else's ticket carries the attendant's name and the ticket's tags.
    const card = within(open).getByRole('link', { name: 'Ana Vendas' });
    expect(within(card).getByText('Bia Atendente')).toBeInTheDocument();
    expect(within(card).getByText('VIP')).toBeInTheDocument();
    expect(within(card).getByText('Vendas')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filtros' }));
    const popover = await screen.findByRole('dialog', { name: 'Filtrar atendimentos' });
    await user.click(within(popover).getByRole('combobox', { name: 'Filas' }));
    await user.click(await screen.findByRole('option', { name: 'Vendas' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(lastListQuery(net, 'open')).toMatchObject({ queueIds: '3' }));
    // The popover keeps the rest of the page out of the accessibility tree while it is open.
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Beto Suporte', hidden: true })).toBeNull());
    expect(await screen.findByRole('tab', { name: 'Atendendo (1)', hidden: true })).toBeInTheDocument();

    await user.click(within(popover).getByRole('combobox', { name: 'Etiquetas' }));
    await user.click(await screen.findByRole('option', { name: 'VIP' }));
    await user.keyboard('{Escape}');
    await user.click(within(popover).getByRole('combobox', { name: 'Atendente' }));
    await user.click(await screen.findByRole('option', { name: 'Bia Atendente' }));
    await user.click(within(popover).getByRole('combobox', { name: 'Conexão' }));
    await user.click(await screen.findByRole('option', { name: 'Loja Centro' }));
    await waitFor(() => expect(lastListQuery(net, 'open')).toMatchObject({ queueIds: '3', tagIds: '7', userId: String(bia.id), whatsappId: '1' }));
    await user.click(within(popover).getByRole('button', { name: 'Fechar' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Filtrar atendimentos' })).toBeNull());

    expect(screen.getByRole('button', { name: 'Filtros (4 ativos)' })).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Filtros ativos' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((chip) => chip.getAttribute('aria-label')),
    ).toEqual(['Fila: Vendas', 'Etiqueta: VIP', 'Atendente: Bia Atendente', 'Conexão: Loja Centro']);
    expect(JSON.parse(localStorage.getItem(`atende.inbox.filters.${supervisor.id}`)!)).toEqual({
      queueIds: [3],
      tagIds: [7],
      userId: bia.id,
      whatsappId: 1,
      bot: false,
    });

    // A chip's close icon removes just that filter.
    await user.click(within(chips).getByRole('img', { name: 'Remover filtro Fila: Vendas' }));
    await waitFor(() =>
      expect(lastListQuery(net, 'open')).toEqual({ status: 'open', tagIds: '7', userId: String(bia.id), whatsappId: '1', bot: 'false', limit: '30' }),
    );
    expect(screen.getByRole('button', { name: 'Filtros (3 ativos)' })).toBeInTheDocument();
  });

  it("starts from the user's remembered filters, and clearing them asks for everything again", async () => {
    localStorage.setItem(`atende.inbox.filters.${supervisor.id}`, JSON.stringify({ queueIds: [4], tagIds: [], userId: null, whatsappId: null }));
    localStorage.setItem('atende.inbox.filters.9999', JSON.stringify({ queueIds: [3], tagIds: [], userId: null, whatsappId: null }));
    const { net } = inboxServer([sales(), support()]);
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByRole('link', { name: 'Beto Suporte' })).toBeInTheDocument();
    expect(within(open).queryByRole('link', { name: 'Ana Vendas' })).toBeNull();
    expect(net.calls('GET', '/api/tickets').every((r) => r.url.includes('queueIds=4'))).toBe(true);
    expect(await screen.findByRole('button', { name: 'Fila: Suporte' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filtros (1 ativo)' }));
    await user.click(await screen.findByRole('button', { name: 'Limpar filtros' }));
    expect(await within(open).findByRole('link', { name: 'Ana Vendas' })).toBeInTheDocument();
    expect(lastListQuery(net, 'open')).toEqual({ status: 'open', bot: 'false', limit: '30' });
    expect(localStorage.getItem(`atende.inbox.filters.${supervisor.id}`)).toBeNull();
  });

  it('keeps live updates inside the filter: a ticket moved out leaves, one moved in appears, counts follow', async () => {
    localStorage.setItem(`atende.inbox.filters.${supervisor.id}`, JSON.stringify({ queueIds: [3], tagIds: [], userId: null, whatsappId: null }));
    const a = sales();
    const b = support();
    const { tickets } = inboxServer([a, b]);
    renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByRole('link', { name: 'Ana Vendas' })).toBeInTheDocument();
    expect(within(open).queryByRole('link', { name: 'Beto Suporte' })).toBeNull();

    // Transferred to Suporte: it no longer matches "Fila: Vendas" and leaves at once.
    const movedOut = { ...a, queueId: 4 };
    tickets.set(a.id, movedOut);
    emit('ticket', { action: 'update', ticket: movedOut });
    // Judged on the client from the event, before the refetch that follows (400 ms later) could do it.
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Ana Vendas' })).toBeNull(), { timeout: 300 });
    expect(await screen.findByText('Nenhum atendimento com estes filtros.')).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: 'Atendendo (0)' })).toBeInTheDocument();

    // Transferred into Vendas: it appears without a reload.
    const movedIn = { ...b, queueId: 3, lastMessage: 'Agora em Vendas' };
    tickets.set(b.id, movedIn);
    emit('ticket', { action: 'update', ticket: movedIn });
    expect(await within(open).findByRole('link', { name: 'Beto Suporte' }, { timeout: 300 })).toBeInTheDocument();
    expect(within(open).getByText('Agora em Vendas')).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: 'Atendendo (1)' })).toBeInTheDocument();
  });

  it('narrows to tickets without a queue ("Sem fila"), alone or with queues, and follows a ticket that loses its queue', async () => {
    const a = sales();
    const loose = makeTicket({ status: 'open', queueId: null, userId: bia.id, contact: { id: 23, name: 'Caio Sem Fila', number: '5511900000023' } });
    const { net, tickets } = inboxServer([a, support(), loose], { users: [supervisor, bia] });
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    expect(await within(open).findByRole('link', { name: 'Ana Vendas' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filtros' }));
    const popover = await screen.findByRole('dialog', { name: 'Filtrar atendimentos' });
    await user.click(within(popover).getByRole('combobox', { name: 'Filas' }));
    await user.click(await screen.findByRole('option', { name: 'Sem fila' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(lastListQuery(net, 'open')).toEqual({ status: 'open', withoutQueue: 'true', bot: 'false', limit: '30' }));
    await user.click(within(popover).getByRole('button', { name: 'Fechar' }));
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Ana Vendas' })).toBeNull());
    expect(within(open).getByRole('link', { name: 'Caio Sem Fila' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fila: Sem fila' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`atende.inbox.filters.${supervisor.id}`)!)).toMatchObject({ queueIds: [0] });

    // A ticket whose queue is taken away joins the list from its event.
    const unqueued = { ...a, queueId: null };
    tickets.set(a.id, unqueued);
    emit('ticket', { action: 'update', ticket: unqueued });
    expect(await within(open).findByRole('link', { name: 'Ana Vendas' }, { timeout: 300 })).toBeInTheDocument();

    // With Suporte too: either kind.
    await user.click(screen.getByRole('button', { name: 'Filtros (1 ativo)' }));
    const again = await screen.findByRole('dialog', { name: 'Filtrar atendimentos' });
    await user.click(within(again).getByRole('combobox', { name: 'Filas' }));
    await user.click(await screen.findByRole('option', { name: 'Suporte' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(lastListQuery(net, 'open')).toEqual({ status: 'open', queueIds: '4', withoutQueue: 'true', bot: 'false', limit: '30' }));
    await user.click(within(again).getByRole('button', { name: 'Fechar' }));
    expect(await within(open).findByRole('link', { name: 'Beto Suporte' })).toBeInTheDocument();
    expect(within(open).getAllByRole('link')).toHaveLength(3);
  });

  it('offers attendants no attendant filter (they cannot list users)', async () => {
    session.set({ accessToken: 'token-1', user: bia });
    const { net } = inboxServer([]);
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('button', { name: 'Filtros' }));
    const popover = await screen.findByRole('dialog', { name: 'Filtrar atendimentos' });
    expect(within(popover).getByRole('combobox', { name: 'Filas' })).toBeInTheDocument();
    expect(within(popover).queryByRole('combobox', { name: 'Atendente' })).toBeNull();
    expect(net.calls('GET', '/api/users')).toHaveLength(0);
  });
});
