import type { Transaction } from 'sequelize';
import { lockCompanyMembers, replaceQueueMembers as replaceMembers, type MemberKind } from '../../db/queues.js';
import { AppError } from '../../errors/AppError.js';

export interface QueueMembers {
  /** Users who serve the queue; replaces the current list when given. */
  userIds?: number[];
  /** Connections routed to the queue; replaces the current list when given. */
  whatsappIds?: number[];
}

const NOT_FOUND: Record<MemberKind, { code: 'ERR_USER_NOT_FOUND' | 'ERR_WHATSAPP_NOT_FOUND'; message: string }> = {
  users: { code: 'ERR_USER_NOT_FOUND', message: 'User not found' },
  whatsapps: { code: 'ERR_WHATSAPP_NOT_FOUND', message: 'Connection not found' },
};

/**
 * Every id must belong to the company: another company's user or connection is "not found" (404, the ids
 * in details), exactly like a missing one. They stay key-share-locked against deletion until we commit.
 */
async function replace(kind: MemberKind, companyId: number, queueId: number, ids: number[], transaction: Transaction): Promise<void> {
  if (ids.length > 0) {
    const found = await lockCompanyMembers(transaction, kind, companyId, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw new AppError(NOT_FOUND[kind].code, 404, NOT_FOUND[kind].message, { ids: missing });
  }
  await replaceMembers(transaction, kind, queueId, ids);
}

/** Replaces the given member lists of a queue (inside the caller's transaction, with the queue locked). */
export async function replaceQueueMembers(companyId: number, queueId: number, members: QueueMembers, transaction: Transaction): Promise<void> {
  if (members.userIds) await replace('users', companyId, queueId, members.userIds, transaction);
  if (members.whatsappIds) await replace('whatsapps', companyId, queueId, members.whatsappIds, transaction);
}
