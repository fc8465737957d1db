import type { Migration } from '../migration.js';

// What the inbound pipeline keeps beyond text and the media columns of 0005: whether a received file is
// on disk yet, structured content (locations, contact cards), reactions on the target row, and the
// contact's profile picture refreshed at most once a day.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Messages"
      -- received media only (NULL for text and for files attendants send): pending while downloading,
      -- ready once on disk, failed when the download failed (retriable: the row and caption are kept)
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
    ALTER TABLE "Messages" DROP COLUMN "mediaStatus", DROP COLUMN content, DROP COLUMN reactions;
    ALTER TABLE "Contacts" DROP COLUMN "profilePicUrl", DROP COLUMN "profilePicFetchedAt";
  `);
};
