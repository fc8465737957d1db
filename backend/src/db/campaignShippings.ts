import type { Transaction } from 'sequelize';
import type { WeeklySchedule } from '../lib/businessHours.js';
import { exec, many, one } from './sql.js';

// The campaign engine's SQL (services/campaigns/campaignEngine.ts): which campaigns of a connection may send,
// the claim of their next recipient, the moves of a shipping as WhatsApp answers (sent, delivered, read, replied,
// failed), and the status changes the engine makes by itself (scheduled → running when due, running → finished).
// The tables are described in migration 0025. Internal: ids come from the engine's own rows and jobs.

/** A campaign's identity, as `campaign.changed` carries it. */
export interface CampaignRef {
  id: number;
  companyId: number;
  whatsappId: number | null;
}

/** What sending needs of a running campaign. */
export interface SendingCampaign {
  id: number;
  companyId: number;
  /** Who created it: {{attendant}} in its text. */
  userName: string | null;
  messages: { body: string }[];
  mediaPath: string | null;
  mediaType: string | null;
  mimetype: string | null;
  fileName: string | null;
  size: number | null;
  ratePerMinute: number;
  jitterSeconds: number;
  sendingWindow: WeeklySchedule | null;
  ticketMode: 'open' | 'log';
  queueId: number | null;
  /** The company's IANA time zone: the sending window and {{greeting}} follow it. */
  timezone: string;
}

/** scheduled → running for the campaigns whose time came (of one connection, or all of them). */
export function startDueCampaigns(now: Date, whatsappId?: number, transaction?: Transaction): Promise<CampaignRef[]> {
  return many(
    `UPDATE "Campaigns" SET status = 'running', "startedAt" = coalesce("startedAt", now()), "updatedAt" = now()
     WHERE status = 'scheduled' AND "scheduledAt" <= :now ${whatsappId === undefined ? '' : 'AND "whatsappId" = :whatsappId'}
     RETURNING id, "companyId", "whatsappId"`,
    { now, whatsappId },
    { transaction },
  );
}

/**
 * The connection's running campaigns, oldest first, share-locked until `transaction` ends: a pause or a cancel
 * (which lock the campaign for update) lands before this send or after it, never in between.
 */
export function lockRunningCampaigns(transaction: Transaction, whatsappId: number): Promise<SendingCampaign[]> {
  return many(
    `SELECT c.id, c."companyId", u.name AS "userName", c.messages, c."mediaPath", c."mediaType", c.mimetype, c."fileName", c.size,
            c."ratePerMinute", c."jitterSeconds", c."sendingWindow", c."ticketMode", c."queueId", co.timezone
     FROM "Campaigns" c JOIN "Companies" co ON co.id = c."companyId" LEFT JOIN "Users" u ON u.id = c."userId"
     WHERE c."whatsappId" = :whatsappId AND c.status = 'running' ORDER BY c.id FOR SHARE OF c`,
    { whatsappId },
    { transaction },
  );
}

/** When the connection's next scheduled campaign is due (null: none is scheduled). */
export async function nextScheduledStart(whatsappId: number, transaction?: Transaction): Promise<Date | null> {
  const row = await one<{ at: Date | string | null }>(
    `SELECT min("scheduledAt") AS at FROM "Campaigns" WHERE "whatsappId" = :whatsappId AND status = 'scheduled'`,
    { whatsappId },
    { transaction },
  );
  return row?.at ? new Date(row.at) : null;
}

/** Every connection with a campaign running or scheduled (the sweep wakes each). */
export async function connectionsWithActiveCampaigns(): Promise<number[]> {
  const rows = await many<{ whatsappId: number }>(
    `SELECT DISTINCT "whatsappId" FROM "Campaigns" WHERE status IN ('running', 'scheduled') AND "whatsappId" IS NOT NULL`,
  );
  return rows.map((r) => r.whatsappId);
}

/**
 * The connection's campaign shipping still 'sending', with its message (ack 0: WhatsApp has not taken it yet; ≥ 1:
 * taken, and its shipping not moved on yet). One at a time per number: a connection that is down does not pile up
 * a burst for when it is back, and the next one is paced from when this one really left. A message withdrawn
 * before it left (deleted by an attendant) holds nothing up: the sweep marks its shipping failed.
 */
export function campaignShippingInFlight(
  transaction: Transaction,
  whatsappId: number,
): Promise<{ messageId: string; ack: number; createdAt: Date | string } | undefined> {
  return one(
    `SELECT m.id AS "messageId", m.ack, m."createdAt" FROM "Campaigns" c
     JOIN "CampaignShippings" s ON s."campaignId" = c.id AND s.status = 'sending'
     JOIN "Messages" m ON m.id = s."messageId"
     WHERE c."whatsappId" = :whatsappId AND NOT (m."isDeleted" AND m.ack = 0) ORDER BY m.id LIMIT 1`,
    { whatsappId },
    { transaction },
  );
}

