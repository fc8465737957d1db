import type { Migration } from '../migration.js';

// Quick replies with a file (issue 17): one optional image, PDF/document or audio per shortcut, stored under
// MEDIA_DIR like every outbound file and only served through the API (GET /api/quick-replies/:id/media). A
// message sent with the reply points at this same file; removeMediaFiles keeps a file a quick reply still
// points at (db/messageMedia.ts mediaPathsInUse). Calls need no table: a call is a message row (mediaType 'call').
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "QuickReplies"
      ADD COLUMN "mediaPath" VARCHAR(255),
      ADD COLUMN "mediaType" VARCHAR(20),
      ADD COLUMN mimetype VARCHAR(120),
      ADD COLUMN "fileName" VARCHAR(255),
      ADD COLUMN "mediaSize" BIGINT,
      ADD CONSTRAINT "QuickReplies_media_whole" CHECK (("mediaPath" IS NULL) = ("mediaType" IS NULL));
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "QuickReplies"
      DROP CONSTRAINT "QuickReplies_media_whole",
      DROP COLUMN "mediaPath", DROP COLUMN "mediaType", DROP COLUMN mimetype, DROP COLUMN "fileName", DROP COLUMN "mediaSize";
  `);
};
