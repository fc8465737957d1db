// `npm run dev`: PostgreSQL and Redis (persistent under .data/dev/, or the given DATABASE_URL/REDIS_URL),
// the backend in watch mode and the Vite dev server. Prints exactly one "Atende is running at …" line when
// both answer: the browser tests wait for it, keep the wording.
// `DEV_FRONTEND=preview` runs what ships instead: the production build of the frontend (from
// `DEV_FRONTEND_DIST`, or built now into a temporary directory) behind `vite preview`, which proxies /api and
// /socket.io like nginx does, and the backend without a file watcher. The browser tests use this mode.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTermination, spawnChild, stopChild, type Child } from './lib/children.js';
import { databaseUrl, ensureDatabase } from './lib/database.js';
import { startPostgres, startRedis, type ThrowawayPostgres, type ThrowawayRedis } from './lib/throwaway.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '.data/dev');
const READY_TIMEOUT_MS = 180_000;

const backendPort = Number(process.env.DEV_BACKEND_PORT ?? 8080);
const frontendPort = Number(process.env.DEV_FRONTEND_PORT ?? 5173);
const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@atende.local';
const adminPassword = process.env.ADMIN_PASSWORD ?? 'atende123';
const builtApp = process.env.DEV_FRONTEND === 'preview';

const children: Child[] = [];
const services: Array<ThrowawayPostgres | ThrowawayRedis> = [];
/** Every caller (signal handler, failure path) waits for the same shutdown. */
let stopping: Promise<void> | undefined;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    await Promise.allSettled(children.map((child) => stopChild(child)));
    await Promise.allSettled(services.map((service) => service.stop()));
  })();
  return stopping;
}

function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', () => fail(new Error(`port ${port} is in use: stop what uses it or set ${variable}`)));
    server.listen(port, '127.0.0.1', () => server.close(() => ok()));
  });
}

async function database(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const pg = await startPostgres({ dataDir: join(DATA, 'postgres') });
  services.push(pg);
  await ensureDatabase(pg.url, 'atende_dev');
  return databaseUrl(pg.url, 'atende_dev');
}

async function redis(): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const server = await startRedis({ dataDir: join(DATA, 'redis') });
  services.push(server);
  return server.url;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Resolves when every URL answers 200; rejects when a child exits first or on timeout. */
async function waitReady(urls: string[]): Promise<void> {
  let exited: string | undefined;
  for (const child of children) void child.exited.then((code) => (exited ??= `${child.name} exited with ${code}`));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(exited);
    if ((await Promise.all(urls.map(answers))).every(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000}s: ${urls.join(', ')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The directory of the production build to serve: the given one, or a fresh build removed at exit. */
function frontendBuild(): string {
  if (process.env.DEV_FRONTEND_DIST) return process.env.DEV_FRONTEND_DIST;
  const outDir = mkdtempSync(join(tmpdir(), 'atende-app-'));
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: join(ROOT, 'frontend'),
    stdio: 'inherit',
    // An inherited NODE_ENV (test, development) would make Vite build React's development bundle.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

function frontendCommand(): string[] {
  const serve = ['--port', String(frontendPort), '--strictPort', '--host', '127.0.0.1'];
  return builtApp ? ['run', 'preview', '-w', 'frontend', '--', ...serve, '--outDir', frontendBuild()] : ['run', 'dev', '-w', 'frontend', '--', ...serve];
}

async function main(): Promise<void> {
  await assertPortFree(backendPort, 'DEV_BACKEND_PORT');
  await assertPortFree(frontendPort, 'DEV_FRONTEND_PORT');
  const [databaseUrlValue, redisUrl] = await Promise.all([database(), redis()]);
  const frontendUrl = `http://localhost:${frontendPort}`;
  const frontendArgs = frontendCommand(); // builds first when asked to serve the built app

  children.push(
    // Watch mode restarts the backend on every saved file: right while coding, wrong under a test.
    spawnChild('backend', builtApp ? join(ROOT, 'node_modules/.bin/tsx') : 'npm', builtApp ? ['src/server.ts'] : ['run', 'dev', '-w', 'backend'], {
      cwd: builtApp ? join(ROOT, 'backend') : ROOT,
      prefix: '[backend]',
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(backendPort),
        DATABASE_URL: databaseUrlValue,
        REDIS_URL: redisUrl,
        // Development-only secrets: production ones are generated by install.sh.
        JWT_SECRET: process.env.JWT_SECRET ?? 'dev-only-access-secret-not-for-production',
        JWT_REFRESH_SECRET: process.env.JWT_REFRESH_SECRET ?? 'dev-only-refresh-secret-not-for-production',
        AI_SECRET_KEY: process.env.AI_SECRET_KEY ?? 'de'.repeat(32),
        ADMIN_EMAIL: adminEmail,
        ADMIN_PASSWORD: adminPassword,
        LOG_FORMAT: 'pretty',
        FRONTEND_URL: `${frontendUrl},http://127.0.0.1:${frontendPort}`,
        MEDIA_DIR: process.env.MEDIA_DIR ?? join(DATA, 'media'),
      },
    }),
    spawnChild('frontend', 'npm', frontendArgs, {
      cwd: ROOT,
      prefix: '[frontend]',
      env: { ...process.env, ATENDE_BACKEND_URL: `http://127.0.0.1:${backendPort}` },
    }),
  );

  await waitReady([`http://127.0.0.1:${backendPort}/api/health`, `http://127.0.0.1:${frontendPort}/`]);
  console.log(`Atende is running at ${frontendUrl}`);
  console.log(`admin: ${adminEmail} / ${adminPassword}`);

  // Watch mode survives crashes of the app itself; if a watcher (or, built, the backend) dies, the stack is
  // broken: stop everything.
  const first = await Promise.race(children.map(async (child) => `${child.name} exited with ${await child.exited}`));
  throw new Error(first);
}

onTermination(shutdown);
main().catch(async (error: unknown) => {
  if (stopping) return; // already shutting down (signal): children exiting is expected, the handler exits
  console.error(`npm run dev: ${(error as Error).message}`);
  await shutdown();
  process.exit(1);
});
