import type { Transaction } from 'sequelize';
import { findQuickReply, type QuickReplyRow } from '../../db/quickReplies.js';
import { AppError } from '../../errors/AppError.js';

/** Another company's quick reply is "not found", like a missing one. */
export async function findQuickReplyInCompany(companyId: number, quickReplyId: number, transaction?: Transaction): Promise<QuickReplyRow> {
  const row = await findQuickReply(companyId, quickReplyId, transaction);
  if (!row) throw AppError.notFound('ERR_QUICK_REPLY_NOT_FOUND', 'Quick reply not found');
  return row;
}
