import type { Migration } from '../migration.js';

// Queues and what an attendant's day needs around tickets: who serves which queue, the ticket log, notes,
// tags, quick replies and per-company settings. Every business table carries companyId.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "Queues" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(80) NOT NULL,
      color VARCHAR(7) NOT NULL DEFAULT '#00897b' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
      "greetingMessage" TEXT,
      "outOfHoursMessage" TEXT,
      -- null: the company's business hours apply; otherwise a weekly schedule of this queue's own
      schedules JSONB,
      distribution VARCHAR(16) NOT NULL DEFAULT 'manual' CHECK (distribution IN ('manual', 'round_robin', 'least_busy')),
      position INTEGER NOT NULL DEFAULT 0,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "Queues_company_name" ON "Queues" ("companyId", lower(name));

    CREATE TABLE "UserQueues" (
      "userId" INTEGER NOT NULL REFERENCES "Users"(id) ON DELETE CASCADE,
      "queueId" INTEGER NOT NULL REFERENCES "Queues"(id) ON DELETE CASCADE,
      PRIMARY KEY ("userId", "queueId")
    );
    CREATE INDEX "UserQueues_queue" ON "UserQueues" ("queueId");

    CREATE TABLE "WhatsappQueues" (
      "whatsappId" INTEGER NOT NULL REFERENCES "Whatsapps"(id) ON DELETE CASCADE,
      "queueId" INTEGER NOT NULL REFERENCES "Queues"(id) ON DELETE CASCADE,
      PRIMARY KEY ("whatsappId", "queueId")
    );

    ALTER TABLE "Users" ADD COLUMN "maxOpenTickets" INTEGER CHECK ("maxOpenTickets" > 0);

    ALTER TABLE "Tickets"
      ADD CONSTRAINT "Tickets_queue_fk" FOREIGN KEY ("queueId") REFERENCES "Queues"(id) ON DELETE SET NULL,
      ADD COLUMN "acceptedAt" TIMESTAMPTZ,
      ADD COLUMN "closedAt" TIMESTAMPTZ,
      ADD COLUMN "outOfHoursSentAt" TIMESTAMPTZ,
      -- where the customer is in the options menu (null: not in a menu)
      ADD COLUMN "chatbotState" JSONB;
    CREATE INDEX "Tickets_company_user_status" ON "Tickets" ("companyId", "userId", status);
    CREATE INDEX "Tickets_company_queue_status" ON "Tickets" ("companyId", "queueId", status);

    CREATE TABLE "TicketHistories" (
      id BIGSERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "ticketId" INTEGER NOT NULL REFERENCES "Tickets"(id) ON DELETE CASCADE,
      "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      action VARCHAR(24) NOT NULL,
      "fromStatus" VARCHAR(16),
      "toStatus" VARCHAR(16),
      "fromUserId" INTEGER,
      "toUserId" INTEGER,
      "fromQueueId" INTEGER,
      "toQueueId" INTEGER,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "TicketHistories_ticket" ON "TicketHistories" ("ticketId", id);
    CREATE INDEX "TicketHistories_company_action_time" ON "TicketHistories" ("companyId", action, "createdAt");

    CREATE TABLE "TicketNotes" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "ticketId" INTEGER NOT NULL REFERENCES "Tickets"(id) ON DELETE CASCADE,
      "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      body TEXT NOT NULL,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "TicketNotes_ticket" ON "TicketNotes" ("ticketId", id);

    CREATE TABLE "Tags" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(60) NOT NULL,
      color VARCHAR(7) NOT NULL DEFAULT '#607d8b' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "Tags_company_name" ON "Tags" ("companyId", lower(name));
    CREATE TABLE "ContactTags" (
      "contactId" INTEGER NOT NULL REFERENCES "Contacts"(id) ON DELETE CASCADE,
      "tagId" INTEGER NOT NULL REFERENCES "Tags"(id) ON DELETE CASCADE,
      PRIMARY KEY ("contactId", "tagId")
    );
    CREATE INDEX "ContactTags_tag" ON "ContactTags" ("tagId");
    CREATE TABLE "TicketTags" (
      "ticketId" INTEGER NOT NULL REFERENCES "Tickets"(id) ON DELETE CASCADE,
      "tagId" INTEGER NOT NULL REFERENCES "Tags"(id) ON DELETE CASCADE,
      PRIMARY KEY ("ticketId", "tagId")
    );
    CREATE INDEX "TicketTags_tag" ON "TicketTags" ("tagId");

    CREATE TABLE "QuickReplies" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      -- null: company-wide; otherwise only for that queue's tickets
      "queueId" INTEGER REFERENCES "Queues"(id) ON DELETE CASCADE,
      shortcut VARCHAR(40) NOT NULL CHECK (shortcut ~ '^[a-z0-9_-]+$'),
      message TEXT NOT NULL,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "QuickReplies_company_queue_shortcut" ON "QuickReplies" ("companyId", COALESCE("queueId", 0), shortcut);

    CREATE TABLE "Settings" (
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      key VARCHAR(64) NOT NULL,
      value JSONB NOT NULL,
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      PRIMARY KEY ("companyId", key)
    );
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP TABLE "Settings"; DROP TABLE "QuickReplies"; DROP TABLE "TicketTags"; DROP TABLE "ContactTags"; DROP TABLE "Tags";
    DROP TABLE "TicketNotes"; DROP TABLE "TicketHistories";
    ALTER TABLE "Tickets" DROP CONSTRAINT "Tickets_queue_fk", DROP COLUMN "acceptedAt", DROP COLUMN "closedAt",
      DROP COLUMN "outOfHoursSentAt", DROP COLUMN "chatbotState";
    ALTER TABLE "Users" DROP COLUMN "maxOpenTickets";
    DROP TABLE "WhatsappQueues"; DROP TABLE "UserQueues"; DROP TABLE "Queues";
  `);
};
