import type { Migration } from '../migration.js';

// What a media message needs besides its file path: the type to serve it with, its size, and the name the
// sender gave it (shown and used for downloads; never used on disk).
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Messages"
      ADD COLUMN mimetype VARCHAR(128),
      ADD COLUMN "mediaSize" BIGINT,
      ADD COLUMN "fileName" VARCHAR(255);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`ALTER TABLE "Messages" DROP COLUMN mimetype, DROP COLUMN "mediaSize", DROP COLUMN "fileName";`);
};
