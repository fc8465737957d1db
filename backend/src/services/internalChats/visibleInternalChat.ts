import { selectChatOfUser, type InternalChatRow } from '../../db/internalChats.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';

/**
 * A chat the actor takes part in (their company's channel or a direct chat of theirs). Anything else — missing,
 * another company's, a direct chat of two colleagues — is the same 404, so trying ids reveals nothing.
 */
export async function visibleInternalChat(actor: UserRecord, chatId: number): Promise<InternalChatRow> {
  const chat = await selectChatOfUser(actor.companyId, actor.id, chatId);
  if (!chat) throw AppError.notFound('ERR_INTERNAL_CHAT_NOT_FOUND', 'Internal chat not found');
  return chat;
}
