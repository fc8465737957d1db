import { lastMessageIdOf, markChatRead } from '../../db/internalChats.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { visibleInternalChat } from './visibleInternalChat.js';

/** Marks everything in the chat so far as read by the actor, and tells their other tabs. */
export async function markInternalChatRead(actor: UserRecord, chatId: number): Promise<void> {
  const chat = await visibleInternalChat(actor, chatId);
  await markChatRead(null, chat.id, actor.id, await lastMessageIdOf(chat.id));
  domainEvents.publish('internalChat.read', { companyId: actor.companyId, userId: actor.id, chatId: chat.id });
}
