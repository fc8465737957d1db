import { ctx } from '../../context.js';
import { insertChatMessage, type InternalChatMessageRow } from '../../db/internalChats.js';
import type { UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { visibleInternalChat } from './visibleInternalChat.js';

/** Stores a message for the chat's people and announces it after commit. It stays inside Atende: no WhatsApp. */
export async function sendInternalChatMessage(actor: UserRecord, chatId: number, body: string): Promise<InternalChatMessageRow> {
  const chat = await visibleInternalChat(actor, chatId);
  return ctx().sequelize.transaction(async (transaction) => {
    const message = await insertChatMessage(transaction, chat.id, actor.id, body);
    domainEvents.publishAfterCommit(transaction, 'internalChat.message', { companyId: actor.companyId, chat, message });
    return message;
  });
}
