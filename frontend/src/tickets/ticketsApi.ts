import { api } from '../api/client';
import type { TagRef } from '../contacts/contactTypes';
import { filterQuery, type TicketFilters } from './list/ticketFilters';

// Shapes from docs/api-contract.md (Tickets); the backend owns them. Messages: ./messagesApi.ts.
export type TicketStatus = 'open' | 'pending' | 'closed';
export const TICKET_TABS: readonly TicketStatus[] = ['open', 'pending', 'closed'];

export interface Ticket {
  id: number;
  uuid: string;
  status: TicketStatus;
  userId: number | null;
  queueId: number | null;
  whatsappId: number | null;
  contact: { id: number; name: string; number: string };
  unreadMessages: number;
  lastMessage: string | null;
  lastMessageAt: string | null;
  acceptedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The ticket's own tags (this conversation's, apart from the contact's), sorted by name. */
  tags: TagRef[];
}

export interface TicketsPage {
  tickets: Ticket[];
  nextCursor: string | null;
  counts?: Record<TicketStatus, number>;
}

export type TicketAction =
  | { action: 'accept' | 'return' | 'reopen' | 'read' }
  | { action: 'close'; sendFarewell?: boolean }
  | { action: 'transfer'; userId?: number; queueId?: number };

export const TICKETS_PAGE_SIZE = 30;

export const ticketsApi = {
  list: (params: { status: TicketStatus; search: string; filters: TicketFilters; cursor: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<TicketsPage>('/api/tickets', {
      query: {
        status: params.status,
        search: params.search,
        ...filterQuery(params.filters),
        cursor: params.cursor,
        limit: params.limit ?? TICKETS_PAGE_SIZE,
      },
      signal,
    }),
  /** By id, or by the uuid a link carries. */
  get: (id: number | string, signal?: AbortSignal) => api.get<{ ticket: Ticket }>(`/api/tickets/${id}`, { signal }).then((r) => r.ticket),
  /** An attendant writes first: a new open ticket of theirs (409 ERR_TICKET_ALREADY_ACTIVE names the active one). */
  start: (input: { contactId: number; whatsappId?: number; queueId?: number | null }) =>
    api.post<{ ticket: Ticket }>('/api/tickets', input).then((r) => r.ticket),
  act: (id: number, action: TicketAction) => api.put<{ ticket: Ticket }>(`/api/tickets/${id}`, action).then((r) => r.ticket),
};
