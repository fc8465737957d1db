import type { Migration } from '../migration.js';

// Opt-out (issue 14, campaigns): a customer who answers "SAIR" (or another of the company's opt-out keywords)
// receives no campaign again until an attendant clears the flag. One nullable timestamp rather than a boolean
// and a date: "optedOut" is `"optedOutAt" IS NOT NULL`, so the flag and its time can never disagree, and
// setting it only where it is still NULL (services/campaigns/optOutCustomer.ts) is what makes a repeated "sair",
// or a retried job, confirm once. Adding a nullable column without a default changes only the catalogue.
//
// Partial index for the campaigns: every send will exclude the company's opted-out contacts. They are few (a
// small share of any address book), so an index of only them stays tiny and answers "is any of these opted
// out" / "how many are" without reading the company's other contacts.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Contacts" ADD COLUMN "optedOutAt" TIMESTAMPTZ;
    CREATE INDEX "Contacts_company_opted_out" ON "Contacts" ("companyId", id) WHERE "optedOutAt" IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP INDEX "Contacts_company_opted_out";
    ALTER TABLE "Contacts" DROP COLUMN "optedOutAt";
  `);
};
