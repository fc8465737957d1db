import type { Migration } from '../migration.js';

// Contact search and listing served by indexes: trigram GIN indexes let "name ILIKE '%ana%'" and
// "number LIKE '%8765%'" use an index (a btree cannot serve a leading %), and the (company, lower(name), id)
// btree serves the keyset-paginated list in name order. Custom fields (extraInfo) become a list of
// {name, value} pairs, which keeps their order and lets two fields be told apart only by name.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "Contacts_name_trgm" ON "Contacts" USING gin (name gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "Contacts_number_trgm" ON "Contacts" USING gin (number gin_trgm_ops);
    CREATE INDEX "Contacts_company_name_id" ON "Contacts" ("companyId", lower(name), id);

    UPDATE "Contacts" SET "extraInfo" = '[]'::jsonb WHERE jsonb_typeof("extraInfo") <> 'array';
    ALTER TABLE "Contacts"
      ALTER COLUMN "extraInfo" SET DEFAULT '[]'::jsonb,
      ADD CONSTRAINT "Contacts_extraInfo_list" CHECK (jsonb_typeof("extraInfo") = 'array');
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE "Contacts" DROP CONSTRAINT "Contacts_extraInfo_list", ALTER COLUMN "extraInfo" SET DEFAULT '{}'::jsonb;
    DROP INDEX "Contacts_company_name_id"; DROP INDEX "Contacts_number_trgm"; DROP INDEX "Contacts_name_trgm";
  `);
};
