import type { Migration } from '../migration.js';

// Texts Atende sends by itself (greetings, menus, out-of-hours notices, farewells) are marked, so they never
// become the ticket's preview nor mark the customer's messages read, and the chat can tell them from what an
// attendant typed. Existing rows stay false: which old rows were automatic is not known.
//
// The dashboard counts closes from the tickets' history (a reopened ticket stays counted as resolved): this
// partial index covers what it reads of each close in a period, so the figure is an index-only range scan.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Messages" ADD COLUMN automatic BOOLEAN NOT NULL DEFAULT false;
    CREATE INDEX "TicketHistories_company_closes" ON "TicketHistories" ("companyId", "createdAt")
      INCLUDE (id, "ticketId", "toQueueId", "toUserId") WHERE action = 'closed';
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP INDEX "TicketHistories_company_closes"; ALTER TABLE "Messages" DROP COLUMN automatic;`);
};
