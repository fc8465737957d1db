import type { Migration } from '../migration.js';

// The lead score (issue 13) may be unknown: a contact nobody has scored yet — the AI agent never judged it, no
// attendant set one — has no score and so no bucket, which 0 ("cold") would wrongly claim. Migration 0020 added
// the column NOT NULL DEFAULT 0 before anything wrote it, so every stored value is that default: the column is
// dropped and added again, nullable, which changes only the catalogue (no table rewrite, no update of every
// contact row) and leaves every contact unscored.
//
// Partial index for the inbox's lead filter (`GET /api/tickets?lead=hot|warm|cold`, db/ticketList.ts): the
// filter reads the company's contacts of one bucket first, then their tickets. Only scored contacts are in it,
// so it stays as small as the part of the contacts the AI agent (or someone) judged.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Contacts" DROP COLUMN "leadScore";
    ALTER TABLE "Contacts" ADD COLUMN "leadScore" INTEGER CHECK ("leadScore" BETWEEN 0 AND 100);
    CREATE INDEX "Contacts_company_lead" ON "Contacts" ("companyId", "leadScore") WHERE "leadScore" IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Contacts" DROP COLUMN "leadScore";
    ALTER TABLE "Contacts" ADD COLUMN "leadScore" INTEGER NOT NULL DEFAULT 0 CHECK ("leadScore" BETWEEN 0 AND 100);
  `);
};
