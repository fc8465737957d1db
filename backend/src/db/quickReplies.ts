import type { Transaction } from 'sequelize';
import { escapeLike } from '../lib/textSearch.js';
import { exec, many, one } from './sql.js';

// "QuickReplies": the company's canned texts, typed after "/" in the composer; company-wide (queueId null) or
// one queue's. The unique index "QuickReplies_company_queue_shortcut" keeps a shortcut single in its scope.

/** A QuickReplies row as read with `SELECT *` / `RETURNING *`. */
export interface QuickReplyRow {
  id: number;
  companyId: number;
  /** null: company-wide; otherwise only for that queue's tickets. */
  queueId: number | null;
  shortcut: string;
  message: string;
  /** The attached file (relative to MEDIA_DIR), sent with the text as its caption; null: text only. */
  mediaPath: string | null;
  mediaType: string | null;
  mimetype: string | null;
  fileName: string | null;
  mediaSize: number | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export type QuickReplyFields = Pick<QuickReplyRow, 'queueId' | 'shortcut' | 'message'>;

/** The reply when it is the company's; inside a transaction its row stays locked until the end. */
export function findQuickReply(companyId: number, quickReplyId: number, transaction?: Transaction): Promise<QuickReplyRow | undefined> {
  return one(
    `SELECT * FROM "QuickReplies" WHERE id = :quickReplyId AND "companyId" = :companyId ${transaction ? 'FOR UPDATE' : ''}`,
    { quickReplyId, companyId },
    { transaction },
  );
}

export interface QuickRepliesQuery {
  companyId: number;
  /** Text typed after "/" (without it): the start of the shortcut, or anywhere in the message. */
  term?: string;
  /** Company-wide replies plus this queue's; omitted: every reply of the company. */
  queueId?: number;
}

/** By shortcut; within one shortcut a queue's own reply before the company-wide one. */
export function listQuickReplies({ companyId, term, queueId }: QuickRepliesQuery): Promise<QuickReplyRow[]> {
  const where = ['"companyId" = :companyId'];
  if (queueId !== undefined) where.push('("queueId" IS NULL OR "queueId" = :queueId)');
  if (term) where.push(`(shortcut LIKE :prefix OR message ILIKE :anywhere)`);
  return many(`SELECT * FROM "QuickReplies" WHERE ${where.join(' AND ')} ORDER BY shortcut, "queueId" NULLS LAST, id`, {
    companyId,
    queueId,
    prefix: `${escapeLike(term?.toLowerCase() ?? '')}%`,
    anywhere: `%${escapeLike(term ?? '')}%`,
  });
}

export async function insertQuickReply(transaction: Transaction, companyId: number, fields: QuickReplyFields): Promise<QuickReplyRow> {
  const row = await one<QuickReplyRow>(
    `INSERT INTO "QuickReplies" ("companyId", "queueId", shortcut, message)
     VALUES (:companyId, :queueId, :shortcut, :message) RETURNING *`,
    { companyId, ...fields },
    { transaction },
  );
  return row!;
}

/** Writes every field (the caller merged the changes into the current row). */
export async function updateQuickReplyRow(transaction: Transaction, companyId: number, quickReplyId: number, fields: QuickReplyFields): Promise<QuickReplyRow> {
  const row = await one<QuickReplyRow>(
    `UPDATE "QuickReplies" SET "queueId" = :queueId, shortcut = :shortcut, message = :message, "updatedAt" = now()
     WHERE id = :quickReplyId AND "companyId" = :companyId RETURNING *`,
    { ...fields, quickReplyId, companyId },
    { transaction },
  );
  return row!;
}

export async function deleteQuickReplyRow(transaction: Transaction, companyId: number, quickReplyId: number): Promise<void> {
  await exec(`DELETE FROM "QuickReplies" WHERE id = :quickReplyId AND "companyId" = :companyId`, { quickReplyId, companyId }, { transaction });
}

export interface QuickReplyMediaFields {
  mediaPath: string;
  mediaType: string;
  mimetype: string;
  fileName: string;
  mediaSize: number;
}

/** Sets (or with null clears) the reply's one file; returns the row as it is now. */
export async function setQuickReplyMedia(
  transaction: Transaction,
  companyId: number,
  quickReplyId: number,
  media: QuickReplyMediaFields | null,
): Promise<QuickReplyRow> {
  const row = await one<QuickReplyRow>(
    `UPDATE "QuickReplies" SET "mediaPath" = :mediaPath, "mediaType" = :mediaType, mimetype = :mimetype, "fileName" = :fileName,
       "mediaSize" = :mediaSize, "updatedAt" = now()
     WHERE id = :quickReplyId AND "companyId" = :companyId RETURNING *`,
    { mediaPath: null, mediaType: null, mimetype: null, fileName: null, mediaSize: null, ...media, quickReplyId, companyId },
    { transaction },
  );
  return row!;
}
