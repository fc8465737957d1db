import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../AppProviders';
import { session } from '../api/session';
import { apiError, reply } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeMessage, makeTicket } from '../test/ticketFixtures';
import { emit, inboxServer, lastListQuery } from './list/inboxTestServer';
import { MessageBubble } from './MessageBubble';
import type { Ticket } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

// Issue 13 in the inbox: the AI's messages say so, a conversation the AI answers says so in its header and is
// taken over ("Assumir") by a supervisor, and the Bot filter lists those conversations apart from Aguardando.

const supervisor = makeUser({ name: 'Sara Supervisora', profile: 'supervisor' });
const attendant = makeUser({ name: 'Bia Atendente', profile: 'user' });

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: supervisor });
});

const withAi = (name: string, id: number) =>
  makeTicket({ status: 'pending', botActive: true, lastMessage: 'Quanto custa o corte?', contact: { id, name, number: `55119000003${id}` } });

describe('AI badge on messages', () => {
  it('marks a message the AI agent sent as the AI’s, and no other', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { rerender } = render(
      <AppProviders queryClient={client}>
        <MessageBubble message={makeMessage({ fromMe: true, fromAi: true, body: 'O corte custa R$ 50,00.' })} />
      </AppProviders>,
    );
    const badge = screen.getByLabelText('Enviada pelo agente de IA');
    expect(badge).toHaveTextContent('IA');
    await userEvent.hover(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Enviada pelo agente de IA');

    rerender(
      <AppProviders queryClient={client}>
        <MessageBubble message={makeMessage({ fromMe: true, fromAi: false, body: 'Aqui é a Bia.' })} />
      </AppProviders>,
    );
    expect(screen.queryByLabelText('Enviada pelo agente de IA')).toBeNull();
  });
});

