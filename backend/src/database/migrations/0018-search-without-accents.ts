import type { Migration } from '../migration.js';

// Search finds "João" when "joao" is typed, and "frete grátis" for "frete gratis": contact names and message
// bodies are compared folded (accents stripped by `unaccent`, then lower case), and the trigram indexes are
// built on that same folded text, so the search still reads them (lib/textSearch.ts writes the conditions).
//
// `unaccent()` is only STABLE (its dictionary could change), and an index expression needs an IMMUTABLE
// function: `immutable_unaccent` wraps it with the dictionary fixed. PL/pgSQL rather than SQL: an IMMUTABLE
// SQL function around a STABLE one is never inlined, and PL/pgSQL's simple-expression path costs a third less
// per row (measured: ~1.0 µs against ~1.5 µs; every row a trigram search rechecks pays it). Its body is
// resolved when it runs, so it names the extension's schema (looked up here, normally public): a restore by
// pg_restore, which empties the search_path, rebuilds the indexes through it.
// Accents first, then lower case: unaccent maps "Ã" to "A", which lower() folds even under a C ctype.
// Both extensions are "trusted" (PostgreSQL ≥ 13): the database's owner creates them, no superuser needed
// (the native installer's `atende` role owns its database).
// The number index (Contacts_number_trgm) stays: numbers have no accents.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE EXTENSION IF NOT EXISTS unaccent;
    DO $do$
    DECLARE
      ext text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent');
    BEGIN
      EXECUTE format($create$
        CREATE FUNCTION immutable_unaccent(text) RETURNS text
          LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
          AS $body$ BEGIN RETURN %1$s.unaccent(%2$L::regdictionary, $1); END $body$
      $create$, ext, ext || '.unaccent');
    END
    $do$;
    CREATE INDEX "Contacts_name_folded_trgm" ON "Contacts" USING gin (lower(immutable_unaccent(name)) gin_trgm_ops);
    CREATE INDEX "Messages_body_folded_trgm" ON "Messages" USING gin (lower(immutable_unaccent(body)) gin_trgm_ops);
    DROP INDEX "Contacts_name_trgm";
    DROP INDEX "Messages_body_trgm";
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    CREATE INDEX "Contacts_name_trgm" ON "Contacts" USING gin (name gin_trgm_ops);
    CREATE INDEX "Messages_body_trgm" ON "Messages" USING gin (body gin_trgm_ops);
    DROP INDEX "Messages_body_folded_trgm";
    DROP INDEX "Contacts_name_folded_trgm";
    DROP FUNCTION immutable_unaccent(text);
  `);
};
