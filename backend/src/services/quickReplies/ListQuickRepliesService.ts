import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { escapeLike } from '../../lib/textSearch.js';
import type { QuickReplyRow } from '../../presenters/quickReply.js';

export interface ListQuickRepliesInput {
  companyId: number;
  /** Text typed after "/": matches the start of the shortcut, or anywhere in the message. */
  search?: string;
  /** The ticket's queue: company-wide replies plus this queue's. Omitted: every reply of the company. */
  queueId?: number;
}

/**
 * Quick replies by shortcut; within one shortcut a queue's own reply comes before the company-wide one,
 * since it is the more specific. A company keeps tens or hundreds of them, so no pagination.
 */
export function listQuickReplies({ companyId, search, queueId }: ListQuickRepliesInput): Promise<QuickReplyRow[]> {
  const where = ['"companyId" = :companyId'];
  if (queueId !== undefined) where.push('("queueId" IS NULL OR "queueId" = :queueId)');
  const term = search?.trim().replace(/^\//, '');
  if (term) where.push(`(shortcut LIKE :prefix OR message ILIKE :anywhere)`);
  return ctx().sequelize.query<QuickReplyRow>(
    `SELECT * FROM "QuickReplies" WHERE ${where.join(' AND ')} ORDER BY shortcut, "queueId" NULLS LAST, id`,
    {
      replacements: { companyId, queueId, prefix: `${escapeLike(term?.toLowerCase() ?? '')}%`, anywhere: `%${escapeLike(term ?? '')}%` },
      type: QueryTypes.SELECT,
    },
  );
}
