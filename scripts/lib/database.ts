// Creating databases in a cluster through psql (the runners avoid depending on a workspace's `pg`).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

const PSQL = existsSync('/usr/lib/postgresql/15/bin/psql') ? '/usr/lib/postgresql/15/bin/psql' : 'psql';

function assertName(name: string): void {
  // Only plain identifiers: the name is interpolated into SQL.
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name: ${name}`);
}

function psql(adminUrl: string, sql: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(PSQL, ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', adminUrl, '-c', sql], (error, stdout, stderr) => {
      if (error) reject(new Error(`psql failed: ${stderr || error.message}`));
      else resolve(stdout.trim());
    });
  });
}

/** The same cluster and credentials as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  assertName(name);
  const exists = await psql(adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (exists !== '1') await psql(adminUrl, `CREATE DATABASE ${name}`);
}

export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  assertName(name);
  await psql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await psql(adminUrl, `CREATE DATABASE ${name}`);
}
