import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * What one browser test file owns: a database of its own in the run's cluster (migrated and seeded by its stack on
 * boot) and a Redis key prefix of its own (Bull queues, Socket.io's adapter, presence, locks, rate limits all live
 * under it). Two files run at a time (jest `maxWorkers: 2`), and none sees another's company, settings, tickets or
 * jobs: a setting one file turns on cannot leak into the next (the company signature once did, when they shared one).
 */
export interface OwnDatabase {
  url: string;
  redisPrefix: string;
  drop(): Promise<void>;
}

/** `adminUrl` is the run's database (npm test makes `atende_e2e`); the new one sits beside it. */
export async function createOwnDatabase(adminUrl: string, fileName: string): Promise<OwnDatabase> {
  const slug = fileName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  const name = `atende_e2e_${slug}_${randomBytes(3).toString('hex')}`;
  await onAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    redisPrefix: `atende:e2e:${name}:`,
    // FORCE: a stack killed with SIGKILL may leave its connections behind for a moment.
    drop: () => onAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function onAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