/** The campaign's next recipient still pending, locked (a concurrent claimer skips it), with their contact as it is now. */
export interface PendingShipping {
  id: string;
  contactId: number;
  variant: number;
  contactName: string;
  number: string;
  optedOut: boolean;
  isGroup: boolean;
}

export function lockNextPendingShipping(transaction: Transaction, campaignId: number): Promise<PendingShipping | undefined> {
  return one(
    `SELECT s.id, s."contactId", s.variant, c.name AS "contactName", c.number, c."optedOutAt" IS NOT NULL AS "optedOut", c."isGroup"
     FROM "CampaignShippings" s JOIN "Contacts" c ON c.id = s."contactId"
     WHERE s."campaignId" = :campaignId AND s.status = 'pending' ORDER BY s.id LIMIT 1 FOR UPDATE OF s SKIP LOCKED`,
    { campaignId },
    { transaction },
  );
}

/** pending → failed before anything was written (nothing could be sent: an empty text). */
export async function failPendingShipping(transaction: Transaction, id: string, reason: string): Promise<void> {
  await exec(
    `UPDATE "CampaignShippings" SET status = 'failed', reason = :reason, "failedAt" = now(), "updatedAt" = now() WHERE id = :id`,
    { id, reason },
    {
      transaction,
    },
  );
}

export async function skipShipping(transaction: Transaction, id: string, reason: 'opted_out' | 'group'): Promise<void> {
  await exec(`UPDATE "CampaignShippings" SET status = 'skipped', reason = :reason, "updatedAt" = now() WHERE id = :id`, { id, reason }, { transaction });
}

/** pending → sending: its message is written (same transaction) with this WhatsApp id. */
export async function setShippingSending(transaction: Transaction, id: string, messageId: string | number, wid: string): Promise<void> {
  await exec(
    `UPDATE "CampaignShippings" SET status = 'sending', "messageId" = :messageId, wid = :wid, attempts = attempts + 1, "updatedAt" = now() WHERE id = :id`,
    { id, messageId, wid },
    { transaction },
  );
}

/** The ticket a campaign message goes into when the contact has no active one: 'log' takes their latest closed one. */
export function latestClosedTicketOf(
  transaction: Transaction,
  at: { companyId: number; contactId: number; whatsappId: number },
): Promise<{ id: number } | undefined> {
  return one(
    `SELECT id FROM "Tickets" WHERE "companyId" = :companyId AND "contactId" = :contactId AND "whatsappId" = :whatsappId AND status = 'closed'
     ORDER BY id DESC LIMIT 1 FOR UPDATE`,
    at,
    { transaction },
  );
}

/**
 * A ticket made for a campaign message: 'pending' (waiting in the campaign's queue: ticketMode 'open') or
 * 'closed' (history only: 'log'), its card showing the campaign's text. Undefined when a pending one would be a
 * second active ticket (the customer wrote meanwhile: the caller rolls back and the next turn uses theirs).
 */
