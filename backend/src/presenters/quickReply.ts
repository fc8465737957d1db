import type { QuickReplyView } from '@atende/contract';
import type { QuickReplyRow } from '../db/quickReplies.js';
import { iso } from '../db/sql.js';

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
