import type { Migration } from '../migrator.js';

// What the inbound pipeline learned to keep beyond text: media files (stored under MEDIA_DIR, described
// here), structured content (locations, contact cards), reactions on the target row, and the contact's
// profile picture refreshed at most once a day.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Messages"
      ADD COLUMN "mediaMimeType" VARCHAR(127),
      ADD COLUMN "mediaSize" BIGINT,
      -- the sender's file name, for display and download only: files on disk get generated names
      ADD COLUMN "mediaFileName" VARCHAR(255),
      -- pending: download under way; ready: on disk; failed: retriable, the row (caption) is kept
      ADD COLUMN "mediaStatus" VARCHAR(16) CHECK ("mediaStatus" IN ('pending', 'ready', 'failed')),
      ADD COLUMN content JSONB,
      -- { "<sender>": { "emoji": "👍", "at": <ms> } }; emoji '' marks a removed reaction so an older
      -- redelivered reaction cannot bring it back
      ADD COLUMN reactions JSONB NOT NULL DEFAULT '{}'::jsonb;
    CREATE INDEX "Messages_media_failed" ON "Messages" ("whatsappId", id) WHERE "mediaStatus" = 'failed';

    ALTER TABLE "Contacts"
      ADD COLUMN "profilePicUrl" TEXT,
      ADD COLUMN "profilePicFetchedAt" TIMESTAMPTZ;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    DROP INDEX "Messages_media_failed";
    ALTER TABLE "Messages" DROP COLUMN "mediaMimeType", DROP COLUMN "mediaSize", DROP COLUMN "mediaFileName",
      DROP COLUMN "mediaStatus", DROP COLUMN content, DROP COLUMN reactions;
    ALTER TABLE "Contacts" DROP COLUMN "profilePicUrl", DROP COLUMN "profilePicFetchedAt";
  `);
};
