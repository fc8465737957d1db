// The steps of `npm test`, in order. A step is skipped only when its workspace has no test files at all,
// decided from the tree (never from a flag), and the skip is printed in the summary.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Command {
  label: string;
  cmd: string;
  args: string[];
  /** A step's commands of different lanes run side by side; those of one lane one after the other. */
  lane?: string;
}

export interface Step {
  name: string;
  title: string;
  /** Needs PostgreSQL and Redis. */
  services: boolean;
  /** A reason to skip, or undefined to run. */
  skipReason(root: string): Promise<string | undefined>;
}

const JEST_ESM = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js'];

/** The test files under a workspace, relative to it (what `--runTestsByPath` takes there). */
function testFiles(workspace: string, dir = workspace): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : testFiles(workspace, path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(workspace, path)] : [];
  });
}

const noTestsIn = (workspace: string) => async (root: string) =>
  testFiles(join(root, workspace)).length ? undefined : `no *.test.ts(x) files in ${workspace}/ yet`;

export const STEPS: Step[] = [
  {
    name: 'typecheck',
    title: 'TypeScript, every workspace and scripts/; ESLint and Prettier (npm run lint)',
    services: false,
    skipReason: async () => undefined,
  },
  { name: 'backend', title: 'backend jest (HTTP + Socket.io on real PostgreSQL and Redis)', services: true, skipReason: noTestsIn('backend') },
  { name: 'simulator', title: 'WhatsApp simulator jest', services: false, skipReason: noTestsIn('simulator') },
  { name: 'frontend', title: 'frontend jest (components)', services: false, skipReason: noTestsIn('frontend') },
  { name: 'infra', title: 'docker-compose config, shellcheck, nginx -t', services: false, skipReason: async () => undefined },
  {
    name: 'e2e',
    title: 'browser tests (chromium, the real app)',
    services: true,
    skipReason: async (root) => (existsSync(join(root, 'e2e/jest.config.js')) ? undefined : 'e2e/jest.config.js does not exist yet'),
  },
  {
    name: 'appliance',
    title: 'install.sh --native on free ports, nginx, Socket.io, backup/restore, re-install (scripts/test/appliance.ts)',
    services: false,
    // install.sh installs system users and services: it only runs as root (as on CI and on a VPS).
    skipReason: async () => (process.getuid?.() === 0 ? undefined : 'install.sh needs root'),
  },
];

/** Jest path patterns from a comma-separated variable: TEST_ONLY for every jest step, E2E_ONLY for browser tests. */
function only(variable: 'E2E_ONLY' | 'TEST_ONLY'): string[] {
  return process.env[variable]?.split(',').filter(Boolean) ?? [];
}

/**
 * The order of the tests inside each file is shuffled on every run (jest prints the seed at the end): a test
 * that leans on an earlier one's leftovers fails. TEST_SEED=<seed> replays one order.
 */
function order(): string[] {
  return ['--randomize', ...(process.env.TEST_SEED ? [`--seed=${process.env.TEST_SEED}`] : [])];
}

/** A jest step's command: the whole suite, or with TEST_EACH=1 one jest run per test file (each must pass alone). */
function jestCommands(name: 'backend' | 'simulator' | 'frontend'): Command[] {
  const run = (label: string, args: string[]): Command => ({ label, cmd: 'npm', args: ['test', '-w', name, '--', ...order(), ...args] });
  if (process.env.TEST_EACH !== '1') return [run(name, only('TEST_ONLY'))];
  const files = testFiles(name).filter((file) => !only('TEST_ONLY').length || only('TEST_ONLY').some((part) => file.includes(part)));
  return files.sort().map((file) => run(`${name}/${file}`, ['--runTestsByPath', file]));
}

/** Commands of a step, run from the repository root; `infra` is prepared by the runner. */
export function stepCommands(name: string): Command[] {
  switch (name) {
    case 'typecheck': {
      const tsc = (dir: string): Command => ({ label: `${dir}/`, cmd: 'node_modules/.bin/tsc', args: ['-p', `${dir}/tsconfig.json`], lane: 'tsc' });
      const extra = ['scripts', 'e2e', 'bench'].filter((dir) => existsSync(`${dir}/tsconfig.json`)).map(tsc);
      // Beside the compilers, on the other core: ESLint (type-aware promise rules, hooks, import cycles) and
      // Prettier's check. Neither waits for the other's result.
      const lint: Command = { label: 'lint', cmd: 'npm', args: ['run', 'lint'], lane: 'lint' };
      return [{ label: 'workspaces', cmd: 'npm', args: ['run', 'typecheck', '--workspaces', '--if-present'], lane: 'tsc' }, ...extra, lint];
    }
    case 'backend':
    case 'simulator':
    case 'frontend':
      return jestCommands(name);
    case 'e2e':
      // E2E_ONLY=contacts,queues runs only the browser test files whose path matches (while working on one screen).
      return [{ label: 'e2e', cmd: 'node', args: [...JEST_ESM, '-c', 'e2e/jest.config.js', ...only('E2E_ONLY'), ...only('TEST_ONLY')] }];
    case 'appliance':
      return [{ label: 'appliance', cmd: 'node_modules/.bin/tsx', args: ['scripts/test/appliance.ts'] }];
    default:
      return [];
  }
}
