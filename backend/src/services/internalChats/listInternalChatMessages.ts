import { listChatMessages, type InternalChatMessageRow } from '../../db/internalChats.js';
import type { UserRecord } from '../../db/users.js';
import { visibleInternalChat } from './visibleInternalChat.js';

/** One page of history, newest first; the cursor is the oldest id of the page before (keyset: a deep page costs what the first one does). */
export async function listInternalChatMessages(
  actor: UserRecord,
  chatId: number,
  page: { cursor?: string; limit: number },
): Promise<{ messages: InternalChatMessageRow[]; nextCursor: string | null }> {
  await visibleInternalChat(actor, chatId);
  const rows = await listChatMessages(chatId, page.cursor ?? null, page.limit + 1);
  const messages = rows.slice(0, page.limit);
  return { messages, nextCursor: rows.length > page.limit ? String(messages[messages.length - 1]!.id) : null };
}
