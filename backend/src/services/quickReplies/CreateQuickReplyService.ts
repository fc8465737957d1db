import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import type { QuickReplyRow } from '../../presenters/quickReply.js';
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
    const [row] = await ctx().sequelize.query<QuickReplyRow>(
      `INSERT INTO "QuickReplies" ("companyId", "queueId", shortcut, message)
       VALUES (:companyId, :queueId, :shortcut, :message) RETURNING *`,
      { replacements: { companyId, queueId, shortcut, message }, type: QueryTypes.SELECT, transaction },
    );
    domainEvents.publishAfterCommit(transaction, 'quickReply.changed', { companyId, action: 'created', quickReplyId: row!.id });
    return row!;
  });
}
