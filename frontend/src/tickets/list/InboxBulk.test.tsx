import { act, screen, waitFor, within } from '@testing-library/react';
import { session } from '../../api/session';
import { apiError, reply } from '../../test/fakeFetch';
import { fakeIo, sockets } from '../../test/fakeSocket';
import { makeUser } from '../../test/fixtures';
import { renderApp, resetAppState } from '../../test/renderApp';
import { makeTicket } from '../../test/ticketFixtures';
import type { BulkTicketAction, Ticket } from '../ticketsApi';
import { QUEUES, emit, inboxServer, lastListQuery } from './inboxTestServer';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
});

const person = (id: number, name: string) => ({ id, name, number: `55119000002${id}` });
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
/** The contact names of the waiting tab's cards, top to bottom. */
const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('link')
    .map((link) => link.getAttribute('aria-label'));

describe('Inbox order', () => {
  it('lists who has waited longest first when asked, remembers it for this user, and places a new ticket by that order', async () => {
    const me = makeUser({ name: 'Bia Atendente', profile: 'user' });
    session.set({ accessToken: 'token-1', user: me });
    // Ana waits longest but wrote last; Bruno came later and wrote earlier.
    const ana = makeTicket({ status: 'pending', contact: person(1, 'Ana Antiga'), createdAt: at(50), lastMessageAt: at(1), updatedAt: at(1) });
    const bruno = makeTicket({ status: 'pending', contact: person(2, 'Bruno Novo'), createdAt: at(10), lastMessageAt: at(5), updatedAt: at(5) });
    const { net, tickets } = inboxServer([ana, bruno]);
    const { user, unmount } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /Aguardando/ }));
    const waiting = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    await within(waiting).findByRole('link', { name: 'Bruno Novo' });
    expect(names(waiting)).toEqual(['Ana Antiga', 'Bruno Novo']);
    expect(lastListQuery(net, 'pending')?.order).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Ordenar a lista: Mais recentes primeiro' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Mais antigos primeiro' }));
    await waitFor(() => expect(lastListQuery(net, 'pending')?.order).toBe('oldest'));
    expect(screen.getByRole('button', { name: 'Ordenar a lista: Mais antigos primeiro' })).toBeInTheDocument();

    // Bruno writes again: by activity he would jump to the top, by waiting time he stays after Ana.
    const brunoWrote: Ticket = { ...bruno, lastMessageAt: new Date().toISOString(), updatedAt: new Date().toISOString(), lastMessage: 'Oi?' };
    tickets.set(bruno.id, brunoWrote);
    emit('ticket', { action: 'update', ticket: brunoWrote });
    // A ticket that has waited longer than both arrives (reopened elsewhere): it goes first at once.
    const carla = makeTicket({ status: 'pending', contact: person(3, 'Carla Antiquíssima'), createdAt: at(90) });
    tickets.set(carla.id, carla);
    emit('ticket', { action: 'update', ticket: carla });
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    const list = screen.getByRole('list', { name: 'Atendimentos: Aguardando' });
    expect(names(list)).toEqual(['Carla Antiquíssima', 'Ana Antiga', 'Bruno Novo']);

    // Remembered for this user on this browser.
    unmount();
    renderApp('/tickets');
    expect(await screen.findByRole('button', { name: 'Ordenar a lista: Mais antigos primeiro' })).toBeInTheDocument();
  });
});

