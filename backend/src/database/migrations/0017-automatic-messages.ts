import type { Migration } from '../migrator.js';

// Texts Atende sends by itself (greetings, menus, out-of-hours notices, farewells) are marked, so they never
// become the ticket's preview nor mark the customer's messages read, and the chat can tell them from what an
// attendant typed. Existing rows stay false: which old rows were automatic is not known.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`ALTER TABLE "Messages" ADD COLUMN automatic BOOLEAN NOT NULL DEFAULT false`);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`ALTER TABLE "Messages" DROP COLUMN automatic`);
};
