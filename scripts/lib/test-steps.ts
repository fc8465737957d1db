// The steps of `npm test`, in order. A step is skipped only when its workspace has no test files at all,
// decided from the tree (never from a flag), and the skip is printed in the summary.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface Command {
  label: string;
  cmd: string;
  args: string[];
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

async function hasTests(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return false;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist' && (await hasTests(join(dir, entry.name)))) return true;
    } else if (/\.test\.tsx?$/.test(entry.name)) return true;
  }
  return false;
}

const noTestsIn = (workspace: string) => async (root: string) =>
  (await hasTests(join(root, workspace))) ? undefined : `no *.test.ts(x) files in ${workspace}/ yet`;

export const STEPS: Step[] = [
  { name: 'typecheck', title: 'TypeScript, every workspace and scripts/', services: false, skipReason: async () => undefined },
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

/** Commands of a step, run from the repository root; `infra` is prepared by the runner. */
export function stepCommands(name: string): Command[] {
  switch (name) {
    case 'typecheck': {
      const tsc = (dir: string): Command => ({ label: `${dir}/`, cmd: 'node_modules/.bin/tsc', args: ['-p', `${dir}/tsconfig.json`] });
      const extra = ['scripts', 'e2e', 'bench'].filter((dir) => existsSync(`${dir}/tsconfig.json`)).map(tsc);
      return [{ label: 'workspaces', cmd: 'npm', args: ['run', 'typecheck', '--workspaces', '--if-present'] }, ...extra];
    }
    case 'backend':
    case 'simulator':
    case 'frontend':
      return [{ label: name, cmd: 'npm', args: ['test', '-w', name, ...(only('TEST_ONLY').length ? ['--', ...only('TEST_ONLY')] : [])] }];
    case 'e2e':
      // E2E_ONLY=contacts,queues runs only the browser test files whose path matches (while working on one screen).
      return [{ label: 'e2e', cmd: 'node', args: [...JEST_ESM, '-c', 'e2e/jest.config.js', ...only('E2E_ONLY'), ...only('TEST_ONLY')] }];
    case 'appliance':
      return [{ label: 'appliance', cmd: 'node_modules/.bin/tsx', args: ['scripts/test/appliance.ts'] }];
    default:
      return [];
  }
}
