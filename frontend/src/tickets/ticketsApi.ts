import { api } from '../api/client';

// Shapes from docs/api-contract.md (Tickets, Messages); the backend owns them.
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
}

export interface TicketsPage {
  tickets: Ticket[];
  nextCursor: string | null;
  counts?: Record<TicketStatus, number>;
}

/** 0 queued, 1 sent, 2 server, 3 delivered, 4 read (5 played, for voice notes). */
export type Ack = number;

export interface Message {
  id: number;
  ticketId: number;
  wid: string;
  fromMe: boolean;
  body: string;
  mediaType: string;
  hasMedia: boolean;
  ack: Ack;
  quotedMsgId: number | null;
  isDeleted: boolean;
  editedAt: string | null;
  sentAt: string;
}

export interface MessagesPage {
  messages: Message[];
  nextCursor: string | null;
}

export type TicketAction =
  | { action: 'accept' | 'return' | 'reopen' | 'read' }
  | { action: 'close'; sendFarewell?: boolean }
  | { action: 'transfer'; userId?: number; queueId?: number };

export const TICKETS_PAGE_SIZE = 30;

export const ticketsApi = {
  list: (params: { status: TicketStatus; search: string; cursor: string | null }, signal?: AbortSignal) =>
    api.get<TicketsPage>('/api/tickets', {
      query: { status: params.status, search: params.search, cursor: params.cursor, limit: TICKETS_PAGE_SIZE },
      signal,
    }),
  get: (id: number, signal?: AbortSignal) => api.get<{ ticket: Ticket }>(`/api/tickets/${id}`, { signal }).then((r) => r.ticket),
  act: (id: number, action: TicketAction) => api.put<{ ticket: Ticket }>(`/api/tickets/${id}`, action).then((r) => r.ticket),
  messages: (ticketId: number, before: string | null, signal?: AbortSignal) =>
    api.get<MessagesPage>(`/api/messages/${ticketId}`, { query: { before }, signal }),
  sendText: (ticketId: number, body: string) =>
    api.post<{ message: Message }>(`/api/messages/${ticketId}`, { body }).then((r) => r.message),
  sendFile: (ticketId: number, file: File, caption: string) => {
    const form = new FormData();
    form.append('body', caption);
    form.append('file', file);
    return api.post<{ message: Message }>(`/api/messages/${ticketId}`, form).then((r) => r.message);
  },
};
