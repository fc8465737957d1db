import type { Migration } from '../migration.js';

// Scheduled messages (issue 14): one text to one contact at a given time, written by an attendant from the
// chat or the contact. The row is the promise: Bull's delayed job is only the alarm clock, and the sweep finds
// what an alarm missed (Redis lost, the process down at the time), so the table is what survives restarts.
//
// status: pending (editable, cancellable) → sending (claimed at its time: the message row is written in the
// same transaction and waits in the connection's outbound queue) → sent (WhatsApp took it: ack ≥ 1); or
// cancelled, or failed (could not be written: the contact became a group, the connection was removed…).
// "messageId" is the message written for it; "whatsappId" the connection chosen when it was scheduled.
//
// Indexes: the sweep reads the due pending rows by time (partial: sent and cancelled rows cost it nothing);
// the list reads one company's rows by time, attendants only their own.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "ScheduledMessages" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "contactId" INTEGER NOT NULL REFERENCES "Contacts"(id) ON DELETE CASCADE,
      "whatsappId" INTEGER REFERENCES "Whatsapps"(id) ON DELETE SET NULL,
      "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      body TEXT NOT NULL CHECK (char_length(btrim(body)) BETWEEN 1 AND 4096),
      "sendAt" TIMESTAMPTZ NOT NULL,
      status VARCHAR(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'cancelled', 'failed')),
      "messageId" BIGINT REFERENCES "Messages"(id) ON DELETE SET NULL,
      error VARCHAR(60),
      "sentAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "ScheduledMessages_due" ON "ScheduledMessages" ("sendAt") WHERE status IN ('pending', 'sending');
    CREATE INDEX "ScheduledMessages_company_time" ON "ScheduledMessages" ("companyId", "sendAt" DESC);
    CREATE INDEX "ScheduledMessages_company_user_time" ON "ScheduledMessages" ("companyId", "userId", "sendAt" DESC);
    CREATE INDEX "ScheduledMessages_message" ON "ScheduledMessages" ("messageId") WHERE "messageId" IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "ScheduledMessages";`);
};
