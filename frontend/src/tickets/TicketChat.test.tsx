import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../AppProviders';
import { session } from '../api/session';
import { apiError, installFetch, reply, type FakeRoute } from '../test/fakeFetch';
import { fakeIo, sockets } from '../test/fakeSocket';
import { makeUser } from '../test/fixtures';
import { renderApp, resetAppState } from '../test/renderApp';
import { makeMessage, makeTicket } from '../test/ticketFixtures';
import { installFakeRecorder } from './chat/fakeMediaRecorder';
import type { TicketHistoryEntry } from './contact/contactDrawerApi';
import type { Message } from './messagesApi';
import { formatClock } from './ticketTime';
import { TicketChat } from './TicketChat';
import type { Ticket, TicketAction } from './ticketsApi';

jest.mock('socket.io-client', () => ({ io: () => fakeIo() }));

beforeEach(async () => {
  await resetAppState();
  sockets.length = 0;
  session.set({ accessToken: 'token-1', user: makeUser({ profile: 'user' }) });
});

function chatServer(initial: Ticket) {
  let ticket = initial;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  const messages = [
    makeMessage({ ticketId: ticket.id, fromMe: false, body: 'Oi, ontem eu pedi', sentAt: yesterday }),
    makeMessage({ ticketId: ticket.id, fromMe: false, body: 'Alguma novidade?' }),
  ];
  const net = installFetch({
    'GET /api/tickets': () => reply(200, { tickets: [ticket], nextCursor: null, counts: { open: 0, pending: 1, closed: 0 } }),
    'GET /api/queues': () => reply(200, { queues: [] }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
    [`GET /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
    [`GET /api/messages/${ticket.id}`]: () => reply(200, { messages: [...messages].reverse(), nextCursor: null }),
    [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }),
    [`PUT /api/tickets/${ticket.id}`]: ({ body }) => {
      const action = (body as TicketAction).action;
      if (action === 'accept') ticket = { ...ticket, status: 'open', userId: 1 };
      if (action === 'read') ticket = { ...ticket, unreadMessages: 0 };
      return reply(200, { ticket });
    },
    [`POST /api/messages/${ticket.id}`]: ({ body }) =>
      reply(201, { message: makeMessage({ ticketId: ticket.id, fromMe: true, body: (body as { body: string }).body, ack: 0 }) }),
  });
  return net;
}

describe('TicketChat', () => {
  it('marks the ticket read on open, shows the history by day, accepts, and sends', async () => {
    const ticket = makeTicket({ status: 'pending', unreadMessages: 2, contact: { id: 3, name: 'Dora Reis', number: '5511955554444' } });
    const net = chatServer(ticket);
    const { user } = renderApp(`/tickets/${ticket.id}`);

    const history = await screen.findByRole('list', { name: 'Mensagens' });
    expect(await within(history).findByText('Alguma novidade?')).toBeInTheDocument();
    expect(screen.getAllByRole('separator').map((s) => s.textContent)).toEqual(expect.arrayContaining(['Ontem', 'Hoje']));
    await waitFor(() => expect(net.calls('PUT', `/api/tickets/${ticket.id}`).map((c) => c.body)).toContainEqual({ action: 'read' }));
    expect(screen.getByText('Aceite o atendimento para responder.')).toBeInTheDocument();
    // The protocol first, then the number as people read it.
    expect(screen.getByText(`#${ticket.protocol} · +55 11 95555-4444 · Aguardando atendimento`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aceitar' }));
    const box = await screen.findByRole('textbox', { name: 'Mensagem' });
    expect(net.calls('PUT', `/api/tickets/${ticket.id}`).map((c) => c.body)).toContainEqual({ action: 'accept' });
    expect(screen.getByRole('button', { name: 'Finalizar' })).toBeInTheDocument();

    await user.type(box, 'Saiu para entrega hoje!{Enter}');
    const sent = await within(history).findByRole('listitem', { name: 'Mensagem enviada' });
    expect(within(sent).getByText('Saiu para entrega hoje!')).toBeInTheDocument();
    expect(within(sent).getByRole('img', { name: 'Aguardando envio' })).toBeInTheDocument();
    expect(net.calls('POST', `/api/messages/${ticket.id}`)[0]?.body).toEqual({ body: 'Saiu para entrega hoje!' });
  });

  it('shows the customer’s CSAT rating in the chat header once their answer lands in the closed ticket', async () => {
    const closedAt = new Date(Date.now() - 3_600_000).toISOString();
    let ticket = makeTicket({ status: 'closed', closedAt, contact: { id: 3, name: 'Dora Reis', number: '5511955554444' } });
    const net = installFetch({
      'GET /api/tickets': () => reply(200, { tickets: [ticket], nextCursor: null, counts: { open: 0, pending: 0, closed: 1 } }),
      'GET /api/queues': () => reply(200, { queues: [] }),
      'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
      [`GET /api/tickets/${ticket.id}`]: () => reply(200, { ticket }),
      [`GET /api/messages/${ticket.id}`]: () => reply(200, { messages: [], nextCursor: null }),
      [`GET /api/tickets/${ticket.id}/history`]: () => reply(200, { history: [] }),
    });
    renderApp(`/tickets/${ticket.id}`);
    expect(await screen.findByRole('heading', { name: 'Dora Reis' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Avaliação do cliente/ })).not.toBeInTheDocument();
    const reads = net.calls('GET', `/api/tickets/${ticket.id}`).length;
    // The customer answers "4": stored in the closed ticket (it stays closed), the header shows the rating.
    ticket = { ...ticket, csat: { rating: 4, answeredAt: new Date().toISOString() } };
    act(() =>
      sockets.at(-1)!.serverEmit('appMessage', {
        action: 'create',
        message: makeMessage({ ticketId: ticket.id, fromMe: false, body: '4' }),
        ticket: {
          id: ticket.id,
          uuid: ticket.uuid,
          status: 'closed',
          userId: ticket.userId,
          queueId: null,
          unreadMessages: 1,
          lastMessage: '4',
          lastMessageAt: new Date().toISOString(),
          botActive: false,
        },
        contact: ticket.contact,
      }),
    );
    expect(await screen.findByRole('img', { name: 'Avaliação do cliente: 4 de 5' })).toHaveTextContent('4');
    expect(net.calls('GET', `/api/tickets/${ticket.id}`).length).toBeGreaterThan(reads);
  });

  it('replies to a message: the quote bar, then the quoted id in the request and the quote in the new bubble', async () => {
    const { user, net } = openChat([makeMessage({ id: 601, ticketId: 70, fromMe: false, body: 'Qual o prazo?' })]);
    const history = await screen.findByRole('list', { name: 'Mensagens' });
    const received = await within(history).findByRole('listitem', { name: 'Mensagem recebida' });
    await user.click(within(received).getByRole('button', { name: 'Ações da mensagem' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Responder' }));
    expect(screen.getByText('Respondendo a Dora Reis')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Mensagem' }), 'Dois dias{Enter}');
    await waitFor(() => expect(net.calls('POST', '/api/messages/70')[0]?.body).toEqual({ body: 'Dois dias', quotedMsgId: 601 }));
    const sent = await within(history).findByRole('listitem', { name: 'Mensagem enviada' });
    expect(within(sent).getByRole('button', { name: 'Ir para a mensagem respondida: Dora Reis — Qual o prazo?' })).toBeInTheDocument();
    expect(screen.queryByText('Respondendo a Dora Reis')).toBeNull();
  });

  it('attaches files dropped on the chat and sends them as multipart', async () => {
    const { net } = openChat([]);
    const chat = await screen.findByRole('list', { name: 'Mensagens' });
    const file = new File(['%PDF-1.4'], 'contrato.pdf', { type: 'application/pdf' });
    fireEvent.dragEnter(chat, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(screen.getByText('Solte os arquivos para anexar')).toBeInTheDocument();
    fireEvent.drop(chat, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(screen.queryByText('Solte os arquivos para anexar')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Anexos' })).getByText('contrato.pdf')).toBeInTheDocument();
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Mensagem' }), 'Para assinar{Enter}');
    await waitFor(() => expect(net.calls('POST', '/api/messages/70')).toHaveLength(1));
    const form = net.calls('POST', '/api/messages/70')[0]!.body as FormData;
    expect(form.get('body')).toBe('Para assinar');
    expect((form.get('file') as File).name).toBe('contrato.pdf');
    expect(form.get('quotedMsgId')).toBeNull();
  });

  it('uploads a recorded voice note', async () => {
    installFakeRecorder();
    const { user, net } = openChat([]);
    await user.click(await screen.findByRole('button', { name: 'Gravar mensagem de voz' }));
    await user.click(await screen.findByRole('button', { name: 'Enviar mensagem de voz' }));
    await waitFor(() => expect(net.calls('POST', '/api/messages/70')).toHaveLength(1));
    const file = (net.calls('POST', '/api/messages/70')[0]!.body as FormData).get('file') as File;
    expect(file.type).toBe('audio/ogg');
  });

  it('edits our last message (from the menu or with Up) and shows the server refusal translated', async () => {
    const mine = makeMessage({ id: 610, ticketId: 70, fromMe: true, ack: 3, body: 'Chega amanha' });
    let refuse = false;
    const { user, net } = openChat([mine], {
      'PUT /api/messages/message/610': ({ body }) =>
        refuse
          ? apiError(400, 'ERR_MESSAGE_NOT_EDITABLE')
          : reply(200, { message: { ...mine, body: (body as { body: string }).body, editedAt: new Date().toISOString() } }),
    });
    const box = await screen.findByRole('textbox', { name: 'Mensagem' });
    await screen.findByText('Chega amanha');
    await user.type(box, '{ArrowUp}');
    expect(screen.getByText('Editando mensagem')).toBeInTheDocument();
    expect(box).toHaveValue('Chega amanha');
    await user.clear(box);
    await user.type(box, 'Chega amanhã{Enter}');
    await waitFor(() => expect(net.calls('PUT', '/api/messages/message/610')[0]?.body).toEqual({ body: 'Chega amanhã' }));
    const bubble = await screen.findByRole('listitem', { name: 'Mensagem enviada' });
    expect(await within(bubble).findByText('Chega amanhã')).toBeInTheDocument();
    expect(within(bubble).getByText('editada')).toBeInTheDocument();
    expect(box).toHaveValue('');

    refuse = true;
    await user.click(within(bubble).getByRole('button', { name: 'Ações da mensagem' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Editar' }));
    await user.type(box, '!{Enter}');
    expect(await screen.findByText('Esta mensagem não pode mais ser editada.')).toBeInTheDocument();
    expect(box).toHaveValue('Chega amanhã!');
    await user.type(box, '{Escape}');
    expect(screen.queryByText('Editando mensagem')).toBeNull();
  });

  it('deletes our message for everyone after confirming', async () => {
    const mine = makeMessage({ id: 620, ticketId: 70, fromMe: true, ack: 4, body: 'Enviado por engano' });
    const { user, net } = openChat([mine], {
      'DELETE /api/messages/message/620': () => reply(200, { message: { ...mine, body: '', isDeleted: true } }),
    });
    const bubble = await screen.findByRole('listitem', { name: 'Mensagem enviada' });
    await user.click(within(bubble).getByRole('button', { name: 'Ações da mensagem' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Apagar para todos' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apagar para todos?' });
    expect(net.calls('DELETE', '/api/messages/message/620')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Apagar' }));
    await waitFor(() => expect(net.calls('DELETE', '/api/messages/message/620')).toHaveLength(1));
    expect(await within(bubble).findByText('Mensagem apagada')).toBeInTheDocument();
    expect(within(bubble).queryByText('Enviado por engano')).toBeNull();
  });

  it('jumps to a quoted message in an older page, loading it, and highlights it', async () => {
    const original = makeMessage({ id: 630, ticketId: 70, fromMe: false, body: 'Pedido 4411', sentAt: new Date(Date.now() - 3_600_000).toISOString() });
    const answer = makeMessage({ id: 631, ticketId: 70, fromMe: true, quotedMsgId: 630, body: 'Já foi enviado' });
    const { user, net } = openChat([], {
      'GET /api/messages/70': ({ url }) =>
        url.includes('before=') ? reply(200, { messages: [original], nextCursor: null }) : reply(200, { messages: [answer], nextCursor: 'c-1' }),
    });
    const quote = await screen.findByRole('button', { name: /^Ir para a mensagem respondida: Mensagem respondida/ });
    await user.click(quote);
    // One request reaches down to the quote, however far back it is (the server stretches the page).
    await waitFor(() => expect(net.calls('GET', '/api/messages/70').map((c) => c.url)).toContain('/api/messages/70?before=c-1&until=630'));
    const target = await screen.findByRole('listitem', { name: 'Mensagem recebida' });
    expect(within(target).getByText('Pedido 4411')).toBeInTheDocument();
    await waitFor(() => expect(target).toHaveAttribute('data-highlighted', 'true'));
    expect(screen.getByRole('button', { name: 'Ir para a mensagem respondida: Dora Reis — Pedido 4411' })).toBeInTheDocument();
    expect(net.calls('GET', '/api/messages/70').filter((c) => c.url.includes('before='))).toHaveLength(1);
  });

  it('marks where the ticket was closed and where the customer reopened it, and which messages were automatic', async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 13, minute)).toISOString();
    const entry = (id: number, action: TicketHistoryEntry['action'], userId: number | null, minute: number): TicketHistoryEntry => ({
      id,
      action,
      userId,
      fromStatus: null,
      toStatus: null,
      fromUserId: null,
      toUserId: null,
      fromQueueId: null,
      toQueueId: null,
      createdAt: at(minute),
    });
    const messages = [
      makeMessage({ ticketId: 70, fromMe: false, body: 'Meu pedido chegou quebrado', sentAt: at(0) }),
      makeMessage({ ticketId: 70, fromMe: true, body: 'Vamos trocar, Dora.', sentAt: at(5) }),
      // The farewell is written with the close, at the same instant: it comes before the line.
      makeMessage({ ticketId: 70, fromMe: true, automatic: true, body: 'Obrigado pelo contato!', sentAt: at(9) }),
      makeMessage({ ticketId: 70, fromMe: false, body: 'Esqueci a foto', sentAt: at(20) }),
    ];
    const history = [
      entry(1, 'accepted', 1, 1),
      entry(2, 'closed', 1, 9),
      { ...entry(3, 'reopened', null, 20), createdAt: new Date(Date.parse(at(20)) + 150).toISOString() },
    ];
    openChat(messages, { 'GET /api/tickets/70/history': () => reply(200, { history }) });

    const list = await screen.findByRole('list', { name: 'Mensagens' });
    await within(list).findByRole('separator', { name: /^Atendimento reaberto: o cliente escreveu de novo · / });
    // Bubbles and markers in screen order (day separators, which have no name, left out).
    const order = [...list.querySelectorAll('[role="listitem"], [role="separator"][aria-label]')].map((e) => e.getAttribute('aria-label'));
    const clock = (minute: number) => formatClock(at(minute), 'pt-BR');
    expect(order).toEqual([
      'Mensagem recebida',
      'Mensagem enviada',
      'Mensagem enviada',
      `Atendimento finalizado · ${clock(9)}`,
      // Right before the message that reopened it (stored a moment after it).
      `Atendimento reaberto: o cliente escreveu de novo · ${clock(20)}`,
      'Mensagem recebida',
    ]);
    // The farewell says it went out by itself; the attendant's reply does not.
    const sent = within(list).getAllByRole('listitem', { name: 'Mensagem enviada' });
    expect(within(sent[1]!).getByText('automática')).toBeInTheDocument();
    expect(within(sent[0]!).queryByText('automática')).toBeNull();
  });

  it('tells the attendant when the quoted message is not in the history', async () => {
    const answer = makeMessage({ id: 641, ticketId: 70, fromMe: true, quotedMsgId: 9999, body: 'Respondendo' });
    const { user } = openChat([answer]);
    await user.click(await screen.findByRole('button', { name: /^Ir para a mensagem respondida/ }));
    expect(await screen.findByText('A mensagem respondida não está no histórico desta conversa, ou está mais de 2.000 mensagens atrás.')).toBeInTheDocument();
  });
});

/** An open ticket with this history, its chat panel on its own (the list around it is tested elsewhere). */
function openChat(history: Message[], routes: Record<string, FakeRoute> = {}) {
  const ticket = makeTicket({ id: 70, status: 'open', userId: 1, queueId: 3, contact: { id: 9, name: 'Dora Reis', number: '5511955554444' } });
  const net = installFetch({
    'GET /api/tickets/70': () => reply(200, { ticket }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: [] }),
    'PUT /api/tickets/70': () => reply(200, { ticket }),
    'GET /api/messages/70': () => reply(200, { messages: [...history].reverse(), nextCursor: null }),
    'GET /api/tickets/70/history': () => reply(200, { history: [] }),
    'POST /api/messages/70': ({ body }) => {
      const form = body instanceof FormData;
      const text = form ? String(body.get('body')) : (body as { body: string }).body;
      const quotedMsgId = form ? null : ((body as { quotedMsgId?: number }).quotedMsgId ?? null);
      return reply(201, { message: makeMessage({ ticketId: 70, fromMe: true, body: text, quotedMsgId, hasMedia: form }) });
    },
    ...routes,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={['/tickets/70']}>
        <TicketChat ticketId={70} onStatusChange={() => undefined} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { user, net };
}