export async function insertCampaignTicket(
  transaction: Transaction,
  input: { companyId: number; contactId: number; whatsappId: number; queueId: number | null; status: 'pending' | 'closed'; preview: string },
): Promise<{ id: number; protocol: number } | undefined> {
  const created = await one<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", "queueId", status, "lastMessage", "lastMessageAt", "closedAt")
       VALUES (:companyId, :contactId, :whatsappId, :queueId, :status, :preview, now(), CASE WHEN :status = 'closed' THEN now() END)
       ON CONFLICT ("companyId", "contactId", "whatsappId") WHERE status <> 'closed' DO NOTHING RETURNING id`,
    input,
    { transaction },
  );
  if (!created) return undefined;
  // The protocol is numbered by the AFTER INSERT trigger (migration 0030), once RETURNING was formed: read back.
  const numbered = await one<{ protocol: number }>(`SELECT protocol FROM "Tickets" WHERE id = :id`, { id: created.id }, { transaction });
  return { id: created.id, protocol: numbered!.protocol };
}

/** The card's text of a ticket just made for a message whose text names the ticket's protocol (known only once inserted). */
export async function setCampaignTicketPreview(transaction: Transaction, ticketId: number, preview: string): Promise<void> {
  await exec(`UPDATE "Tickets" SET "lastMessage" = :preview WHERE id = :ticketId`, { ticketId, preview }, { transaction });
}

/** A shipping whose status moved, with what the engine needs to pace and announce it. */
export interface MovedShipping {
  campaignId: number;
  companyId: number;
  whatsappId: number | null;
  ratePerMinute: number;
  previous: string;
}

// How far a shipping got, and how far a message's ack takes it (1 sent, 2 server: sent; 3 delivered; 4+ read).
const RANK = `CASE %s WHEN 'sending' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 END`;
const rankOf = (column: string) => RANK.replace('%s', column);
const ACK_RANK = `CASE WHEN m.ack >= 4 THEN 3 WHEN m.ack >= 3 THEN 2 WHEN m.ack >= 1 THEN 1 ELSE 0 END`;

/**
 * Moves shippings forward to what their message's ack says — never backwards, and read implies delivered. Of
 * one message (its ack event), or of every shipping past 'sending' still moving (the sweep, for an event a crash
 * lost). One still 'sending' moves only under its connection's pacing lock (advanceCampaignShippings); without
 * it, `leavingSending: false` leaves such a one alone.
 */
export function advanceShippings(
  messageId?: string | number,
  transaction?: Transaction,
  { leavingSending = true }: { leavingSending?: boolean } = {},
): Promise<MovedShipping[]> {
  return many(
    `UPDATE "CampaignShippings" s SET
       status = (ARRAY['sending', 'sent', 'delivered', 'read'])[${ACK_RANK} + 1],
       "sentAt" = coalesce(s."sentAt", now()),
       "deliveredAt" = CASE WHEN ${ACK_RANK} >= 2 THEN coalesce(s."deliveredAt", now()) ELSE s."deliveredAt" END,
       "readAt" = CASE WHEN ${ACK_RANK} >= 3 THEN coalesce(s."readAt", now()) ELSE s."readAt" END,
       "updatedAt" = now()
     FROM "Messages" m, "CampaignShippings" old, "Campaigns" c
     WHERE m.id = s."messageId" AND old.id = s.id AND c.id = s."campaignId"
       AND s.status IN ('sending', 'sent', 'delivered') AND ${rankOf('s.status')} < ${ACK_RANK}
       ${messageId === undefined ? `AND s.status <> 'sending' AND s."sentAt" > now() - interval '7 days'` : 'AND s."messageId" = :messageId'}
       ${leavingSending ? '' : `AND s.status <> 'sending'`}
     RETURNING s."campaignId", s."companyId", c."whatsappId", c."ratePerMinute", old.status AS previous`,
    { messageId },
    { transaction },
  );
}

/** Shippings still 'sending' whose message WhatsApp took (their ack event lost to a crash): the sweep moves them on. */
export function takenShippingsInFlight(): Promise<{ whatsappId: number; messageId: string }[]> {
  return many(
    `SELECT c."whatsappId", m.id AS "messageId" FROM "CampaignShippings" s
     JOIN "Campaigns" c ON c.id = s."campaignId" JOIN "Messages" m ON m.id = s."messageId"
     WHERE s.status = 'sending' AND m.ack >= 1 AND c."whatsappId" IS NOT NULL`,
  );
}

/** sending → failed: the outbound queue gave up on the message (its last attempt failed). */
export function failShippingsOfMessage(messageId: string | number, reason: string): Promise<CampaignRef[]> {
  return many(
    `UPDATE "CampaignShippings" s SET status = 'failed', reason = left(:reason, 60), "failedAt" = now(), "updatedAt" = now()
     FROM "Campaigns" c WHERE c.id = s."campaignId" AND s."messageId" = :messageId AND s.status = 'sending'
     RETURNING c.id, c."companyId", c."whatsappId"`,
    { messageId, reason },
  );
}

/** sending → failed for shippings whose message can no longer go (an attendant deleted it before it left). */
export function failWithdrawnShippings(): Promise<CampaignRef[]> {
  return many(
    `UPDATE "CampaignShippings" s SET status = 'failed', reason = 'ERR_MESSAGE_DELETED', "failedAt" = now(), "updatedAt" = now()
     FROM "Campaigns" c WHERE c.id = s."campaignId" AND s.status = 'sending'
       AND NOT EXISTS (SELECT 1 FROM "Messages" m WHERE m.id = s."messageId" AND NOT (m."isDeleted" AND m.ack = 0))
     RETURNING c.id, c."companyId", c."whatsappId"`,
  );
}

/** The customer wrote on this connection: their shippings of the last 7 days that went out count as replied. */
export function markShippingsReplied(contactId: number, whatsappId: number): Promise<CampaignRef[]> {
  return many(
    `UPDATE "CampaignShippings" s SET "repliedAt" = now(), "updatedAt" = now()
     FROM "Campaigns" c
     WHERE c.id = s."campaignId" AND c."whatsappId" = :whatsappId AND s."contactId" = :contactId
       AND s."repliedAt" IS NULL AND s.status IN ('sent', 'delivered', 'read') AND s."sentAt" > now() - interval '7 days'
     RETURNING c.id, c."companyId", c."whatsappId"`,
    { contactId, whatsappId },
  );
}

/** running → finished when no recipient is left pending or sending (one campaign, or every running one). */
export function finishDoneCampaigns(campaignId?: number, transaction?: Transaction): Promise<CampaignRef[]> {
  return many(
    `UPDATE "Campaigns" c SET status = 'finished', "finishedAt" = now(), "updatedAt" = now()
     WHERE c.status = 'running' ${campaignId === undefined ? '' : 'AND c.id = :campaignId'}
       AND NOT EXISTS (SELECT 1 FROM "CampaignShippings" s WHERE s."campaignId" = c.id AND s.status IN ('pending', 'sending'))
     RETURNING c.id, c."companyId", c."whatsappId"`,
    { campaignId },
    { transaction },
  );
}