describe('Bulk actions', () => {
  it('are not offered to attendants', async () => {
    const me = makeUser({ name: 'Bia Atendente', profile: 'user' });
    session.set({ accessToken: 'token-1', user: me });
    inboxServer([makeTicket({ status: 'open', userId: me.id, contact: person(4, 'Davi Dias') })]);
    renderApp('/tickets');
    await screen.findByRole('link', { name: 'Davi Dias' });
    expect(screen.queryByRole('button', { name: 'Selecionar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('close the chosen tickets with or without the farewell and say which failed and why', async () => {
    const me = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
    session.set({ accessToken: 'token-1', user: me });
    const eva = makeTicket({ status: 'open', userId: 9, contact: person(5, 'Eva Costa') });
    const fabio = makeTicket({ status: 'open', userId: 9, contact: person(6, 'Fábio Reis') });
    const gil = makeTicket({ status: 'open', userId: 9, contact: person(7, 'Gil Souza') });
    const sent: BulkTicketAction[] = [];
    const { tickets } = inboxServer([eva, fabio, gil], {
      routes: {
        'POST /api/tickets/bulk': ({ body }) => {
          const action = body as BulkTicketAction;
          sent.push(action);
          const closed = action.ticketIds.filter((id) => id !== fabio.id).map((id) => ({ ...tickets.get(id)!, status: 'closed' as const }));
          for (const ticket of closed) tickets.set(ticket.id, ticket);
          return reply(200, { tickets: closed, failed: [{ ticketId: fabio.id, code: 'ERR_CLOSE_REASON_REQUIRED' }] });
        },
      },
    });
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    await within(open).findByRole('link', { name: 'Gil Souza' });

    await user.click(screen.getByRole('button', { name: 'Selecionar' }));
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar o atendimento de Eva Costa' }));
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar o atendimento de Fábio Reis' }));
    const bar = screen.getByRole('toolbar', { name: 'Ações em lote' });
    expect(within(bar).getByText('2 selecionados')).toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Finalizar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Finalizar 2 atendimentos?' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Enviar a mensagem de despedida da conexão' }));
    await user.click(within(dialog).getByRole('button', { name: 'Finalizar' }));

    expect(await screen.findByText(/1 atendimento atualizado\. 1 não pôde ser alterado: Fábio Reis \(/)).toBeInTheDocument();
    // The chosen tickets, in whatever order the list shows them (fixtures made in different milliseconds sort apart).
    expect(sent).toEqual([{ action: 'close', ticketIds: expect.arrayContaining([eva.id, fabio.id]), sendFarewell: false }]);
    expect(sent[0]!.ticketIds).toHaveLength(2);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    // Eva left Atendendo at once; the selection is cleared, the mode stays for the next batch.
    await waitFor(() => expect(within(open).queryByRole('link', { name: 'Eva Costa' })).not.toBeInTheDocument());
    expect(within(bar).getByText('Nenhum selecionado')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Selecionar o atendimento de Fábio Reis' })).not.toBeChecked();
  });

  it("ask for one close reason when a chosen ticket's queue uses reasons, required when any requires it", async () => {
    const me = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
    session.set({ accessToken: 'token-1', user: me });
    // Vendas requires a reason, Suporte uses none.
    const queues = [
      { ...QUEUES[0], closeReasonMode: 'required' },
      { ...QUEUES[1], closeReasonMode: 'none' },
    ];
    const reasons = [
      { id: 1, name: 'Resolvido', createdAt: at(100), updatedAt: at(100) },
      { id: 2, name: 'Spam', createdAt: at(100), updatedAt: at(100) },
    ];
    // Joana wrote last: the list shows her first (fixtures made in different milliseconds would otherwise sort apart).
    const joana = makeTicket({ status: 'open', userId: 9, queueId: 3, contact: person(10, 'Joana Prado'), lastMessageAt: at(1), updatedAt: at(1) });
    const kleber = makeTicket({ status: 'open', userId: 9, queueId: 4, contact: person(11, 'Kléber Dias'), lastMessageAt: at(2), updatedAt: at(2) });
    const sent: BulkTicketAction[] = [];
    const { tickets } = inboxServer([joana, kleber], {
      routes: {
        'GET /api/queues': () => reply(200, { queues }),
        'GET /api/close-reasons': () => reply(200, { closeReasons: reasons }),
        'POST /api/tickets/bulk': ({ body }) => {
          const action = body as BulkTicketAction;
          sent.push(action);
          const closed = action.ticketIds.map((id) => ({ ...tickets.get(id)!, status: 'closed' as const }));
          for (const ticket of closed) tickets.set(ticket.id, ticket);
          return reply(200, { tickets: closed, failed: [] });
        },
      },
    });
    const { user } = renderApp('/tickets');
    const open = await screen.findByRole('list', { name: 'Atendimentos: Atendendo' });
    await within(open).findByRole('link', { name: 'Kléber Dias' });
    await user.click(screen.getByRole('button', { name: 'Selecionar' }));
    const bar = screen.getByRole('toolbar', { name: 'Ações em lote' });

    // Only Suporte's ticket: its queue uses no reasons, none is asked.
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar o atendimento de Kléber Dias' }));
    await user.click(within(bar).getByRole('button', { name: 'Finalizar' }));
    let dialog = await screen.findByRole('dialog', { name: 'Finalizar 1 atendimento?' });
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    // With Vendas' ticket too the reason is required, and one reason goes for both.
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar o atendimento de Joana Prado' }));
    await user.click(within(bar).getByRole('button', { name: 'Finalizar' }));
    dialog = await screen.findByRole('dialog', { name: 'Finalizar 2 atendimentos?' });
    const confirm = within(dialog).getByRole('button', { name: 'Finalizar' });
    const picker = await within(dialog).findByRole('combobox', { name: /Motivo do encerramento/ });
    expect(confirm).toBeDisabled();
    expect(dialog).toHaveTextContent('Escolha um motivo: a fila de algum dos selecionados exige um');
    await user.click(picker);
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Resolvido', 'Spam']); // required: no "Sem motivo"
    await user.click(screen.getByRole('option', { name: 'Spam' }));
    expect(dialog).toHaveTextContent('O mesmo motivo vale para todos os selecionados.');
    await user.click(confirm);

    expect(await screen.findByText('2 atendimentos atualizados.')).toBeInTheDocument();
    // In the list's order (the cards as loaded), whatever order they were ticked in.
    expect(sent).toEqual([{ action: 'close', ticketIds: [joana.id, kleber.id], sendFarewell: true, closeReasonId: 2 }]);
  });

  it('transfer the chosen tickets to a queue through the transfer dialog', async () => {
    const me = makeUser({ name: 'Sara Supervisora', profile: 'admin' });
    session.set({ accessToken: 'token-1', user: me });
    const hugo = makeTicket({ status: 'pending', queueId: 3, contact: person(8, 'Hugo Lima') });
    const iris = makeTicket({ status: 'pending', queueId: 3, contact: person(9, 'Íris Melo') });
    const sent: BulkTicketAction[] = [];
    const { tickets } = inboxServer([hugo, iris], {
      routes: {
        'POST /api/tickets/bulk': ({ body }) => {
          const action = body as BulkTicketAction;
          sent.push(action);
          if (action.action !== 'transfer') return apiError(400, 'ERR_VALIDATION');
          const moved = action.ticketIds.map((id) => ({ ...tickets.get(id)!, queueId: action.queueId ?? null }));
          for (const ticket of moved) tickets.set(ticket.id, ticket);
          return reply(200, { tickets: moved, failed: [] });
        },
      },
    });
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /Aguardando/ }));
    const waiting = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    await within(waiting).findByRole('link', { name: 'Íris Melo' });

    await user.click(screen.getByRole('button', { name: 'Selecionar' }));
    const bar = screen.getByRole('toolbar', { name: 'Ações em lote' });
    await user.click(within(bar).getByRole('checkbox', { name: 'Selecionar todos os carregados (até 100)' }));
    expect(screen.getByRole('checkbox', { name: 'Selecionar o atendimento de Hugo Lima' })).toBeChecked();
    expect(within(bar).getByText('2 selecionados')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Transferir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transferir atendimento' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Fila' }));
    await user.click(await screen.findByRole('option', { name: 'Suporte' }));
    await user.click(within(dialog).getByRole('button', { name: 'Transferir' }));

    expect(await screen.findByText('2 atendimentos atualizados.')).toBeInTheDocument();
    expect(sent).toEqual([{ action: 'transfer', ticketIds: [hugo.id, iris.id], queueId: 4 }]);
    // Leaving the mode hides the checkboxes and the bar.
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Sair da seleção' }));
    expect(screen.queryByRole('toolbar', { name: 'Ações em lote' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Selecionar o atendimento/ })).not.toBeInTheDocument();
  });
});
