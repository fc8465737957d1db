// PostgreSQL and Redis for a benchmark: the ones named by DATABASE_URL / REDIS_URL when set (a fresh
// database is created in that cluster and dropped afterwards), otherwise throwaway ones on free ports.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startPostgres, startRedis } from '../../scripts/lib/throwaway.js';
import { atExit } from './cleanup.js';

export interface BenchServices {
  /** A fresh, empty database (the backend migrates it on boot). */
  databaseUrl: string;
  redisUrl: string;
  /** A Redis key prefix nobody else uses, so a shared Redis is left as found. */
  redisPrefix: string;
}

async function admin(clusterUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function benchServices(label: string): Promise<BenchServices> {
  let clusterUrl = process.env.DATABASE_URL;
  if (!clusterUrl) {
    const postgres = await startPostgres();
    atExit('throwaway PostgreSQL', () => postgres.stop());
    clusterUrl = postgres.url;
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis();
    atExit('throwaway Redis', () => redis.stop());
    redisUrl = redis.url;
  }
  const tag = randomBytes(4).toString('hex');
  const name = `atende_bench_${label}_${tag}`;
  await admin(clusterUrl, `CREATE DATABASE ${name}`);
  const cluster = clusterUrl;
  atExit(`database ${name}`, () => admin(cluster, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), redisUrl, redisPrefix: `atende-bench:${tag}:` };
}

/** The environment a backend needs for a benchmark (secrets are random per run; the admin is fixed). */
export const BENCH_ADMIN = { email: 'bench@atende.test', password: 'bench-password-1' } as const;

export function backendEnv(services: BenchServices, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: services.redisPrefix,
    JWT_SECRET: randomBytes(24).toString('hex'),
    JWT_REFRESH_SECRET: randomBytes(24).toString('hex'),
    BCRYPT_ROUNDS: '4',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    ...extra,
  };
}

/** Logs in over the API like the web app does; returns the access token. */
export async function login(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken) throw new Error(`login failed: ${res.status} ${JSON.stringify(body)}`);
  return body.accessToken;
}
