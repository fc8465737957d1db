import type { Answer } from '@atende/contract';
import { api } from '../api/client';

export type { InternalChatMessageView, InternalChatMessagesPage, InternalChatView } from '@atende/contract';

export const MESSAGES_PAGE_SIZE = 50;

export const internalChatApi = {
  list: () => api.get<Answer<'GET /api/internal-chats'>>('/api/internal-chats'),
  colleagues: () => api.get<Answer<'GET /api/internal-chats/colleagues'>>('/api/internal-chats/colleagues').then((r) => r.users),
  openDirect: (userId: number) => api.post<Answer<'POST /api/internal-chats/direct'>>('/api/internal-chats/direct', { userId }).then((r) => r.chat),
  messages: (chatId: number, cursor?: string) =>
    api.get<Answer<'GET /api/internal-chats/:id/messages'>>(`/api/internal-chats/${chatId}/messages`, { query: { cursor, limit: MESSAGES_PAGE_SIZE } }),
  send: (chatId: number, body: string) =>
    api.post<Answer<'POST /api/internal-chats/:id/messages'>>(`/api/internal-chats/${chatId}/messages`, { body }).then((r) => r.message),
  read: (chatId: number) => api.post<Answer<'POST /api/internal-chats/:id/read'>>(`/api/internal-chats/${chatId}/read`, {}),
};
