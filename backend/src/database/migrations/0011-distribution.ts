import type { Migration } from '../migration.js';

// Round robin remembers, per queue, who got the last ticket; the next one goes to the next attendant.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`ALTER TABLE "Queues" ADD COLUMN "lastAssignedUserId" INTEGER REFERENCES "Users"(id) ON DELETE SET NULL;`);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`ALTER TABLE "Queues" DROP COLUMN "lastAssignedUserId";`);
};
