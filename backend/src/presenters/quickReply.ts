import type { QuickReplyMedia, QuickReplyView } from '@atende/contract';
import type { QuickReplyRow } from '../db/quickReplies.js';
import { iso } from '../db/sql.js';

export function presentQuickReply(row: QuickReplyRow): QuickReplyView {
  return {
    id: row.id,
    companyId: row.companyId,
    queueId: row.queueId,
    shortcut: row.shortcut,
    message: row.message,
    media:
      row.mediaPath === null
        ? null
        : {
            mediaType: row.mediaType as QuickReplyMedia['mediaType'],
            fileName: row.fileName ?? 'arquivo',
            mimetype: row.mimetype ?? 'application/octet-stream',
            size: Number(row.mediaSize ?? 0),
          },
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
