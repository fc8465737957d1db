import type { Migration } from '../migration.js';

// What the ticket list needs to stay fast at 100k tickets / 1M messages: a non-null sort key for keyset
// pagination, trigram indexes for "search by message text", and the visibility paths of attendants.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    UPDATE "Tickets" SET "lastMessageAt" = "createdAt" WHERE "lastMessageAt" IS NULL;
    ALTER TABLE "Tickets" ALTER COLUMN "lastMessageAt" SET DEFAULT now(), ALTER COLUMN "lastMessageAt" SET NOT NULL;
    CREATE INDEX "Tickets_company_status_user_last" ON "Tickets" ("companyId", status, "userId", "lastMessageAt" DESC, id DESC);
    CREATE INDEX "Tickets_company_status_queue_last" ON "Tickets" ("companyId", status, "queueId", "lastMessageAt" DESC, id DESC);
    CREATE INDEX "Messages_body_trgm" ON "Messages" USING gin (body gin_trgm_ops);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP INDEX "Messages_body_trgm"; DROP INDEX "Tickets_company_status_queue_last"; DROP INDEX "Tickets_company_status_user_last";
    ALTER TABLE "Tickets" ALTER COLUMN "lastMessageAt" DROP NOT NULL, ALTER COLUMN "lastMessageAt" DROP DEFAULT;
  `);
};
