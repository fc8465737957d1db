import type { Migration } from '../migration.js';

// Campaigns (issue 14): one text (1–5 variants, one optional file) to many contacts, through one connection,
// at a capped rate. The tables are the truth; Bull's jobs are only alarm clocks (services/campaigns/).
//
// ContactLists / ContactListItems: saved audiences (filled from tags, a CSV import or a selection).
//
// Campaigns: status draft → scheduled (a start time) / running → paused ⇄ running → finished; or cancelled.
//   "messages" is the array of variants [{body}]; the one optional file is stored like a message's file
//   (relative to MEDIA_DIR). "target" is what the audience was chosen by ({tagIds, contactIds, contactListIds});
//   it is resolved into shippings once, when the campaign starts. "sendingWindow" is a weekly schedule in the
//   company's time zone (null: any time). "ticketMode": 'open' writes the message into the contact's active
//   ticket or opens a waiting one; 'log' writes it into the active ticket or a closed one (history only).
//
// CampaignShippings: one row per (campaign, contact) — the unique index is what makes "one message per
//   recipient" hold across crashes, retries and a start clicked twice. status pending → sending (claimed: its
//   message row is written in the same transaction, with a WhatsApp id derived from the shipping id) → sent
//   (WhatsApp took it) → delivered → read; or failed (with the reason) or skipped (excluded when resolved or
//   when its turn came: opted_out, group, invalid_number). "number" keeps the number it was sent to for the
//   report. "variant" is the index of the variant it got (rotated per recipient).
//
// CampaignPacing: one row per connection — the earliest time the next campaign message may leave it. Every
//   send locks and moves it, so two campaigns on one number share one cap, across processes and restarts.
//   "lastCampaignId" is the campaign that sent last: the next send goes to the connection's next running
//   campaign after it (round-robin), so two campaigns on one number take turns.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE TABLE "ContactLists" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(80) NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 80),
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "ContactLists_company_name" ON "ContactLists" ("companyId", lower(name));
    CREATE TABLE "ContactListItems" (
      "contactListId" INTEGER NOT NULL REFERENCES "ContactLists"(id) ON DELETE CASCADE,
      "contactId" INTEGER NOT NULL REFERENCES "Contacts"(id) ON DELETE CASCADE,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      PRIMARY KEY ("contactListId", "contactId")
    );
    CREATE INDEX "ContactListItems_contact" ON "ContactListItems" ("contactId");

    CREATE TABLE "Campaigns" (
      id SERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      name VARCHAR(120) NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
      "whatsappId" INTEGER REFERENCES "Whatsapps"(id) ON DELETE SET NULL,
      "userId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL,
      status VARCHAR(10) NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'scheduled', 'running', 'paused', 'finished', 'cancelled')),
      messages JSONB NOT NULL CHECK (jsonb_typeof(messages) = 'array' AND jsonb_array_length(messages) BETWEEN 1 AND 5),
      "mediaPath" VARCHAR(255),
      "mediaType" VARCHAR(20),
      mimetype VARCHAR(120),
      "fileName" VARCHAR(255),
      size INTEGER,
      target JSONB NOT NULL DEFAULT '{}'::jsonb,
      "scheduledAt" TIMESTAMPTZ,
      "ratePerMinute" SMALLINT NOT NULL CHECK ("ratePerMinute" >= 1),
      "jitterSeconds" SMALLINT NOT NULL DEFAULT 0 CHECK ("jitterSeconds" BETWEEN 0 AND 300),
      "sendingWindow" JSONB,
      "ticketMode" VARCHAR(4) NOT NULL DEFAULT 'log' CHECK ("ticketMode" IN ('open', 'log')),
      "queueId" INTEGER REFERENCES "Queues"(id) ON DELETE SET NULL,
      "startedAt" TIMESTAMPTZ,
      "finishedAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX "Campaigns_company_created" ON "Campaigns" ("companyId", "createdAt" DESC, id DESC);
    CREATE INDEX "Campaigns_active" ON "Campaigns" ("whatsappId") WHERE status IN ('scheduled', 'running');

    CREATE TABLE "CampaignShippings" (
      id BIGSERIAL PRIMARY KEY,
      "companyId" INTEGER NOT NULL REFERENCES "Companies"(id) ON DELETE CASCADE,
      "campaignId" INTEGER NOT NULL REFERENCES "Campaigns"(id) ON DELETE CASCADE,
      "contactId" INTEGER NOT NULL REFERENCES "Contacts"(id) ON DELETE CASCADE,
      number VARCHAR(32) NOT NULL,
      variant SMALLINT NOT NULL DEFAULT 0,
      status VARCHAR(10) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'skipped')),
      reason VARCHAR(60),
      "messageId" BIGINT REFERENCES "Messages"(id) ON DELETE SET NULL,
      wid VARCHAR(64),
      attempts SMALLINT NOT NULL DEFAULT 0,
      "sentAt" TIMESTAMPTZ,
      "deliveredAt" TIMESTAMPTZ,
      "readAt" TIMESTAMPTZ,
      "repliedAt" TIMESTAMPTZ,
      "failedAt" TIMESTAMPTZ,
      "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX "CampaignShippings_campaign_contact" ON "CampaignShippings" ("campaignId", "contactId");
    CREATE INDEX "CampaignShippings_pending" ON "CampaignShippings" ("campaignId", id) WHERE status = 'pending';
    CREATE INDEX "CampaignShippings_campaign_status" ON "CampaignShippings" ("campaignId", status);
    CREATE INDEX "CampaignShippings_message" ON "CampaignShippings" ("messageId") WHERE "messageId" IS NOT NULL;
    CREATE INDEX "CampaignShippings_awaiting_reply" ON "CampaignShippings" ("contactId")
      WHERE "repliedAt" IS NULL AND status IN ('sent', 'delivered', 'read');

    CREATE TABLE "CampaignPacing" (
      "whatsappId" INTEGER PRIMARY KEY REFERENCES "Whatsapps"(id) ON DELETE CASCADE,
      "nextSendAt" TIMESTAMPTZ NOT NULL,
      "lastCampaignId" INTEGER
    );
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP TABLE "CampaignPacing";
    DROP TABLE "CampaignShippings";
    DROP TABLE "Campaigns";
    DROP TABLE "ContactListItems";
    DROP TABLE "ContactLists";
  `);
};
