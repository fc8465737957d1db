// Child processes for the test and dev runners. Each child gets its own process group (detached) so that
// stopping it also stops what it spawned (npm → node → jest workers, tsx watch → server), and so that a
// Ctrl-C reaches only the runner, which then shuts everything down in order.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the exit code (128 + signal number style codes become 1). */
  exited: Promise<number>;
}

export interface SpawnOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** When given, output is read line by line and printed with this prefix; otherwise it is inherited. */
  prefix?: string;
}

export function spawnChild(name: string, cmd: string, args: string[], opts: SpawnOptions = {}): Child {
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: opts.prefix === undefined ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  if (opts.prefix !== undefined) {
    const prefix = opts.prefix;
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`${prefix} ${line}`));
    }
  }
  const exited = new Promise<number>((resolve) => {
    child.once('error', (error) => {
      console.error(`${name}: cannot start ${cmd}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code) => resolve(code ?? 1));
  });
  return { name, process: child, exited };
}

function signalGroup(child: Child, signal: NodeJS.Signals): void {
  const pid = child.process.pid;
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** SIGTERM to the whole group, SIGKILL after `graceMs`. Resolves when the leader has exited. */
export async function stopChild(child: Child, graceMs = 8000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) {
    signalGroup(child, 'SIGKILL'); // leftovers of an exited leader (e.g. jest workers)
    return;
  }
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
  signalGroup(child, 'SIGKILL');
}

/** Runs `handler` once on SIGINT/SIGTERM/SIGHUP, then exits with the conventional 128+n code. */
export function onTermination(handler: (signal: NodeJS.Signals) => Promise<void>): void {
  let running = false;
  const codes: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (running) return; // a second Ctrl-C while shutting down is ignored: the shutdown is bounded
      running = true;
      console.error(`\n${signal} received: stopping…`);
      handler(signal)
        .catch((error: unknown) => console.error('shutdown failed:', error))
        .finally(() => process.exit(codes[signal] ?? 1));
    });
  }
}
