import { exec } from './sql.js';

/** The cheapest round trip to PostgreSQL, for /api/health. */
export async function pingDatabase(): Promise<void> {
  await exec('SELECT 1');
}
