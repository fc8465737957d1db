import { act } from '@testing-library/react';
import type { User } from '../../api/types';
import type { Contact } from '../../contacts/contactTypes';
import { installFetch, reply, type FakeRoute } from '../../test/fakeFetch';
import { sockets } from '../../test/fakeSocket';
import type { Ticket, TicketAction } from '../ticketsApi';

// Test support (not a test): a stateful inbox API behind the fake fetch, applying the list's filters the way
// the server does, so what a refetch after a socket event sees is what the server holds.

export const QUEUES = [
  { id: 3, name: 'Vendas', color: '#ff9800' },
  { id: 4, name: 'Suporte', color: '#2196f3' },
];
export const TAGS = [
  { id: 7, name: 'VIP', color: '#9c27b0' },
  { id: 8, name: 'Atrasado', color: '#f44336' },
];
export const CONNECTIONS = [
  { id: 1, name: 'Loja Centro', status: 'CONNECTED', qrcode: null, number: null, isDefault: true, greetingMessage: null, farewellMessage: null, retries: 0 },
];

function listFor(all: Ticket[], url: string): Ticket[] {
  const q = new URL(url, 'http://x').searchParams;
  const ids = (name: string) => (q.get(name) ?? '').split(',').filter(Boolean).map(Number);
  const [queueIds, tagIds] = [ids('queueIds'), ids('tagIds')];
  const withoutQueue = q.get('withoutQueue') === 'true';
  const search = (q.get('search') ?? '').toLowerCase();
  return all.filter(
    (t) =>
      ((!queueIds.length && !withoutQueue) || (t.queueId !== null && queueIds.includes(t.queueId)) || (withoutQueue && t.queueId === null)) &&
      (!tagIds.length || (t.tags ?? []).some((tag) => tagIds.includes(tag.id))) &&
      (!q.get('userId') || t.userId === Number(q.get('userId'))) &&
      (!q.get('whatsappId') || t.whatsappId === Number(q.get('whatsappId'))) &&
      (!q.get('bot') || String(t.botActive) === q.get('bot')) &&
      (!q.get('lead') || t.contact.leadBucket === q.get('lead')) &&
      (!search || `${t.contact.name} ${t.contact.number}`.toLowerCase().includes(search)),
  );
}

export function inboxServer(initial: Ticket[], extra: { users?: User[]; contacts?: Contact[]; routes?: Record<string, FakeRoute> } = {}) {
  const tickets = new Map(initial.map((t) => [t.id, t]));
  const ticketRoutes: Record<string, FakeRoute> = {};
  for (const ticket of initial) {
    ticketRoutes[`GET /api/tickets/${ticket.id}`] = () => reply(200, { ticket: tickets.get(ticket.id) });
    ticketRoutes[`GET /api/tickets/${ticket.uuid}`] = () => reply(200, { ticket: tickets.get(ticket.id) });
    ticketRoutes[`GET /api/messages/${ticket.id}`] = () => reply(200, { messages: [], nextCursor: null });
    ticketRoutes[`PUT /api/tickets/${ticket.id}`] = ({ body }) => {
      const current = tickets.get(ticket.id)!;
      const action = (body as TicketAction).action;
      const status =
        action === 'accept' || action === 'reopen' || action === 'takeOver'
          ? 'open'
          : action === 'close'
            ? 'closed'
            : action === 'return'
              ? 'pending'
              : current.status;
      // Any step but reading ends the AI's phase (the server's updateTicketPlacement).
      const botActive = action === 'read' ? current.botActive : false;
      const changed = { ...current, status, botActive, unreadMessages: action === 'read' ? 0 : current.unreadMessages } as Ticket;
      tickets.set(ticket.id, changed);
      return reply(200, { ticket: changed });
    };
  }
  const net = installFetch({
    'GET /api/tickets': ({ url }) => {
      const query = new URL(url, 'http://x').searchParams;
      const status = query.get('status');
      // Newest activity first, as the server answers; or longest waiting first (pendingSince) when asked (issue 17).
      const all = [...tickets.values()].sort((a, b) =>
        query.get('order') === 'oldest'
          ? Date.parse(a.pendingSince) - Date.parse(b.pendingSince) || a.id - b.id
          : Date.parse(b.lastMessageAt ?? '') - Date.parse(a.lastMessageAt ?? ''),
      );
      const matching = listFor(all, url);
      const count = (s: string) => matching.filter((t) => t.status === s).length;
      return reply(200, {
        tickets: matching.filter((t) => t.status === status),
        nextCursor: null,
        counts: { open: count('open'), pending: count('pending'), closed: count('closed') },
      });
    },
    'GET /api/queues': () => reply(200, { queues: QUEUES }),
    // The close dialogs' reasons (none unless a test says otherwise).
    'GET /api/close-reasons': () => reply(200, { closeReasons: [] }),
    'GET /api/tags': () => reply(200, { tags: TAGS }),
    'GET /api/whatsapps': () => reply(200, { whatsapps: CONNECTIONS }),
    'GET /api/users': () => reply(200, { users: extra.users ?? [], nextCursor: null }),
    // The contact drawer's deals (none unless a test says otherwise).
    'GET /api/pipelines': () => reply(200, { pipelines: [] }),
    'GET /api/deals': () => reply(200, { deals: [], nextCursor: null }),
    ...ticketRoutes,
    ...extra.routes,
  });
  return { net, tickets };
}

/** The server pushes an event on the (fake) socket. */
export const emit = (event: string, payload: unknown) => act(() => sockets.at(-1)?.serverEmit(event, payload));

/**
 * `emit`, awaited: React also finishes what the event set off (what `await act(...)` does). act's types call
 * the thenable it returns for a synchronous callback `void`; Promise.resolve adopts it all the same.
 */
export const emitSettled = (event: string, payload: unknown): Promise<void> => Promise.resolve(emit(event, payload));

/** The query string of the last list request for a tab, as a plain object. */
export function lastListQuery(net: ReturnType<typeof installFetch>, status: string): Record<string, string> | undefined {
  const found = net
    .calls('GET', '/api/tickets')
    .filter((r) => new URL(r.url, 'http://x').searchParams.get('status') === status)
    .at(-1);
  return found ? Object.fromEntries(new URL(found.url, 'http://x').searchParams) : undefined;
}
