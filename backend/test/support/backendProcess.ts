import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../scripts/lib/throwaway.js';
import { ApiClient } from './api.js';
import { createTestDatabase, testSettings } from './testApp.js';
import { until } from './waiting.js';

const BACKEND = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROOT = resolve(BACKEND, '..');

export interface BackendProcess {
  url: string;
  api: ApiClient;
  /** The settings it runs with (database, Redis prefix, secrets…; not its media directory): pass them to start it again on the same data. */
  settings: Record<string, string>;
  /** Everything the process wrote to stdout and stderr so far: what a log file would hold. */
  output(): string;
  stop(): Promise<void>;
  /** SIGKILL: the process dies on the spot, in the middle of whatever it was doing (a crash). */
  kill(): Promise<void>;
}

/**
 * The backend as it runs in production — its own process through the real entry point (server.ts) — on a fresh
 * database, for tests about what the process itself does (what reaches its log). `env` adds to or overrides the
 * test settings; a simulator in the test's process is trusted through the simulator's preload.
 */
export async function startBackendProcess(env: Record<string, string> = {}): Promise<BackendProcess> {
  const port = await freePort();
  const mediaDir = mkdtempSync(join(tmpdir(), 'atende-media-'));
  let output = '';
  const settings = Object.fromEntries(
    Object.entries({ ...testSettings(env.DATABASE_URL ?? (await createTestDatabase()), mediaDir), LOGIN_RATE_LIMIT_PER_IP: '1000', ...env }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: BACKEND,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the server in a child of its own, and kill() must take both down.
    detached: true,
    env: { PATH: process.env.PATH, NODE_OPTIONS: `--import ${join(ROOT, 'simulator/preload/trust-simulator.mjs')}`, ...settings, PORT: String(port) },
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close': the process is gone and so are its pipes (held by tsx's child too).
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(mediaDir, { recursive: true, force: true });
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    }
    rmSync(mediaDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const started = () => (output.includes('Atende backend listening') ? 'listening' : child.exitCode !== null ? 'exited' : undefined);
  if ((await until(started, Boolean, 'the backend process to listen', 60_000).catch(() => 'timed out')) !== 'listening') {
    await stop();
    throw new Error(`the backend process did not start:\n${output}`);
  }
  const { MEDIA_DIR: _own, ...reusable } = settings;
  return { url, api: new ApiClient(url), settings: reusable, output: () => output, stop, kill };
}
