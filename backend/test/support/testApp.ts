import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/config/index.js';
import { startAtende, type RunningAtende } from '../../src/bootstrap.js';
import { configureLogger } from '../../src/lib/logger.js';
import { ApiClient } from './api.js';

export const ADMIN = { email: 'admin@atende.test', password: 'admin-password-1' } as const;

export interface TestApp {
  atende: RunningAtende;
  config: Config;
  url: string;
  api: ApiClient;
  databaseUrl: string;
  stop(): Promise<void>;
}

function databaseUrlFor(name: string, base = process.env.DATABASE_URL): string {
  if (!base) throw new Error('DATABASE_URL is not set: run the backend tests through jest (globalSetup provisions it)');
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<string> {
  const name = `atende_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.ATENDE_TEST_TEMPLATE ?? 'template1'}`);
  } finally {
    await admin.end();
  }
  return databaseUrlFor(name);
}

/** The environment of a test backend: its own database, media directory, Redis prefix and secrets. */
export function testSettings(databaseUrl: string, mediaDir: string): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL,
    REDIS_PREFIX: `atende-test:${randomBytes(4).toString('hex')}:`,
    JWT_SECRET: randomBytes(24).toString('hex'),
    JWT_REFRESH_SECRET: randomBytes(24).toString('hex'),
    AI_SECRET_KEY: randomBytes(32).toString('hex'),
    BCRYPT_ROUNDS: '4',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    COMPANY_NAME: 'Empresa A',
    MEDIA_DIR: mediaDir,
  };
}

/** Boots a real backend (HTTP + Socket.io) on a free port against real PostgreSQL and Redis. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  configureLogger({ level: 'error', format: 'pretty', silent: !process.env.TEST_LOGS });
  const databaseUrl = env.DATABASE_URL ?? (await createTestDatabase());
  const mediaDir = env.MEDIA_DIR ?? mkdtempSync(join(tmpdir(), 'atende-media-'));
  const config = loadConfig({ ...testSettings(databaseUrl, mediaDir), PORT: '0', ...env });
  const atende = await startAtende(config);
  const stop = async () => {
    await atende.close();
    if (!env.MEDIA_DIR) rmSync(mediaDir, { recursive: true, force: true });
  };
  return { atende, config, url: atende.url, api: new ApiClient(atende.url), databaseUrl, stop };
}
