import type { Migration } from '../migration.js';

// Issue 17, protocol numbers and attendant signatures.
//
// Protocol: every ticket gets a short number of its company ("#2041"), sequential and without gaps, for the
// customer to quote on the phone. "TicketProtocols" holds one counter row per company; the AFTER INSERT trigger
// on "Tickets" increments it and numbers the new row inside the ticket-creating transaction. The counter's row
// lock serialises the company's new tickets until commit, so 50 at once get 1..50; a rolled-back ticket rolls
// its increment back too. AFTER, not BEFORE: the insert paths use ON CONFLICT … DO NOTHING (one active ticket
// per contact and connection), and a BEFORE trigger would spend a number on a row that is then not inserted.
// A trigger rather than a call in each insert path: every path (inbound, started, campaign, and any added
// later) numbers its tickets without having to remember to. The unique index is the last guard.
// Existing tickets are numbered in creation order; each counter starts after its company's last one.
//
// Signature: "Messages"."userId" is who typed the message (null: the contact, the AI agent, automatic texts);
// "signature" is the name the message was signed with when it was written (null: unsigned). It is sent as
// "*Ana:*\n" before the text; the stored body stays what the attendant typed (search, previews, AI context).
// "Users"."signMessages": the user's own choice, which counts only where the company's setting
// `attendantSignature` is on.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "TicketProtocols" (
      "companyId" INTEGER PRIMARY KEY REFERENCES "Companies"(id) ON DELETE CASCADE,
      "lastProtocol" INTEGER NOT NULL
    );
    ALTER TABLE "Tickets" ADD COLUMN protocol INTEGER;
    UPDATE "Tickets" t SET protocol = numbered.n
      FROM (SELECT id, row_number() OVER (PARTITION BY "companyId" ORDER BY "createdAt", id) AS n FROM "Tickets") numbered
      WHERE numbered.id = t.id;
    INSERT INTO "TicketProtocols" ("companyId", "lastProtocol")
      SELECT "companyId", max(protocol) FROM "Tickets" GROUP BY "companyId";
    CREATE UNIQUE INDEX "Tickets_company_protocol" ON "Tickets" ("companyId", protocol);

    CREATE FUNCTION number_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE next INTEGER;
    BEGIN
      INSERT INTO "TicketProtocols" ("companyId", "lastProtocol") VALUES (NEW."companyId", 1)
        ON CONFLICT ("companyId") DO UPDATE SET "lastProtocol" = "TicketProtocols"."lastProtocol" + 1
        RETURNING "lastProtocol" INTO next;
      UPDATE "Tickets" SET protocol = next WHERE id = NEW.id;
      RETURN NULL;
    END $$;
    CREATE TRIGGER "Tickets_number" AFTER INSERT ON "Tickets" FOR EACH ROW EXECUTE FUNCTION number_ticket();

    ALTER TABLE "Messages"
      ADD COLUMN "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      ADD COLUMN signature TEXT;
    ALTER TABLE "Users" ADD COLUMN "signMessages" BOOLEAN NOT NULL DEFAULT TRUE;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Users" DROP COLUMN "signMessages";
    ALTER TABLE "Messages" DROP COLUMN "userId", DROP COLUMN signature;
    DROP TRIGGER "Tickets_number" ON "Tickets";
    DROP FUNCTION number_ticket();
    DROP INDEX "Tickets_company_protocol";
    ALTER TABLE "Tickets" DROP COLUMN protocol;
    DROP TABLE "TicketProtocols";
  `);
};
