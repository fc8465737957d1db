import { insertQuickReply, type QuickReplyRow } from '../../db/quickReplies.js';
import { domainEvents } from '../../events/bus.js';
import { assertQueueInCompany, inQuickReplyTransaction } from './quickReplyWrites.js';

export interface CreateQuickReplyInput {
  companyId: number;
  /** null: company-wide. */
  queueId: number | null;
  shortcut: string;
  message: string;
}

export function createQuickReply({ companyId, queueId, shortcut, message }: CreateQuickReplyInput): Promise<QuickReplyRow> {
  return inQuickReplyTransaction(async (transaction) => {
    await assertQueueInCompany(companyId, queueId, transaction);
    const row = await insertQuickReply(transaction, companyId, { queueId, shortcut, message });
    domainEvents.publishAfterCommit(transaction, 'quickReply.changed', { companyId, action: 'created', quickReplyId: row.id });
    return row;
  });
}
