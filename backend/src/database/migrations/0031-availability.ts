import type { Migration } from '../migration.js';

// Availability (issue 17): an attendant may pause (lunch, a meeting) without logging out. "pausedAt" is when
// the pause began (null: available), "pauseReason" its optional free text. Kept on the user, not in Redis with
// presence, so a pause survives a reload, a new login and a backend restart; distribution skips paused
// attendants (db/distribution.ts lockQueueCandidates).
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Users" ADD COLUMN "pausedAt" TIMESTAMPTZ, ADD COLUMN "pauseReason" VARCHAR(120);
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Users" DROP COLUMN "pauseReason", DROP COLUMN "pausedAt";
  `);
};
