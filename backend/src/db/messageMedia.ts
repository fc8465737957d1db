import { many, one } from './sql.js';
import { messageColumns, type MessageRow } from './messages.js';

// The files of messages: where a message's file is and whether it is downloaded ("mediaStatus": pending,
// ready, failed), the claim of a retry, and which stored files are still in use.

export interface MediaRow {
  ticketId: number;
  mediaType: string;
  mediaPath: string | null;
  mimetype: string | null;
  fileName: string | null;
  mediaStatus: 'pending' | 'ready' | 'failed' | null;
  isDeleted: boolean;
}

/** A message of the company, as its file is served. */
export function mediaOfMessage(companyId: number, messageId: number): Promise<MediaRow | undefined> {
  return one<MediaRow>(
    `SELECT "ticketId", "mediaType", "mediaPath", mimetype, "fileName", "mediaStatus", "isDeleted"
     FROM "Messages" WHERE id = :messageId AND "companyId" = :companyId`,
    { messageId, companyId },
  );
}

/** The ticket of a message of the company. */
export async function ticketIdOfMessage(companyId: number, messageId: number): Promise<number | undefined> {
  const row = await one<{ ticketId: number }>(`SELECT "ticketId" FROM "Messages" WHERE id = :messageId AND "companyId" = :companyId`, { messageId, companyId });
  return row?.ticketId;
}

/**
 * Takes a failed (or abandoned) download back to pending, so that two clicks start one retry: the row with
 * its `raw` (what the retry downloads from), or undefined when it is not retriable.
 */
export function claimMediaRetry(companyId: number, messageId: number): Promise<(MessageRow & { raw: unknown }) | undefined> {
  return one<MessageRow & { raw: unknown }>(
    `UPDATE "Messages" SET "mediaStatus" = 'pending', "updatedAt" = now()
     WHERE id = :messageId AND "companyId" = :companyId AND raw IS NOT NULL AND NOT "isDeleted"
       -- a download still "pending" after this long died with its process: it may be tried again too
       AND ("mediaStatus" = 'failed' OR ("mediaStatus" = 'pending' AND "updatedAt" < now() - interval '10 minutes'))
     RETURNING ${messageColumns()}, raw`,
    { messageId, companyId },
  );
}

/** The downloaded file, or the failure, recorded on a row not ready yet; undefined when it is gone or another attempt won. */
export function recordMediaDownload(
  message: { companyId: number; messageId: number | string },
  result: { mediaPath: string; mimeType: string; size: number } | 'failed',
): Promise<MessageRow | undefined> {
  const set =
    result === 'failed'
      ? `"mediaStatus" = 'failed'`
      : `"mediaPath" = :mediaPath, mimetype = :mimeType, "mediaSize" = :size, "mediaStatus" = 'ready', raw = NULL`;
  return one<MessageRow>(
    `UPDATE "Messages" SET ${set}, "updatedAt" = now() WHERE id = :messageId AND "companyId" = :companyId AND "mediaStatus" <> 'ready'
     RETURNING ${messageColumns()}`,
    { ...(result === 'failed' ? {} : result), messageId: message.messageId, companyId: message.companyId },
  );
}

/**
 * Those of these stored files that a live message, or a campaign, still points at: every message of a campaign
 * shares the campaign's one file, so deleting one of them must not take it from the others still to be sent.
 */
export async function mediaPathsInUse(paths: readonly string[]): Promise<Set<string>> {
  const rows = await many<{ mediaPath: string }>(
    `SELECT "mediaPath" FROM "Messages" WHERE "mediaPath" IN (:paths) AND NOT "isDeleted"
     UNION SELECT "mediaPath" FROM "Campaigns" WHERE "mediaPath" IN (:paths)
     UNION SELECT "mediaPath" FROM "QuickReplies" WHERE "mediaPath" IN (:paths)`,
    { paths },
  );
  return new Set(rows.map((r) => r.mediaPath));
}
