import { many, one } from './sql.js';

// "Alerts" (migrations 0019, 0021): what only an admin can fix — about a connection, or about the company's AI
// spending (no connection; once per local month, "period") — stored so an admin offline when it happened still
// finds it; "AlertsSeen" records, per admin, the ones they have seen.

/**
 * Why an admin is alerted: a connection's phone unlinked Atende or it cannot reach WhatsApp; the AI agents
 * used 80 % of the month's token budget, or all of it.
 */
export type AlertReason = ConnectionAlertReason | BudgetAlertReason | WebhookAlertReason;
export type ConnectionAlertReason = 'loggedOut' | 'unreachable';
export type BudgetAlertReason = 'aiBudgetNear' | 'aiBudgetSpent';
/** A webhook failed for a day and was disabled (db/webhooks.ts stores it with the disabling). */
export type WebhookAlertReason = 'webhookDisabled';

/** An alert row with the name of its connection (both null for a company alert), or of its webhook. */
export interface AlertRecord {
  id: number;
  companyId: number;
  whatsappId: number | null;
  whatsappName: string | null;
  webhookId: number | null;
  webhookName: string | null;
  reason: AlertReason;
  /** The company's local month ('2026-12') a budget alert is about; null for a connection's. */
  period: string | null;
  createdAt: Date;
}

/** What a bell can show; an admin with more unseen alerts than this marks them all seen at once. */
const UNSEEN_LIMIT = 50;

/** The company's alerts this admin has not marked seen, newest first (those raised before they joined excluded). */
export function listUnseenAlerts(companyId: number, userId: number): Promise<AlertRecord[]> {
  return many(
    `SELECT a.id, a."companyId", a."whatsappId", a.reason, a.period, a."createdAt", w.name AS "whatsappName",
            a."webhookId", h.name AS "webhookName"
     FROM "Alerts" a LEFT JOIN "Whatsapps" w ON w.id = a."whatsappId" LEFT JOIN "Webhooks" h ON h.id = a."webhookId"
     WHERE a."companyId" = $1
       AND a."createdAt" >= (SELECT "createdAt" FROM "Users" WHERE id = $2)
       AND NOT EXISTS (SELECT 1 FROM "AlertsSeen" s WHERE s."alertId" = a.id AND s."userId" = $2)
     ORDER BY a.id DESC LIMIT ${UNSEEN_LIMIT}`,
    [companyId, userId],
  );
}

/**
 * Records that this admin saw the alert (or, with `alertId` null, every alert of the company so far); seeing one
 * twice changes nothing. Answers the ids it covered: none when the alert is not the company's.
 */
export function markAlertsSeen(companyId: number, userId: number, alertId: number | null): Promise<{ id: number }[]> {
  return many(
    `WITH target AS (SELECT id FROM "Alerts" WHERE "companyId" = $1 AND ($3::int IS NULL OR id = $3)),
          seen AS (INSERT INTO "AlertsSeen" ("alertId", "userId") SELECT id, $2 FROM target ON CONFLICT DO NOTHING)
     SELECT id FROM target`,
    [companyId, userId, alertId],
  );
}

/** Stores an alert about the connection for its company (none when the connection is gone). */
export function insertAlert(whatsappId: number, reason: ConnectionAlertReason): Promise<AlertRecord | undefined> {
  return one(
    `WITH created AS (
       INSERT INTO "Alerts" ("companyId", "whatsappId", reason) SELECT "companyId", id, $2 FROM "Whatsapps" WHERE id = $1
       RETURNING id, "companyId", "whatsappId", "webhookId", reason, period, "createdAt")
     SELECT created.*, w.name AS "whatsappName", NULL::text AS "webhookName" FROM created JOIN "Whatsapps" w ON w.id = created."whatsappId"`,
    [whatsappId, reason],
  );
}

/**
 * Stores an alert about the company itself for one of its local months; undefined when that alert was already
 * raised for the month (the unique index decides, so two processes racing store one).
 */
export function insertCompanyAlert(companyId: number, reason: BudgetAlertReason, period: string): Promise<AlertRecord | undefined> {
  return one(
    `INSERT INTO "Alerts" ("companyId", reason, period) VALUES ($1, $2, $3)
     ON CONFLICT ("companyId", reason, period) WHERE period IS NOT NULL DO NOTHING
     RETURNING id, "companyId", "whatsappId", NULL::text AS "whatsappName", "webhookId", NULL::text AS "webhookName", reason, period, "createdAt"`,
    [companyId, reason, period],
  );
}
