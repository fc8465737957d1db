import type { Migration } from '../migration.js';

// One person, one contact: a Brazilian mobile is the same person with or without its ninth digit
// (55 11 8765-4321 is 55 11 98765-4321; WhatsApp still addresses old accounts by the 8-digit form, while
// typed and imported numbers are stored with the 9). contact_number_key() is that identity; the unique index
// on it makes the second form of a number a conflict, so an inbound message from the 8-digit id lands on the
// contact someone typed with the 9 instead of creating a twin. The exact-number index stays for lookups.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE FUNCTION contact_number_key(number text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN number ~ '^55[1-9][0-9][6-9][0-9]{7}$' THEN substr(number, 1, 4) || '9' || substr(number, 5) ELSE number END
    $$;
    CREATE UNIQUE INDEX "Contacts_company_number_key" ON "Contacts" ("companyId", contact_number_key(number));
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`DROP INDEX "Contacts_company_number_key"; DROP FUNCTION contact_number_key(text);`);
};
