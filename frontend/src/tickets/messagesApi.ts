import { api } from '../api/client';

// Shapes from backend/src/presenters/message.ts (docs/api-contract.md, Messages); the backend owns them.
/** 0 queued, 1 sent, 2 server, 3 delivered, 4 read (5 played, for voice notes). */
export type Ack = number;

export type MediaStatus = 'pending' | 'ready' | 'failed';

export interface LocationContent {
  latitude: number;
  longitude: number;
  name: string | null;
  address: string | null;
  live: boolean;
}

export interface ContactCard {
  name: string;
  numbers: string[];
}

/** Structured content of a location or contact-card message (null for text and files). */
export type MessageContent = { location: LocationContent } | { contacts: ContactCard[] } | null;

export interface Reaction {
  /** Who reacted (a WhatsApp id); one reaction per sender. */
  sender: string;
  emoji: string;
}

export interface Message {
  id: number;
  ticketId: number;
  contactId: number | null;
  wid: string;
  fromMe: boolean;
  /** Empty once deleted for everyone. */
  body: string;
  mediaType: string;
  /** True only once the file is on the server (inbound media starts `pending`, without it). */
  hasMedia: boolean;
  mediaUrl: string | null;
  mediaStatus: MediaStatus | null;
  mimetype: string | null;
  fileName: string | null;
  mediaSize: number | null;
  content: MessageContent;
  reactions: Reaction[];
  ack: Ack;
  quotedMsgId: number | null;
  isDeleted: boolean;
  /** Sent by Atende itself (greeting, menu, out-of-hours notice, farewell), not typed by an attendant. */
  automatic: boolean;
  editedAt: string | null;
  sentAt: string;
}

export interface MessagesPage {
  messages: Message[];
  nextCursor: string | null;
}

export interface OutgoingMessage {
  body: string;
  file?: File | null;
  /** The message this one answers (WhatsApp shows it quoted). */
  quotedMsgId?: number | null;
}

const one = (r: { message: Message }) => r.message;

export const messagesApi = {
  /** A page before the cursor; with `until`, one that reaches down to that message (a jump to a quote). */
  list: (ticketId: number, before: string | null, signal?: AbortSignal, until?: number | null) =>
    api.get<MessagesPage>(`/api/messages/${ticketId}`, { query: { before, until: until ?? null }, signal }),
  send: (ticketId: number, { body, file, quotedMsgId }: OutgoingMessage) => {
    if (!file) {
      return api.post<{ message: Message }>(`/api/messages/${ticketId}`, quotedMsgId ? { body, quotedMsgId } : { body }).then(one);
    }
    const form = new FormData();
    form.append('body', body);
    if (quotedMsgId) form.append('quotedMsgId', String(quotedMsgId));
    form.append('file', file);
    return api.post<{ message: Message }>(`/api/messages/${ticketId}`, form).then(one);
  },
  edit: (messageId: number, body: string) => api.put<{ message: Message }>(`/api/messages/message/${messageId}`, { body }).then(one),
  remove: (messageId: number) => api.delete<{ message: Message }>(`/api/messages/message/${messageId}`).then(one),
  retryMedia: (messageId: number) => api.post<{ message: Message }>(`/api/messages/${messageId}/media/retry`).then(one),
};
