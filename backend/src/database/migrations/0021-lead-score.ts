import type { Migration } from '../migration.js';

// The lead score (issue 13) may be unknown: a contact nobody has scored yet — the AI agent never judged it, no
// attendant set one — has no score and so no bucket, which 0 ("cold") would wrongly claim. Migration 0020 added
// the column NOT NULL DEFAULT 0 before anything wrote it, so every stored value is that default: the column is
// dropped and added again, nullable, which changes only the catalogue (no table rewrite, no update of every
// contact row) and leaves every contact unscored.
//
// Partial index for the inbox's lead filter (`GET /api/tickets?lead=hot|warm|cold`, db/ticketList.ts): the
// filter's three tab counts read the company's contacts of one bucket and hash them against the tab. Without
// it each count scans all the company's contacts; measured on the bench seed (100k tickets, 80k contacts:
// 3 % hot, 10 % warm, 20 % cold), the filtered counts took 20–38 ms with it and 40–73 ms without (pages
// 1–11 ms either way: they walk the tab's index and probe each contact by its key). Only scored contacts are
// in it, so it stays as small as the part of the contacts the AI agent (or someone) judged. The list without
// the filter reads exactly what it read before.
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
