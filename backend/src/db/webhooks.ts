import type { Transaction } from 'sequelize';
import type { AlertRecord } from './alerts.js';
import { exec, many, one } from './sql.js';

// The "Webhooks" table (migration 0028): a company's endpoints. "secret" holds the signing secret sealed with
// the install's secret box (services/webhooks/webhookSecret.ts opens it to sign); it never leaves this layer
// for an answer.

export interface WebhookRow {
  id: number;
  companyId: number;
  name: string;
  url: string;
  events: string[];
  secret: string;
  active: boolean;
  allowLocal: boolean;
  failingSince: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin sets; the secret is set on creation and by a rotation only. */
export interface WebhookFields {
  name: string;
  url: string;
  events: string[];
  active: boolean;
  allowLocal: boolean;
}

const COLUMNS = `id, "companyId", name, url, events, secret, active, "allowLocal", "failingSince", "disabledAt", "createdAt", "updatedAt"`;

export function listWebhookRows(companyId: number): Promise<WebhookRow[]> {
  return many(`SELECT ${COLUMNS} FROM "Webhooks" WHERE "companyId" = $1 ORDER BY id`, [companyId]);
}

export function countWebhooks(companyId: number): Promise<number> {
  return one<{ count: string }>(`SELECT count(*) AS count FROM "Webhooks" WHERE "companyId" = $1`, [companyId]).then((r) => Number(r?.count ?? 0));
}

export function selectWebhook(companyId: number, id: number, options: { transaction?: Transaction; lock?: boolean } = {}): Promise<WebhookRow | undefined> {
  return one(`SELECT ${COLUMNS} FROM "Webhooks" WHERE id = $1 AND "companyId" = $2 ${options.lock ? 'FOR UPDATE' : ''}`, [id, companyId], options);
}

/** The webhook a delivery goes to, whatever its company (the engine reads it by the delivery's row). */
export function selectWebhookById(id: number): Promise<WebhookRow | undefined> {
  return one(`SELECT ${COLUMNS} FROM "Webhooks" WHERE id = $1`, [id]);
}

export function insertWebhook(companyId: number, fields: WebhookFields, sealedSecret: string): Promise<WebhookRow | undefined> {
  return one(
    `INSERT INTO "Webhooks" ("companyId", name, url, events, secret, active, "allowLocal")
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7) RETURNING ${COLUMNS}`,
    [companyId, fields.name, fields.url, fields.events, sealedSecret, fields.active, fields.allowLocal],
  );
}

/**
 * Saves an admin's change. Made active again (it was off), the failure run is forgotten: "failingSince" and
 * "disabledAt" cleared, so a webhook re-enabled after a day of failures is not disabled again at once.
 */
export function updateWebhookRow(companyId: number, id: number, fields: Partial<WebhookFields>): Promise<WebhookRow | undefined> {
  return one(
    `UPDATE "Webhooks" SET
       name = COALESCE($3, name), url = COALESCE($4, url), events = COALESCE($5::text[], events),
       "allowLocal" = COALESCE($7, "allowLocal"),
       "failingSince" = CASE WHEN $6::boolean AND NOT active THEN NULL ELSE "failingSince" END,
       "disabledAt" = CASE WHEN $6::boolean THEN NULL ELSE "disabledAt" END,
       active = COALESCE($6, active), "updatedAt" = now()
     WHERE id = $1 AND "companyId" = $2 RETURNING ${COLUMNS}`,
    [id, companyId, fields.name ?? null, fields.url ?? null, fields.events ?? null, fields.active ?? null, fields.allowLocal ?? null],
  );
}

export function updateWebhookSecret(companyId: number, id: number, sealedSecret: string): Promise<WebhookRow | undefined> {
  return one(`UPDATE "Webhooks" SET secret = $3, "updatedAt" = now() WHERE id = $1 AND "companyId" = $2 RETURNING ${COLUMNS}`, [id, companyId, sealedSecret]);
}

/** Deletes it (its deliveries and its alerts go along: ON DELETE CASCADE). */
export function deleteWebhookRow(companyId: number, id: number): Promise<WebhookRow | undefined> {
  return one(`DELETE FROM "Webhooks" WHERE id = $1 AND "companyId" = $2 RETURNING ${COLUMNS}`, [id, companyId]);
}

/** A delivery succeeded: the webhook is no longer failing. Cheap when it was not (no row written). */
export async function clearWebhookFailing(id: number): Promise<void> {
  await exec(`UPDATE "Webhooks" SET "failingSince" = NULL WHERE id = $1 AND "failingSince" IS NOT NULL`, [id]);
}

/** A delivery failed: the run of failures starts now unless one is going on. Answers when it started. */
export async function markWebhookFailing(id: number): Promise<Date | undefined> {
  const row = await one<{ failingSince: Date }>(
    `UPDATE "Webhooks" SET "failingSince" = COALESCE("failingSince", now()) WHERE id = $1 RETURNING "failingSince"`,
    [id],
  );
  return row?.failingSince;
}

/**
 * Disables a webhook that has failed since before `failingBefore`, gives up its pending deliveries and stores
 * the admins' alert — all in one statement, so it happens once (the `active` guard) however many workers saw
 * the same failure. Undefined when it was not (any more) active and failing that long.
 */
export function disableFailingWebhook(id: number, failingBefore: Date): Promise<AlertRecord | undefined> {
  return one(
    `WITH disabled AS (
       UPDATE "Webhooks" SET active = false, "disabledAt" = now(), "updatedAt" = now()
       WHERE id = $1 AND active AND "failingSince" <= $2 RETURNING id, "companyId", name
     ), gaveUp AS (
       UPDATE "WebhookDeliveries" d SET status = 'failed', error = 'webhook disabled after failing'
       FROM disabled WHERE d."webhookId" = disabled.id AND d.status = 'pending'
     ), alert AS (
       INSERT INTO "Alerts" ("companyId", reason, "webhookId") SELECT "companyId", 'webhookDisabled', id FROM disabled
       RETURNING id, "companyId", "whatsappId", "webhookId", reason, period, "createdAt"
     )
     SELECT alert.*, NULL::text AS "whatsappName", disabled.name AS "webhookName" FROM alert JOIN disabled ON disabled.id = alert."webhookId"`,
    [id, failingBefore],
  );
}
