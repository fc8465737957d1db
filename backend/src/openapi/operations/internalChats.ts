import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { internalChatMessagesQuery, openDirectChatBody, sendInternalChatMessageBody } from '../../routes/internalChats/schema.js';

export const internalChatsOperations: Operation[] = [
  {
    method: 'GET',
    path: '/api/internal-chats',
    summary: 'List my internal chats (the company channel and direct chats) with unread counts',
    access: 'user',
    errors: [],
  },
  { method: 'GET', path: '/api/internal-chats/colleagues', summary: 'List the colleagues I may start a direct chat with', access: 'user', errors: [] },
  {
    method: 'POST',
    path: '/api/internal-chats/direct',
    summary: 'Find or create the direct chat with a colleague',
    access: 'user',
    body: openDirectChatBody,
    answers: { status: 201 },
    errors: ['ERR_INTERNAL_CHAT_SELF', 'ERR_USER_NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/api/internal-chats/:id/messages',
    summary: 'An internal chat’s history, newest first',
    access: 'user',
    params: idParams,
    query: internalChatMessagesQuery,
    errors: ['ERR_INTERNAL_CHAT_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/api/internal-chats/:id/messages',
    summary: 'Send an internal chat message (never sent to WhatsApp)',
    access: 'user',
    params: idParams,
    body: sendInternalChatMessageBody,
    answers: { status: 201 },
    errors: ['ERR_INTERNAL_CHAT_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/api/internal-chats/:id/read',
    summary: 'Mark an internal chat as read',
    access: 'user',
    params: idParams,
    errors: ['ERR_INTERNAL_CHAT_NOT_FOUND'],
  },
];
