import type { Sequelize } from 'sequelize';
import type { MigrationFn } from 'umzug';

/**
 * One step of the schema: an `up` over the Sequelize connection. Declared apart from the migrator, which lists
 * the migrations, so that they need not import it back.
 */
export type Migration = MigrationFn<Sequelize>;
