import type { Migration } from '../migrator.js';

// Searching the inbox: a trigram GIN index lets "body ILIKE '%reembolso%'" find the few messages that say it,
// and Tickets_contact finds the tickets of the contacts whose name or number matches (their own trigram
// indexes come from 0008). ListTicketsService reads those hits once per search instead of every ticket of the
// tab probing its own messages, which read a whole tab's history for a word nobody wrote. Tickets_contact also
// serves a contact's past tickets.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE INDEX IF NOT EXISTS "Messages_body_trgm" ON "Messages" USING gin (body gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "Tickets_contact" ON "Tickets" ("contactId");
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP INDEX "Tickets_contact"; DROP INDEX "Messages_body_trgm";`);
};
