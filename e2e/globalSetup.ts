// Jest globalSetup of the browser tests: the frontend's production build is made once per run into a
// temporary directory, and every stack of the run serves it (scripts/dev.ts with DEV_FRONTEND=preview).
// A directory of its own per run: several runs in one checkout must not empty each other's build.
// Self-contained on purpose: jest loads this file as CommonJS, without the `./x.js` module mapping.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export default async function buildApp(_global: unknown, project: { rootDir: string }): Promise<void> {
  if (process.env.E2E_APP_DIR) return; // given from outside: serve that build as it is
  const outDir = await mkdtemp(join(tmpdir(), 'atende-e2e-app-'));
  const started = Date.now();
  await promisify(execFile)(join(project.rootDir, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: join(project.rootDir, 'frontend'),
    // npm test runs with NODE_ENV=test, and Vite would then build React's development bundle: build what ships.
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  // The test files start after this, in processes that inherit this environment.
  process.env.E2E_APP_DIR = outDir;
  process.env.E2E_APP_DIR_OWNED = '1';
  console.log(`\nfrontend built for the browser tests in ${((Date.now() - started) / 1000).toFixed(1)}s: ${outDir}`);
}
