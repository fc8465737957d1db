import type { CampaignStats, CampaignStatus, CampaignTarget, CampaignTicketMode, CampaignVariant } from '@atende/contract';
import type { Transaction } from 'sequelize';
import type { WeeklySchedule } from '../lib/businessHours.js';
import { exec, many, one } from './sql.js';

// "Campaigns" (migration 0025 tells the statuses and columns): the SQL of the campaign use cases — the view
// with the names it shows, the writes of a draft, the status moves, and the stats the views carry.

export interface CampaignRow {
  id: number;
  companyId: number;
  name: string;
  status: CampaignStatus;
  whatsappId: number | null;
  whatsappName: string | null;
  userId: number | null;
  userName: string | null;
  messages: CampaignVariant[];
  mediaPath: string | null;
  mediaType: string | null;
  mimetype: string | null;
  fileName: string | null;
  size: number | null;
  target: Partial<CampaignTarget>;
  scheduledAt: Date | string | null;
  ratePerMinute: number;
  jitterSeconds: number;
  sendingWindow: WeeklySchedule | null;
  ticketMode: CampaignTicketMode;
  queueId: number | null;
  startedAt: Date | string | null;
  finishedAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** A stored target with every list present (a client may leave one out). */
export function fullTarget(target: Partial<CampaignTarget>): CampaignTarget {
  return { tagIds: target.tagIds ?? [], contactIds: target.contactIds ?? [], contactListIds: target.contactListIds ?? [] };
}

/** A campaign with its counts, as the API and the socket show it. */
export type CampaignWithStats = CampaignRow & { stats: CampaignStats };

const SELECT_VIEW = `SELECT k.id, k."companyId", k.name, k.status, k."whatsappId", w.name AS "whatsappName", k."userId", u.name AS "userName",
    k.messages, k."mediaPath", k."mediaType", k.mimetype, k."fileName", k.size, k.target, k."scheduledAt", k."ratePerMinute",
    k."jitterSeconds", k."sendingWindow", k."ticketMode", k."queueId", k."startedAt", k."finishedAt", k."createdAt", k."updatedAt"
  FROM "Campaigns" k
  LEFT JOIN "Whatsapps" w ON w.id = k."whatsappId"
  LEFT JOIN "Users" u ON u.id = k."userId"`;

/** One of the company's campaigns; with `lock`, its row stays locked until the transaction ends. */
export function selectCampaign(companyId: number, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<CampaignRow | undefined> {
  return one(`${SELECT_VIEW} WHERE k.id = :id AND k."companyId" = :companyId ${options.lock ? 'FOR UPDATE OF k' : ''}`, { id, companyId }, options);
}

/** The company's campaigns, the latest first. */
export function listCampaignRows(companyId: number, status: CampaignStatus | undefined, limit: number): Promise<CampaignRow[]> {
  return many(`${SELECT_VIEW} WHERE k."companyId" = :companyId ${status ? 'AND k.status = :status' : ''} ORDER BY k."createdAt" DESC, k.id DESC LIMIT :limit`, {
    companyId,
    status: status ?? null,
    limit,
  });
}

/** What a draft is made of (everything the wizard edits). */
export interface CampaignFields {
  name: string;
  whatsappId: number | null;
  messages: CampaignVariant[];
  target: CampaignTarget;
  scheduledAt: Date | null;
  ratePerMinute: number;
  jitterSeconds: number;
  sendingWindow: WeeklySchedule | null;
  ticketMode: CampaignTicketMode;
  queueId: number | null;
}

const fieldParams = (f: CampaignFields) => ({
  ...f,
  messages: JSON.stringify(f.messages),
  target: JSON.stringify(f.target),
  sendingWindow: f.sendingWindow === null ? null : JSON.stringify(f.sendingWindow),
});

export async function insertCampaign(transaction: Transaction, fields: CampaignFields & { companyId: number; userId: number }): Promise<number> {
  const row = await one<{ id: number }>(
    `INSERT INTO "Campaigns" ("companyId", "userId", name, "whatsappId", messages, target, "scheduledAt", "ratePerMinute", "jitterSeconds",
       "sendingWindow", "ticketMode", "queueId")
     VALUES (:companyId, :userId, :name, :whatsappId, :messages::jsonb, :target::jsonb, :scheduledAt, :ratePerMinute, :jitterSeconds,
       :sendingWindow::jsonb, :ticketMode, :queueId)
     RETURNING id`,
    { ...fieldParams(fields), companyId: fields.companyId, userId: fields.userId },
    { transaction },
  );
  return row!.id;
}

/** Writes a draft's fields (the caller merged the changes and holds its lock). */
export async function updateDraftCampaign(transaction: Transaction, id: number, fields: CampaignFields): Promise<void> {
  await exec(
    `UPDATE "Campaigns" SET name = :name, "whatsappId" = :whatsappId, messages = :messages::jsonb, target = :target::jsonb,
       "scheduledAt" = :scheduledAt, "ratePerMinute" = :ratePerMinute, "jitterSeconds" = :jitterSeconds,
       "sendingWindow" = :sendingWindow::jsonb, "ticketMode" = :ticketMode, "queueId" = :queueId, "updatedAt" = now()
     WHERE id = :id AND status = 'draft'`,
    { ...fieldParams(fields), id },
    { transaction },
  );
}

export async function deleteCampaignRow(transaction: Transaction, id: number): Promise<void> {
  await exec(`DELETE FROM "Campaigns" WHERE id = :id`, { id }, { transaction });
}

/** The campaign's one file (relative to MEDIA_DIR), or none. */
export interface CampaignMediaFields {
  mediaPath: string;
  mediaType: string;
  mimetype: string;
  fileName: string;
  size: number;
}

export async function setCampaignMedia(transaction: Transaction, id: number, media: CampaignMediaFields | null): Promise<void> {
  await exec(
    `UPDATE "Campaigns" SET "mediaPath" = :mediaPath, "mediaType" = :mediaType, mimetype = :mimetype, "fileName" = :fileName, size = :size,
       "updatedAt" = now() WHERE id = :id`,
    { id, mediaPath: null, mediaType: null, mimetype: null, fileName: null, size: null, ...media },
    { transaction },
  );
}

/**
 * A status move the caller decided under the row lock. Starting (running) stamps startedAt once; ending
 * (cancelled) stamps finishedAt.
 */
export async function setCampaignStatus(transaction: Transaction, id: number, status: CampaignStatus): Promise<void> {
  await exec(
    `UPDATE "Campaigns" SET status = :status,
       "startedAt" = CASE WHEN :status = 'running' THEN COALESCE("startedAt", now()) ELSE "startedAt" END,
       "finishedAt" = CASE WHEN :status = 'cancelled' THEN now() ELSE "finishedAt" END,
       "updatedAt" = now()
     WHERE id = :id`,
    { id, status },
    { transaction },
  );
}

const EMPTY_STATS: CampaignStats = { total: 0, pending: 0, sending: 0, sent: 0, delivered: 0, read: 0, replied: 0, failed: 0, optedOut: 0, excluded: 0 };

/** The counts of each campaign, in one pass over their shippings (a campaign without any has zeros). */
export async function campaignStats(campaignIds: number[], transaction?: Transaction): Promise<Map<number, CampaignStats>> {
  const stats = new Map<number, CampaignStats>(campaignIds.map((id) => [id, { ...EMPTY_STATS }]));
  if (campaignIds.length === 0) return stats;
  const rows = await many<Record<keyof CampaignStats, string> & { campaignId: number }>(
    `SELECT "campaignId", count(*) AS total,
       count(*) FILTER (WHERE status = 'pending') AS pending,
       count(*) FILTER (WHERE status = 'sending') AS sending,
       count(*) FILTER (WHERE status IN ('sent', 'delivered', 'read')) AS sent,
       count(*) FILTER (WHERE status IN ('delivered', 'read')) AS delivered,
       count(*) FILTER (WHERE status = 'read') AS read,
       count(*) FILTER (WHERE "repliedAt" IS NOT NULL) AS replied,
       count(*) FILTER (WHERE status = 'failed') AS failed,
       count(*) FILTER (WHERE status = 'skipped' AND reason = 'opted_out') AS "optedOut",
       count(*) FILTER (WHERE status = 'skipped' AND reason IS DISTINCT FROM 'opted_out') AS excluded
     FROM "CampaignShippings" WHERE "campaignId" = ANY($1::int[]) GROUP BY "campaignId"`,
    [campaignIds],
    { transaction },
  );
  for (const { campaignId, ...counts } of rows) {
    stats.set(campaignId, Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, Number(value)])) as unknown as CampaignStats);
  }
  return stats;
}

/** Campaign rows with their stats, in the given order. */
export async function withStats(rows: CampaignRow[], transaction?: Transaction): Promise<CampaignWithStats[]> {
  const stats = await campaignStats(
    rows.map((r) => r.id),
    transaction,
  );
  return rows.map((row) => ({ ...row, stats: stats.get(row.id)! }));
}
