import type { Migration } from '../migration.js';

// A connection that keeps failing goes on retrying: the connections page shows when the next attempt comes
// ("nextAttemptAt"; "retries" counts the failed attempts). What an admin must act on (the phone unlinked
// Atende, the connection cannot reach WhatsApp) is stored as an alert, so an admin who was offline still finds
// it in the bell; each admin marks it seen for themself.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Whatsapps" ADD COLUMN "nextAttemptAt" TIMESTAMPTZ;

    CREATE TABLE "Alerts" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "whatsappId" INTEGER NOT NULL REFERENCES "Whatsapps"(id) ON DELETE CASCADE,
      reason VARCHAR(16) NOT NULL CHECK (reason IN ('loggedOut', 'unreachable')),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "Alerts_company" ON "Alerts" ("companyId", id DESC);

    CREATE TABLE "AlertsSeen" (
      "alertId" INTEGER NOT NULL REFERENCES "Alerts"(id) ON DELETE CASCADE,
      "userId" INTEGER NOT NULL REFERENCES "Users"(id) ON DELETE CASCADE,
      "seenAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      PRIMARY KEY ("alertId", "userId")
    );
    CREATE INDEX "AlertsSeen_user" ON "AlertsSeen" ("userId");
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "AlertsSeen"; DROP TABLE "Alerts"; ALTER TABLE "Whatsapps" DROP COLUMN "nextAttemptAt";`);
};
