import { many, one } from './sql.js';

// "Alerts" (migration 0019): what only an admin can fix about a connection, stored so an admin offline when it
// happened still finds it; "AlertsSeen" records, per admin, the ones they have seen.

/** Why an admin is alerted about a connection: the phone unlinked Atende, or it cannot reach WhatsApp. */
export type AlertReason = 'loggedOut' | 'unreachable';

/** An alert row with the name of its connection. */
export interface AlertRecord {
  id: number;
  companyId: number;
  whatsappId: number;
  whatsappName: string;
  reason: AlertReason;
  createdAt: Date;
}

/** What a bell can show; an admin with more unseen alerts than this marks them all seen at once. */
const UNSEEN_LIMIT = 50;

/** The company's alerts this admin has not marked seen, newest first (those raised before they joined excluded). */
export function listUnseenAlerts(companyId: number, userId: number): Promise<AlertRecord[]> {
  return many(
    `SELECT a.id, a."companyId", a."whatsappId", a.reason, a."createdAt", w.name AS "whatsappName"
     FROM "Alerts" a JOIN "Whatsapps" w ON w.id = a."whatsappId"
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
export function insertAlert(whatsappId: number, reason: AlertReason): Promise<AlertRecord | undefined> {
  return one(
    `WITH created AS (
       INSERT INTO "Alerts" ("companyId", "whatsappId", reason) SELECT "companyId", id, $2 FROM "Whatsapps" WHERE id = $1
       RETURNING id, "companyId", "whatsappId", reason, "createdAt")
     SELECT created.*, w.name AS "whatsappName" FROM created JOIN "Whatsapps" w ON w.id = created."whatsappId"`,
    [whatsappId, reason],
  );
}
