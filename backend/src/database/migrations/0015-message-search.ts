import type { Migration } from '../migration.js';

// Searching the inbox reads the matching messages through Messages_body_trgm (0010) and the matching contacts
// through their trigram indexes (0008); this index then finds those contacts' tickets, so a search no longer
// walks a whole tab probing every ticket (listTickets). It also serves a contact's past tickets.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`CREATE INDEX IF NOT EXISTS "Tickets_contact" ON "Tickets" ("contactId")`);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP INDEX "Tickets_contact"`);
};
