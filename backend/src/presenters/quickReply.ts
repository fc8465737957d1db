import type { QuickReplyRow } from '../db/quickReplies.js';
import { iso } from '../db/sql.js';

/** The row as the API shows it: the same fields, timestamps as ISO strings. */
export type QuickReplyView = Omit<QuickReplyRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

export function presentQuickReply(row: QuickReplyRow): QuickReplyView {
  return {
    id: row.id,
    companyId: row.companyId,
    queueId: row.queueId,
    shortcut: row.shortcut,
    message: row.message,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
