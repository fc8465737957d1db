import type { QuickReplyView } from '@atende/contract';

/** A QuickReplies row as read with `SELECT *` / `RETURNING *`. */
export interface QuickReplyRow {
  id: number;
  companyId: number;
  /** null: company-wide; otherwise only for that queue's tickets. */
  queueId: number | null;
  shortcut: string;
  message: string;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

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
