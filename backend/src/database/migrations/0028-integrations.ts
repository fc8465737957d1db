import type { Migration } from '../migration.js';

// Integrations (issue 16): API tokens, the send API's idempotency keys, webhooks and their deliveries.
//
// ApiTokens: only the SHA-256 of the token is stored ("tokenHash", unique: the lookup on every request is one
// index probe; a token is 32 random bytes, so a fast hash is enough — bcrypt would cost ~80 ms per request for
// nothing). "prefix" keeps the first characters ("atd_AbC1…") so an admin can tell tokens apart in the list.
// A revoked token keeps its row ("revokedAt") so the list and the logs still name it.
//
// ApiIdempotencyKeys: the same "Idempotency-Key" sent twice by the same company to the same route answers the
// first result instead of sending again. The unique index makes that hold under concurrent retries: the second
// insert waits for the first transaction and then conflicts. Kept 24 h (swept).
//
// Webhooks: one endpoint of a company: url, the events it wants, its signing secret (encrypted with the app's
// secret box, like AI keys: it must be read back to sign), active, "allowLocal" (an admin allowed a private or
// loopback target, e.g. n8n on the same box), "failingSince" (first failure of the current run of failures; a
// day of that disables the webhook and raises an alert).
//
// WebhookDeliveries: one event for one webhook. "orderingKey" (e.g. "ticket:42") serialises deliveries of one
// ticket to one endpoint: a delivery is attempted only when no older one with the same key is still pending.
// "nextAttemptAt" is when it is due (the sweep and the Bull alarm both read it: the database is the truth).
// "status": pending → succeeded | failed (gave up after the last backoff step, or the webhook was disabled).
//
// Alerts: a webhook disabled after a day of failures is an alert for the company's admins ("webhookDisabled",
// pointing at the webhook).
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "ApiTokens" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies" (id) ON DELETE CASCADE,
      name VARCHAR(80) NOT NULL,
      prefix VARCHAR(16) NOT NULL,
      "tokenHash" CHAR(64) NOT NULL UNIQUE,
      scopes TEXT[] NOT NULL DEFAULT '{}',
      "expiresAt" TIMESTAMPTZ,
      "lastUsedAt" TIMESTAMPTZ,
      "revokedAt" TIMESTAMPTZ,
      "createdById" INTEGER REFERENCES "Users" (id) ON DELETE SET NULL,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "ApiTokens_company" ON "ApiTokens" ("companyId", id);

    CREATE TABLE "ApiIdempotencyKeys" (
      "companyId" INTEGER NOT NULL REFERENCES "Companies" (id) ON DELETE CASCADE,
      route VARCHAR(80) NOT NULL,
      key VARCHAR(200) NOT NULL,
      "statusCode" SMALLINT,
      response JSONB,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      PRIMARY KEY ("companyId", route, key)
    );
    CREATE INDEX "ApiIdempotencyKeys_created" ON "ApiIdempotencyKeys" ("createdAt");

    CREATE TABLE "Webhooks" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies" (id) ON DELETE CASCADE,
      name VARCHAR(80) NOT NULL DEFAULT '',
      url VARCHAR(2000) NOT NULL,
      events TEXT[] NOT NULL DEFAULT '{}',
      secret TEXT NOT NULL,
      active BOOLEAN NOT NULL DEFAULT true,
      "allowLocal" BOOLEAN NOT NULL DEFAULT false,
      "failingSince" TIMESTAMPTZ,
      "disabledAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "Webhooks_company" ON "Webhooks" ("companyId", id);

    CREATE TABLE "WebhookDeliveries" (
      id UUID PRIMARY KEY,
      "webhookId" INTEGER NOT NULL REFERENCES "Webhooks" (id) ON DELETE CASCADE,
      "companyId" INTEGER NOT NULL REFERENCES "Companies" (id) ON DELETE CASCADE,
      event VARCHAR(60) NOT NULL,
      payload JSONB NOT NULL,
      "orderingKey" VARCHAR(60),
      status VARCHAR(12) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      "nextAttemptAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "lastAttemptAt" TIMESTAMPTZ,
      "responseStatus" SMALLINT,
      "responseMs" INTEGER,
      "responseBody" VARCHAR(1024),
      error VARCHAR(500),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      seq BIGSERIAL NOT NULL
    );
    CREATE INDEX "WebhookDeliveries_log" ON "WebhookDeliveries" ("webhookId", seq DESC);
    CREATE INDEX "WebhookDeliveries_due" ON "WebhookDeliveries" ("nextAttemptAt") WHERE status = 'pending';
    CREATE INDEX "WebhookDeliveries_order" ON "WebhookDeliveries" ("webhookId", "orderingKey", seq) WHERE status = 'pending';

    ALTER TABLE "Alerts" ADD COLUMN "webhookId" INTEGER REFERENCES "Webhooks" (id) ON DELETE CASCADE;
    ALTER TABLE "Alerts" DROP CONSTRAINT "Alerts_reason_check";
    ALTER TABLE "Alerts" ADD CONSTRAINT "Alerts_reason_check" CHECK (
      CASE WHEN reason IN ('loggedOut', 'unreachable') THEN "whatsappId" IS NOT NULL
           WHEN reason IN ('aiBudgetNear', 'aiBudgetSpent') THEN "whatsappId" IS NULL AND period IS NOT NULL
           WHEN reason = 'webhookDisabled' THEN "webhookId" IS NOT NULL AND "whatsappId" IS NULL
           ELSE false END);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DELETE FROM "Alerts" WHERE reason = 'webhookDisabled';
    ALTER TABLE "Alerts" DROP CONSTRAINT "Alerts_reason_check";
    ALTER TABLE "Alerts" ADD CONSTRAINT "Alerts_reason_check" CHECK (
      CASE WHEN reason IN ('loggedOut', 'unreachable') THEN "whatsappId" IS NOT NULL
           WHEN reason IN ('aiBudgetNear', 'aiBudgetSpent') THEN "whatsappId" IS NULL AND period IS NOT NULL
           ELSE false END);
    ALTER TABLE "Alerts" DROP COLUMN "webhookId";
    DROP TABLE "WebhookDeliveries";
    DROP TABLE "Webhooks";
    DROP TABLE "ApiIdempotencyKeys";
    DROP TABLE "ApiTokens";
  `);
};