describe('A conversation the AI answers', () => {
  it('says the AI is attending and lets a supervisor take it over after confirming: theirs and open', async () => {
    const ticket = withAi('Lia Bot', 41);
    const { net } = inboxServer([ticket], { routes: { [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }) } });
    const { user } = renderApp(`/tickets/${ticket.id}`);

    expect(await screen.findByText('Em atendimento pela IA')).toBeInTheDocument();
    expect(screen.getByText('A IA está atendendo esta conversa. Assuma-a para responder.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aceitar' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Transferir' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Assumir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assumir a conversa?' });
    expect(dialog).toHaveTextContent('A IA deixa de responder a Lia Bot e o atendimento passa a ser seu.');
    await user.click(within(dialog).getByRole('button', { name: 'Assumir' }));

    expect(await screen.findByText('Você assumiu a conversa.')).toBeInTheDocument();
    expect(net.calls('PUT', `/api/tickets/${ticket.id}`).map((c) => c.body)).toContainEqual({ action: 'takeOver' });
    expect(await screen.findByRole('textbox', { name: 'Mensagem' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Finalizar' })).toBeInTheDocument();
    expect(screen.queryByText('Em atendimento pela IA')).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Assumir a conversa?' })).toBeNull();
    // The list follows the ticket to Atendendo.
    expect(await screen.findByRole('tab', { name: /^Atendendo/, selected: true })).toBeInTheDocument();
  });

  it('says why when the AI handed the conversation over meanwhile, and shows the ticket as it now is', async () => {
    const ticket = withAi('Mel Tarde', 42);
    const handedOver: Ticket = { ...ticket, botActive: false };
    let current = ticket;
    inboxServer([ticket], {
      routes: {
        [`GET /api/tickets/${ticket.id}`]: () => reply(200, { ticket: current }),
        [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }),
        [`PUT /api/tickets/${ticket.id}`]: ({ body }) => {
          if ((body as { action: string }).action === 'read') return reply(200, { ticket: current });
          current = handedOver;
          return apiError(409, 'ERR_TICKET_NOT_IN_BOT_PHASE');
        },
      },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await user.click(await screen.findByRole('button', { name: 'Assumir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assumir a conversa?' });
    await user.click(within(dialog).getByRole('button', { name: 'Assumir' }));

    expect(await screen.findByText('A IA não está mais atendendo esta conversa.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Aceitar' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assumir' })).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Assumir a conversa?' })).toBeNull();
    expect(screen.getByText('Aceite o atendimento para responder.')).toBeInTheDocument();
  });

  it('follows a handoff live: the header offers Aceitar once the AI lets go', async () => {
    const ticket = withAi('Nina Viva', 43);
    inboxServer([ticket], { routes: { [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }) } });
    renderApp(`/tickets/${ticket.id}`);
    expect(await screen.findByRole('button', { name: 'Assumir' })).toBeInTheDocument();
    emit('ticket', { action: 'update', ticket: { ...ticket, botActive: false } });
    expect(await screen.findByRole('button', { name: 'Aceitar' })).toBeInTheDocument();
    expect(screen.queryByText('Em atendimento pela IA')).toBeNull();
  });
});

describe('The AI’s summary note', () => {
  it('names the AI assistant as its author, not "someone"', async () => {
    const ticket = makeTicket({ status: 'pending', contact: { id: 46, name: 'Rosa Resumo', number: '5511900000346' } });
    const summary = 'Resumo do assistente de IA — o cliente pediu para falar com uma pessoa ("atendente").';
    inboxServer([ticket], {
      routes: {
        [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }),
        [`GET /api/tickets/${ticket.id}/notes`]: () =>
          reply(200, { notes: [{ id: 1, ticketId: ticket.id, userId: null, userName: null, body: summary, createdAt: new Date().toISOString() }] }),
        'GET /api/contacts/46': () =>
          reply(200, {
            contact: {
              ...ticket.contact,
              email: null,
              isGroup: false,
              profilePicUrl: null,
              extraInfo: [],
              tags: [],
              createdAt: ticket.createdAt,
              updatedAt: ticket.createdAt,
            },
          }),
      },
    });
    const { user } = renderApp(`/tickets/${ticket.id}`);
    await user.click(await screen.findByRole('button', { name: 'Dados do contato' }));
    const notes = await within(await screen.findByRole('dialog', { name: 'Rosa Resumo' })).findByRole('list', { name: 'Notas internas' });
    const note = await within(notes).findByRole('listitem');
    expect(note).toHaveTextContent(summary);
    expect(within(note).getByText(/^Assistente de IA ·/)).toBeInTheDocument();
  });
});

describe('Bot filter', () => {
  it('keeps the AI’s conversations out of Aguardando, lists them under the filter with their marker, and follows a handoff', async () => {
    const bot = withAi('Otto Bot', 44);
    const waiting = makeTicket({ status: 'pending', contact: { id: 45, name: 'Pia Espera', number: '5511900000345' } });
    const { net, tickets } = inboxServer([bot, waiting]);
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('tab', { name: /^Aguardando/ }));
    const list = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    expect(await within(list).findByRole('link', { name: 'Pia Espera' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'Otto Bot' })).toBeNull();
    expect(lastListQuery(net, 'pending')).toMatchObject({ bot: 'false' });
    expect(screen.getByRole('tab', { name: 'Aguardando (1)' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /^Atendendo/ }));
    await user.click(screen.getByRole('button', { name: 'Filtros' }));
    const popover = await screen.findByRole('dialog', { name: 'Filtrar atendimentos' });
    const toggle = within(popover).getByRole('switch', { name: 'Só conversas com a IA' });
    expect(toggle).toHaveAccessibleDescription('Enquanto a IA responde, a conversa não aparece na aba Aguardando.');
    await user.click(toggle);
    await user.click(within(popover).getByRole('button', { name: 'Fechar' }));

    // Turned on from another tab: the list goes where the AI's conversations are.
    expect(await screen.findByRole('tab', { name: /^Aguardando/, selected: true })).toBeInTheDocument();
    await waitFor(() => expect(lastListQuery(net, 'pending')).toMatchObject({ bot: 'true' }));
    const filtered = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    const card = await within(filtered).findByRole('link', { name: 'Otto Bot' });
    expect(within(card).getByText('IA atendendo')).toBeInTheDocument();
    expect(within(filtered).queryByRole('link', { name: 'Pia Espera' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Com a IA' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filtros (1 ativo)' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`atende.inbox.filters.${supervisor.id}`)!)).toMatchObject({ bot: true });

    // The AI hands over: the conversation leaves the Bot list at once (it now waits for a person).
    const handedOver = { ...bot, botActive: false };
    tickets.set(bot.id, handedOver);
    emit('ticket', { action: 'update', ticket: handedOver });
    await waitFor(() => expect(within(filtered).queryByRole('link', { name: 'Otto Bot' })).toBeNull(), { timeout: 300 });

    // The chip removes the filter: Aguardando holds both again.
    await user.click(screen.getByRole('img', { name: 'Remover filtro Com a IA' }));
    const unfiltered = await screen.findByRole('list', { name: 'Atendimentos: Aguardando' });
    expect(await within(unfiltered).findByRole('link', { name: 'Otto Bot' })).toBeInTheDocument();
    expect(within(unfiltered).getByRole('link', { name: 'Pia Espera' })).toBeInTheDocument();
  });

  it('is not offered to attendants (they never see the AI’s conversations)', async () => {
    session.set({ accessToken: 'token-1', user: attendant });
    inboxServer([]);
    const { user } = renderApp('/tickets');
    await user.click(await screen.findByRole('button', { name: 'Filtros' }));
    const popover = await screen.findByRole('dialog', { name: 'Filtrar atendimentos' });
    expect(within(popover).getByRole('combobox', { name: 'Filas' })).toBeInTheDocument();
    expect(within(popover).queryByRole('switch')).toBeNull();
  });
});
