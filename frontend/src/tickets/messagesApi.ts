import { api } from '../api/client';

// Shapes from docs/api-contract.md (Messages); the backend owns them.
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

export const messagesApi = {
  list: (ticketId: number, before: string | null, signal?: AbortSignal) =>
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
