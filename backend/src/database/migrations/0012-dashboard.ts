import type { Migration } from '../migration.js';

// The dashboard reads a company's tickets by creation time and by closing time, and its contacts by creation
// time, always within a date range: these btrees turn each figure into a range scan of the period instead of
// a scan of the company's whole history. INCLUDE carries the columns the averages need, so the scans can be
// index-only.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE INDEX "Tickets_company_created" ON "Tickets" ("companyId", "createdAt") INCLUDE ("queueId", "acceptedAt");
    CREATE INDEX "Tickets_company_closed" ON "Tickets" ("companyId", "closedAt") INCLUDE ("queueId", "userId", "acceptedAt")
      WHERE "closedAt" IS NOT NULL;
    CREATE INDEX "Contacts_company_created" ON "Contacts" ("companyId", "createdAt");
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP INDEX "Contacts_company_created"; DROP INDEX "Tickets_company_closed"; DROP INDEX "Tickets_company_created";`);
};
