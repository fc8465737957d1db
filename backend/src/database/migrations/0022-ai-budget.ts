import type { Migration } from '../migration.js';

// The AI agents' monthly token budget (issue 13): the company setting "aiMonthlyTokenBudget" needs no column.
//
// The budget is checked before every AI turn with one SUM of the company's tokens since the start of its
// local month: a range scan of (companyId, createdAt) that reads only that month's rows of that company. The
// index also carries the two token columns, so the scan needs no table page wherever autovacuum has marked
// the pages all-visible (older months for the usage panel, and the current one as autovacuum catches up on
// this append-only table); it replaces "AiUsage_company_time", whose every use it serves.
//
// Alerts: what an admin must know about the company's AI spending is not about a connection, so
// "whatsappId" may be empty for those reasons; "period" (the company's local month, '2026-12') with a unique
// index makes "once per company per month" a property of the table (ON CONFLICT DO NOTHING), not of timing.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE INDEX "AiUsage_company_time_tokens" ON "AiUsage" ("companyId", "createdAt") INCLUDE ("promptTokens", "completionTokens");
    DROP INDEX "AiUsage_company_time";

    ALTER TABLE "Alerts" ALTER COLUMN "whatsappId" DROP NOT NULL;
    ALTER TABLE "Alerts" ADD COLUMN period VARCHAR(7) CHECK (period ~ '^[0-9]{4}-[0-9]{2}$');
    ALTER TABLE "Alerts" DROP CONSTRAINT "Alerts_reason_check";
    ALTER TABLE "Alerts" ADD CONSTRAINT "Alerts_reason_check" CHECK (
      CASE WHEN reason IN ('loggedOut', 'unreachable') THEN "whatsappId" IS NOT NULL
           WHEN reason IN ('aiBudgetNear', 'aiBudgetSpent') THEN "whatsappId" IS NULL AND period IS NOT NULL
           ELSE false END);
    CREATE UNIQUE INDEX "Alerts_company_reason_period" ON "Alerts" ("companyId", reason, period) WHERE period IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DELETE FROM "Alerts" WHERE "whatsappId" IS NULL;
    DROP INDEX "Alerts_company_reason_period";
    ALTER TABLE "Alerts" DROP CONSTRAINT "Alerts_reason_check";
    ALTER TABLE "Alerts" ADD CONSTRAINT "Alerts_reason_check" CHECK (reason IN ('loggedOut', 'unreachable'));
    ALTER TABLE "Alerts" DROP COLUMN period;
    ALTER TABLE "Alerts" ALTER COLUMN "whatsappId" SET NOT NULL;

    CREATE INDEX "AiUsage_company_time" ON "AiUsage" ("companyId", "createdAt");
    DROP INDEX "AiUsage_company_time_tokens";
  `);
};
