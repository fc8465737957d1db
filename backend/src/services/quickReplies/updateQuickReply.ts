import { updateQuickReplyRow, type QuickReplyRow } from '../../db/quickReplies.js';
import { domainEvents } from '../../events/bus.js';
import { findQuickReplyInCompany } from './findQuickReplyInCompany.js';
import { assertQueueInCompany, inQuickReplyTransaction } from './quickReplyWrites.js';

export interface UpdateQuickReplyInput {
  companyId: number;
  quickReplyId: number;
  /** Omitted fields stay; queueId null moves the reply to company-wide. */
  changes: { queueId?: number | null; shortcut?: string; message?: string };
}

export function updateQuickReply({ companyId, quickReplyId, changes }: UpdateQuickReplyInput): Promise<QuickReplyRow> {
  return inQuickReplyTransaction(async (transaction) => {
    const current = await findQuickReplyInCompany(companyId, quickReplyId, transaction);
    await assertQueueInCompany(companyId, changes.queueId, transaction);
    const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    const row = await updateQuickReplyRow(transaction, companyId, quickReplyId, { queueId: next.queueId, shortcut: next.shortcut, message: next.message });
    domainEvents.publishAfterCommit(transaction, 'quickReply.changed', { companyId, action: 'updated', quickReplyId });
    return row;
  });
}
