import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { QuickReplyRow } from '../../presenters/quickReply.js';

/** Another company's quick reply is "not found", like a missing one. */
export async function findQuickReplyInCompany(companyId: number, quickReplyId: number, transaction?: Transaction): Promise<QuickReplyRow> {
  const [row] = await ctx().sequelize.query<QuickReplyRow>(
    `SELECT * FROM "QuickReplies" WHERE id = :quickReplyId AND "companyId" = :companyId ${transaction ? 'FOR UPDATE' : ''}`,
    { replacements: { quickReplyId, companyId }, type: QueryTypes.SELECT, transaction },
  );
  if (!row) throw AppError.notFound('ERR_QUICK_REPLY_NOT_FOUND', 'Quick reply not found');
  return row;
}
