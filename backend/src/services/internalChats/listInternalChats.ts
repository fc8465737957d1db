import { ensureChannel, listChatsOfUser, type InternalChatListRow } from '../../db/internalChats.js';
import type { UserRecord } from '../../db/users.js';

/** The actor's chats, the company channel always among them (created on the company's first look). */
export async function listInternalChats(actor: UserRecord): Promise<{ chats: InternalChatListRow[]; unreadTotal: number }> {
  await ensureChannel(actor.companyId);
  const chats = await listChatsOfUser(actor.companyId, actor.id);
  return { chats, unreadTotal: chats.reduce((sum, c) => sum + Number(c.unread), 0) };
}
