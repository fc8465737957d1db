import type { Migration } from '../migration.js';

// Closing (issue 17).
//
// "CloseReasons": the company's list of why a ticket ends ("Resolvido", "Spam", "Sem resposta"), admin-defined.
// A name is unique per company regardless of case. A deleted reason leaves the tickets closed with it
// ("closeReasonId" SET NULL): the dashboard counts them as "no reason" from then on, like tickets closed before
// the list existed.
//
// "Queues"."closeReasonMode": whether closing the queue's tickets asks for a reason — 'none' (not asked),
// 'optional' (asked, may be skipped) or 'required' (the close is refused without one). Tickets without a queue
// follow 'optional'.
//
// "Tickets"."closeReasonId": the reason of the latest close; a reopen clears it.
//
// "Contacts"."blockedAt": a blocked contact opens no ticket; what they send is dropped before it is stored
// (whatsapp/inbound/saveInboundMessage.ts) and only counted: "blockedMessages" and "lastBlockedAt", shown in
// the contacts list so an admin can see someone is still writing. Unblocking keeps the counter (history).
//
// Indexes: the dashboard's reasons per period ride "Tickets_company_closed" (0012) plus the column read from the
// heap; blocked contacts are few, so a partial index answers the contacts filter "Bloqueados".
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "CloseReasons" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(60) NOT NULL,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "CloseReasons_company_name" ON "CloseReasons" ("companyId", lower(name));
    ALTER TABLE "Queues" ADD COLUMN "closeReasonMode" VARCHAR(10) NOT NULL DEFAULT 'none'
      CONSTRAINT "Queues_close_reason_mode" CHECK ("closeReasonMode" IN ('none', 'optional', 'required'));
    ALTER TABLE "Tickets" ADD COLUMN "closeReasonId" INTEGER REFERENCES "CloseReasons"(id) ON DELETE SET NULL;
    ALTER TABLE "Contacts" ADD COLUMN "blockedAt" TIMESTAMPTZ,
      ADD COLUMN "blockedMessages" INTEGER NOT NULL DEFAULT 0,
      ADD COLUMN "lastBlockedAt" TIMESTAMPTZ;
    CREATE INDEX "Contacts_company_blocked" ON "Contacts" ("companyId", id) WHERE "blockedAt" IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP INDEX "Contacts_company_blocked";
    ALTER TABLE "Contacts" DROP COLUMN "blockedAt", DROP COLUMN "blockedMessages", DROP COLUMN "lastBlockedAt";
    ALTER TABLE "Tickets" DROP COLUMN "closeReasonId";
    ALTER TABLE "Queues" DROP COLUMN "closeReasonMode";
    DROP TABLE "CloseReasons";
  `);
};
