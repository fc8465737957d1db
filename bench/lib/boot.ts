// The start most benchmarks share: the real backend booted in this process on its own database, the bench
// admin signed in over the API, and the company the seed created.
import { QueryTypes } from 'sequelize';
import { startAtende } from '../../backend/src/bootstrap.js';
import { loadConfig } from '../../backend/src/config/index.js';
import { ctx } from '../../backend/src/context.js';
import { configureLogger } from '../../backend/src/lib/logger.js';
import { atExit } from './cleanup.js';
import { backendEnv, benchServices, login } from './services.js';

export async function bootBackend(label: string) {
  configureLogger({ level: 'warn', format: 'json' });
  const services = await benchServices(label);
  const atende = await startAtende(loadConfig(backendEnv(services)));
  atExit('backend', () => atende.close());
  const { sequelize } = ctx();
  const token = await login(atende.url);
  const [company] = await sequelize.query<{ id: number }>(`SELECT id FROM "Companies" ORDER BY id LIMIT 1`, { type: QueryTypes.SELECT });
  return { atende, sequelize, token, companyId: company!.id };
}
