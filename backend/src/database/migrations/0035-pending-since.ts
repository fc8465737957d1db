import type { Migration } from '../migration.js';

// Issue 17, "pendingSince": the moment a ticket last became pending — created pending, reopened, returned to
// its queue, transferred to a queue without an attendant. The Aguardando tab's "waiting too long" highlight and
// its oldest-waiting-first order count from it: counted from "createdAt", a ticket reopened today looked as if
// it had waited since it was first opened months ago.
//
// A BEFORE trigger keeps it, as "Tickets_number" keeps the protocol: every path that makes a ticket pending (the
// lifecycle use cases through applyTicketChange, the inbound path's reopening, campaigns, and any added later)
// is covered without having to remember to. Only a move INTO pending sets it: a waiting ticket moved to another
// queue (by the menu, a transfer, the bot) keeps its time, the customer has been waiting all along. A ticket
// keeps the value when it leaves pending (it says when its last wait began). An insert keeps a value given
// explicitly (seeds, imports), else takes the row's "createdAt".
//
// Milliseconds, not PostgreSQL's microseconds: the list's keyset cursor carries the value as an ISO string
// (milliseconds), and a cursor a little before its own row would hand that row out again. Truncated when
// written, the column itself can then be the index's key (date_trunc on a timestamptz is not immutable, so an
// index on the expression is not allowed).
//
// Backfill: the last history line that moved the ticket into pending from elsewhere ("TicketHistories":
// reopened, returned, transferred to a queue…), else its creation — exact where the history knows it. Not
// "updatedAt": every message moves it (the card's preview), so a waiting customer who wrote again would look
// as if they had just arrived. Every row is filled (the history is read through "TicketHistories_ticket").
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Tickets" ADD COLUMN "pendingSince" TIMESTAMPTZ;
    UPDATE "Tickets" t SET "pendingSince" = date_trunc('milliseconds', COALESCE(
      (SELECT max(h."createdAt") FROM "TicketHistories" h
        WHERE h."ticketId" = t.id AND h."toStatus" = 'pending' AND h."fromStatus" IS DISTINCT FROM 'pending'),
      t."createdAt"));
    ALTER TABLE "Tickets" ALTER COLUMN "pendingSince" SET NOT NULL;

    CREATE FUNCTION ticket_pending_since() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        NEW."pendingSince" := date_trunc('milliseconds', COALESCE(NEW."pendingSince", NEW."createdAt", now()));
      ELSIF NEW.status = 'pending' AND OLD.status <> 'pending' THEN
        NEW."pendingSince" := date_trunc('milliseconds', now());
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER "Tickets_pending_since" BEFORE INSERT OR UPDATE OF status ON "Tickets"
      FOR EACH ROW EXECUTE FUNCTION ticket_pending_since();

    -- The oldest-waiting-first page: keyset on ("pendingSince", id) inside one company's tab.
    CREATE INDEX "Tickets_company_status_pending_since" ON "Tickets" ("companyId", status, "pendingSince", id);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP INDEX "Tickets_company_status_pending_since";
    DROP TRIGGER "Tickets_pending_since" ON "Tickets";
    DROP FUNCTION ticket_pending_since();
    ALTER TABLE "Tickets" DROP COLUMN "pendingSince";
  `);
};
