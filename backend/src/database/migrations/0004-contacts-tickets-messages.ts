import type { Migration } from '../migration.js';

// The conversation core. Integrity lives in the indexes: one contact per number per company, one
// non-closed ticket per contact and connection, one row per WhatsApp message id and connection.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "Contacts" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(120) NOT NULL,
      number VARCHAR(32) NOT NULL,
      lid VARCHAR(64),
      "isGroup" BOOLEAN NOT NULL DEFAULT FALSE,
      email VARCHAR(254),
      "extraInfo" JSONB NOT NULL DEFAULT '{}'::jsonb,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "Contacts_company_number" ON "Contacts" ("companyId", number);
    CREATE INDEX "Contacts_company_lid" ON "Contacts" ("companyId", lid) WHERE lid IS NOT NULL;

    CREATE TABLE "Tickets" (
      id SERIAL PRIMARY KEY,
      uuid UUID NOT NULL DEFAULT gen_random_uuid() UNIQUE,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "contactId" INTEGER NOT NULL REFERENCES "Contacts"(id) ON DELETE CASCADE,
      "whatsappId" INTEGER REFERENCES "Whatsapps"(id) ON DELETE SET NULL,
      "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      "queueId" INTEGER,
      status VARCHAR(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'open', 'closed')),
      "unreadMessages" INTEGER NOT NULL DEFAULT 0,
      "lastMessage" TEXT,
      "lastMessageAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "Tickets_one_active_per_contact" ON "Tickets" ("companyId", "contactId", "whatsappId") WHERE status <> 'closed';
    CREATE INDEX "Tickets_company_status_last" ON "Tickets" ("companyId", status, "lastMessageAt" DESC, id DESC);

    CREATE TABLE "Messages" (
      id BIGSERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "ticketId" INTEGER NOT NULL REFERENCES "Tickets"(id) ON DELETE CASCADE,
      "contactId" INTEGER REFERENCES "Contacts"(id) ON DELETE SET NULL,
      "whatsappId" INTEGER REFERENCES "Whatsapps"(id) ON DELETE SET NULL,
      wid VARCHAR(128) NOT NULL,
      "fromMe" BOOLEAN NOT NULL DEFAULT FALSE,
      body TEXT NOT NULL DEFAULT '',
      "mediaType" VARCHAR(24) NOT NULL DEFAULT 'text',
      "mediaPath" VARCHAR(255),
      ack SMALLINT NOT NULL DEFAULT 0 CHECK (ack BETWEEN 0 AND 5),
      "quotedMsgId" BIGINT REFERENCES "Messages"(id) ON DELETE SET NULL,
      "isDeleted" BOOLEAN NOT NULL DEFAULT FALSE,
      "editedAt" TIMESTAMPTZ,
      raw JSONB,
      "sentAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "Messages_whatsapp_wid" ON "Messages" ("whatsappId", wid);
    CREATE INDEX "Messages_ticket_history" ON "Messages" ("ticketId", "sentAt" DESC, id DESC);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP TABLE "Messages"; DROP TABLE "Tickets"; DROP TABLE "Contacts";`);
};
