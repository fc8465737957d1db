import type { Migration } from '../migration.js';

// CSAT (issue 15): after a close, the customer is asked to rate the service from 1 to 5.
//
// On the ticket: when the question was sent ("csatAskedAt") and until when an answer counts ("csatExpiresAt",
// fixed at asking time from the company's expiry setting, so a later change of the setting does not revive or
// kill questions already sent), and the answer ("csatRating" 1–5, "csatAnsweredAt"). The rating is written only
// where it is still NULL (db/csat.ts): that conditional UPDATE is what makes a rating — and its thanks — count
// once, whatever arrives twice.
//
// On the queue: "csatEnabled" NULL follows the company's setting `csatEnabled`; true/false overrides it.
//
// Index: the dashboard's CSAT figures and the export read the ratings answered in a period, per company; a
// partial index holds only the answered tickets (a share of the closed ones).
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Tickets"
      ADD COLUMN "csatAskedAt" TIMESTAMPTZ,
      ADD COLUMN "csatExpiresAt" TIMESTAMPTZ,
      ADD COLUMN "csatRating" SMALLINT CHECK ("csatRating" BETWEEN 1 AND 5),
      ADD COLUMN "csatAnsweredAt" TIMESTAMPTZ;
    CREATE INDEX "Tickets_company_csat_answered" ON "Tickets" ("companyId", "csatAnsweredAt") INCLUDE ("queueId", "userId", "csatRating")
      WHERE "csatAnsweredAt" IS NOT NULL;
    ALTER TABLE "Queues" ADD COLUMN "csatEnabled" BOOLEAN;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Queues" DROP COLUMN "csatEnabled";
    DROP INDEX "Tickets_company_csat_answered";
    ALTER TABLE "Tickets" DROP COLUMN "csatAskedAt", DROP COLUMN "csatExpiresAt", DROP COLUMN "csatRating", DROP COLUMN "csatAnsweredAt";
  `);
};
