import type { Answer, MessageView, StructuredContent } from '@atende/contract';
import { api } from '../api/client';

export type { ContactCard, LocationContent, MediaStatus, MessageView as Message, MessagesPage, Reaction } from '@atende/contract';

/** 0 queued, 1 sent, 2 server, 3 delivered, 4 read (5 played, for voice notes). */
export type Ack = MessageView['ack'];

/** Structured content of a location or contact-card message (null for text and files). */
export type MessageContent = StructuredContent | null;

export interface OutgoingMessage {
  body: string;
  file?: File | null;
  /** The message this one answers (WhatsApp shows it quoted). */
  quotedMsgId?: number | null;
  /** Sent from this quick reply: its file goes with the text as caption. */
  quickReplyId?: number | null;
}

const one = (r: { message: MessageView }) => r.message;

export const messagesApi = {
  /** A page before the cursor; with `until`, one that reaches down to that message (a jump to a quote). */
  list: (ticketId: number, before: string | null, signal?: AbortSignal, until?: number | null) =>
    api.get<Answer<'GET /api/messages/:ticketId'>>(`/api/messages/${ticketId}`, { query: { before, until: until ?? null }, signal }),
  send: (ticketId: number, { body, file, quotedMsgId, quickReplyId }: OutgoingMessage) => {
    if (!file) {
      const json = { body, ...(quotedMsgId && { quotedMsgId }), ...(quickReplyId && { quickReplyId }) };
      return api.post<Answer<'POST /api/messages/:ticketId'>>(`/api/messages/${ticketId}`, json).then(one);
    }
    const form = new FormData();
    form.append('body', body);
    if (quotedMsgId) form.append('quotedMsgId', String(quotedMsgId));
    form.append('file', file);
    return api.post<Answer<'POST /api/messages/:ticketId'>>(`/api/messages/${ticketId}`, form).then(one);
  },
  edit: (messageId: number, body: string) => api.put<Answer<'PUT /api/messages/message/:messageId'>>(`/api/messages/message/${messageId}`, { body }).then(one),
  remove: (messageId: number) => api.delete<Answer<'DELETE /api/messages/message/:messageId'>>(`/api/messages/message/${messageId}`).then(one),
  /** Search inside the conversation (accents and case ignored), newest first. */
  search: (ticketId: number, q: string, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/messages/:ticketId/search'>>(`/api/messages/${ticketId}/search`, { query: { q }, signal }).then((r) => r.results),
  /** Watch the customer's typing and presence, or show them the attendant typing (best effort, 204). */
  presence: (ticketId: number, action: 'subscribe' | 'composing' | 'paused') => api.post<void>(`/api/messages/${ticketId}/presence`, { action }),
  retryMedia: (messageId: number) => api.post<Answer<'POST /api/messages/:messageId/media/retry'>>(`/api/messages/${messageId}/media/retry`).then(one),
};
