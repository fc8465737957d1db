import { activeColleagueExists, findOrInsertDirect, selectChatListRow, type InternalChatListRow } from '../../db/internalChats.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';

/**
 * The one direct chat of the actor and a colleague, created on first use. The pair is stored ordered and
 * unique, so two people opening it at the same moment get the same chat.
 */
export async function openDirectChat(actor: UserRecord, userId: number): Promise<{ chat: InternalChatListRow; created: boolean }> {
  if (userId === actor.id) throw AppError.badRequest('ERR_INTERNAL_CHAT_SELF', 'A direct chat needs another user');
  // Another company's user, like a missing or deactivated one, is not there to talk to.
  if (!(await activeColleagueExists(actor.companyId, userId))) throw AppError.notFound('ERR_USER_NOT_FOUND', 'User not found');
  const { id, created } = await findOrInsertDirect(actor.companyId, Math.min(actor.id, userId), Math.max(actor.id, userId));
  return { chat: (await selectChatListRow(actor.companyId, actor.id, id))!, created };
}
