import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { lockCompanyQueues } from '../../db/queues.js';
import { AppError } from '../../errors/AppError.js';

/**
 * Runs a quick-reply write in a transaction. The unique index on (company, queue or 0, shortcut) decides
 * duplicates in a scope; a queue of another company reads as missing (404), checked with the row locked
 * against deletion until commit.
 */
export async function inQuickReplyTransaction<T>(run: (transaction: Transaction) => Promise<T>): Promise<T> {
  try {
    return await ctx().sequelize.transaction(run);
  } catch (err) {
    const constraint = err instanceof UniqueConstraintError ? (err.parent as { constraint?: string }).constraint : undefined;
    if (constraint === 'QuickReplies_company_queue_shortcut') {
      throw AppError.conflict('ERR_QUICK_REPLY_SHORTCUT_IN_USE', 'This shortcut is already used in this scope');
    }
    throw err;
  }
}

export async function assertQueueInCompany(companyId: number, queueId: number | null | undefined, transaction: Transaction): Promise<void> {
  if (queueId === null || queueId === undefined) return;
  const found = await lockCompanyQueues(transaction, companyId, [queueId]);
  if (!found.has(queueId)) throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
}
