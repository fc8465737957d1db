// Provisions what the backend tests need when the runner did not: a throwaway PostgreSQL cluster and
// redis-server. Then builds one migrated template database that each test file clones (fast, isolated).
// Loaded through tsx by globalSetup.mjs (jest's global setup cannot resolve our ESM `.js` imports itself).
import pg from 'pg';
import { startPostgres, startRedis, type ThrowawayPostgres, type ThrowawayRedis } from '../../../scripts/lib/throwaway.js';
import { createSequelize } from '../../src/database/connection.js';
import { createMigrator } from '../../src/database/migrator.js';
import { configureLogger } from '../../src/lib/logger.js';

export interface Provisioned {
  postgres?: ThrowawayPostgres;
  redis?: ThrowawayRedis;
}

export async function provision(): Promise<Provisioned> {
  configureLogger({ level: 'error', format: 'pretty', silent: true });
  const services: Provisioned = {};
  if (!process.env.DATABASE_URL) {
    services.postgres = await startPostgres();
    process.env.DATABASE_URL = services.postgres.url;
  }
  if (!process.env.REDIS_URL) {
    services.redis = await startRedis();
    process.env.REDIS_URL = services.redis.url;
  }

  const template = `atende_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${template}`;
  const sequelize = createSequelize({ databaseUrl: url.toString(), databasePoolMax: 2 });
  await createMigrator(sequelize).up();
  await sequelize.close();
  process.env.ATENDE_TEST_TEMPLATE = template;
  return services;
}

export async function unprovision(services: Provisioned): Promise<void> {
  if (process.env.DATABASE_URL && !services.postgres) {
    // A cluster given by the runner is left as found: drop what the tests created in it.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'atende\\_t\\_%' OR datname = $1`, [
      process.env.ATENDE_TEST_TEMPLATE,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  }
  await services.postgres?.stop();
  await services.redis?.stop();
}
