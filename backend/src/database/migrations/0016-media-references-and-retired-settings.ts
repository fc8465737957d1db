import type { Migration } from '../migration.js';

// Media files are deleted once no message needs them (contact and company deletion, delete for everyone):
// before removing a file, the rows still pointing at it are looked up through this index (media rows only).
// The setting `groupsEnabled` was removed (group chats never become tickets); its stored rows are deleted so
// that a future setting of the same name cannot inherit a stale value.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE INDEX IF NOT EXISTS "Messages_mediaPath" ON "Messages" ("mediaPath") WHERE "mediaPath" IS NOT NULL;
    DELETE FROM "Settings" WHERE key = 'groupsEnabled';
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP INDEX "Messages_mediaPath"`);
};
