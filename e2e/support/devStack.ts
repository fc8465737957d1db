import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const READY = /Atende is running at (http:\/\/\S+)/;
const LOG_LINES = 400;

export interface DevStack {
  url: string;
  /** The last lines the stack printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface DevStackOptions {
  adminEmail: string;
  adminPassword: string;
  readyTimeoutMs: number;
  /** Extra environment for the stack (the backend inherits it), e.g. the WhatsApp simulator settings. */
  env?: Record<string, string>;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no free port'))));
    });
  });
}

/**
 * Starts `scripts/dev.ts` in its own process group and resolves once it prints its ready line. It serves the
 * production build (`DEV_FRONTEND=preview`): the one globalSetup made (`E2E_APP_DIR`), or dev.ts builds one.
 */
export async function startDevStack(options: DevStackOptions): Promise<DevStack> {
  const { DATABASE_URL, REDIS_URL } = process.env;
  if (!DATABASE_URL || !REDIS_URL) {
    throw new Error('The browser tests need DATABASE_URL and REDIS_URL (npm test provides them; or export them yourself).');
  }
  const [backendPort, frontendPort] = await Promise.all([freePort(), freePort()]);
  const mediaDir = await mkdtemp(join(tmpdir(), 'atende-e2e-media-'));
  const lines: string[] = [];
  const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/dev.ts'], {
    cwd: ROOT,
    // Its own process group, so that stop() reaches the backend and Vite grandchildren too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL,
      REDIS_URL,
      DEV_BACKEND_PORT: String(backendPort),
      DEV_FRONTEND_PORT: String(frontendPort),
      DEV_FRONTEND: 'preview',
      ...(process.env.E2E_APP_DIR ? { DEV_FRONTEND_DIST: process.env.E2E_APP_DIR } : {}),
      MEDIA_DIR: mediaDir,
      // Every sign-in of every test file comes from 127.0.0.1 into one Redis: the per-IP limit is not under test.
      LOGIN_RATE_LIMIT_PER_IP: '1000',
      ADMIN_EMAIL: options.adminEmail,
      ADMIN_PASSWORD: options.adminPassword,
      FORCE_COLOR: '0',
      ...options.env,
    },
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const log = () => lines.join('\n');

  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`dev stack not ready after ${options.readyTimeoutMs / 1000}s:\n${log()}`)), options.readyTimeoutMs);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > LOG_LINES) lines.shift();
        const match = READY.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          ok(match[1]);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`dev stack exited with ${code} before it was ready:\n${log()}`));
    });
  }).catch(async (error: unknown) => {
    await stopGroup(child, exited);
    await rm(mediaDir, { recursive: true, force: true });
    throw error;
  });

  const stop = async () => {
    await stopGroup(child, exited);
    await rm(mediaDir, { recursive: true, force: true });
  };
  return { url, log, stop };
}

/** SIGTERM to the whole group (dev.ts stops its children and services), SIGKILL if it lingers. */
async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 15_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') signal('SIGKILL');
  // Children may outlive dev.ts by a moment (vite preview, the backend): make sure nothing of the group survives.
  await new Promise((done) => setTimeout(done, 500));
  signal('SIGKILL');
}
