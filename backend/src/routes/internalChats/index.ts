import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate } from '../../middleware/authenticate.js';
import { presentInternalChat, presentInternalChatMessage } from '../../presenters/internalChat.js';
import { listChatColleagues } from '../../services/internalChats/listChatColleagues.js';
import { listInternalChatMessages } from '../../services/internalChats/listInternalChatMessages.js';
import { listInternalChats } from '../../services/internalChats/listInternalChats.js';
import { markInternalChatRead } from '../../services/internalChats/markInternalChatRead.js';
import { openDirectChat } from '../../services/internalChats/openDirectChat.js';
import { sendInternalChatMessage } from '../../services/internalChats/sendInternalChatMessage.js';
import { internalChatMessagesQuery, openDirectChatBody, sendInternalChatMessageBody } from './schema.js';

// Internal chat (issue 17): every user of the company, whatever the profile, talks in the company channel and
// in direct chats of their own; nobody reads a direct chat they are not part of (services/internalChats/visibleInternalChat.ts).
export const internalChatsRouter = Router();
internalChatsRouter.use(authenticate);

internalChatsRouter.get('/', async (req, res) => {
  const { chats, unreadTotal } = await listInternalChats(actorOf(req).user);
  res.json({ chats: chats.map(presentInternalChat), unreadTotal } satisfies Answer<'GET /api/internal-chats'>);
});

internalChatsRouter.get('/colleagues', async (req, res) => {
  res.json({ users: await listChatColleagues(actorOf(req).user) } satisfies Answer<'GET /api/internal-chats/colleagues'>);
});

internalChatsRouter.post('/direct', async (req, res) => {
  const { userId } = parse(openDirectChatBody, req.body);
  const { chat, created } = await openDirectChat(actorOf(req).user, userId);
  res.status(created ? 201 : 200).json({ chat: presentInternalChat(chat) } satisfies Answer<'POST /api/internal-chats/direct'>);
});

internalChatsRouter.get('/:id/messages', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const query = parse(internalChatMessagesQuery, req.query);
  const page = await listInternalChatMessages(actorOf(req).user, id, query);
  res.json({ messages: page.messages.map(presentInternalChatMessage), nextCursor: page.nextCursor } satisfies Answer<'GET /api/internal-chats/:id/messages'>);
});

internalChatsRouter.post('/:id/messages', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { body } = parse(sendInternalChatMessageBody, req.body);
  const message = await sendInternalChatMessage(actorOf(req).user, id, body);
  res.status(201).json({ message: presentInternalChatMessage(message) } satisfies Answer<'POST /api/internal-chats/:id/messages'>);
});

internalChatsRouter.post('/:id/read', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const actor = actorOf(req).user;
  await markInternalChatRead(actor, id);
  const { chats, unreadTotal } = await listInternalChats(actor);
  res.json({ chat: presentInternalChat(chats.find((c) => c.id === id)!), unreadTotal } satisfies Answer<'POST /api/internal-chats/:id/read'>);
});
