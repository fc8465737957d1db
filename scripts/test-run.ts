// `npm test` after scripts/test.sh has installed what is missing: provisions PostgreSQL and Redis (unless
// DATABASE_URL / REDIS_URL are given), runs every step in order with its output streamed, prints a summary
// and always stops what it started. `npm test -- backend frontend` runs only those steps.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTermination, spawnChild, stopChild, type Child } from './lib/children.js';
import { databaseUrl, recreateDatabase } from './lib/database.js';
import { prepareInfraChecks } from './lib/infra-checks.js';
import { STEPS, stepCommands, type Command, type Step } from './lib/test-steps.js';
import { startPostgres, startRedis, type ThrowawayPostgres, type ThrowawayRedis } from './lib/throwaway.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

type Outcome = 'pass' | 'fail' | 'skip';
interface Result {
  step: string;
  outcome: Outcome;
  ms: number;
  note: string;
}

/** The commands running now (one, or one per lane of a step whose commands run side by side). */
const running = new Set<Child>();
let interrupted = false;
const started: Array<ThrowawayPostgres | ThrowawayRedis> = [];

/** Stops the running step and the services; every caller waits for the same shutdown. */
let stopping: Promise<void> | undefined;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    await Promise.allSettled([...running].map((child) => stopChild(child)));
    await Promise.allSettled(started.map((service) => service.stop()));
  })();
  return stopping;
}

function banner(text: string): void {
  const line = '═'.repeat(78);
  console.log(`\n${line}\n▶ ${text}\n${line}`);
}

function selectSteps(args: string[]): Step[] {
  const unknown = args.filter((a) => !STEPS.some((s) => s.name === a));
  if (unknown.length) {
    console.error(`unknown step(s): ${unknown.join(', ')}; steps are: ${STEPS.map((s) => s.name).join(' ')}`);
    process.exit(2);
  }
  return args.length ? STEPS.filter((s) => args.includes(s.name)) : STEPS;
}

async function services(needed: boolean): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' };
  if (!needed) return env;
  if (!env.DATABASE_URL) {
    const pg = await startPostgres();
    started.push(pg);
    env.DATABASE_URL = pg.url;
    console.log(`throwaway PostgreSQL: ${pg.url} (data in ${pg.dataDir})`);
  } else console.log('using the given DATABASE_URL');
  if (!env.REDIS_URL) {
    const redis = await startRedis();
    started.push(redis);
    env.REDIS_URL = redis.url;
    console.log(`throwaway Redis: ${redis.url}`);
  } else console.log('using the given REDIS_URL');
  return env;
}

async function runCommand(command: Command, env: NodeJS.ProcessEnv, prefix?: string): Promise<boolean> {
  console.log(`${prefix ? `${prefix} ` : ''}$ ${command.cmd} ${command.args.join(' ')}`);
  const child = spawnChild(command.label, command.cmd, command.args, { env, prefix });
  running.add(child);
  const code = await child.exited;
  await stopChild(child); // reap leftovers in the group (a jest worker that outlived its parent)
  running.delete(child);
  if (code !== 0) console.log(`✗ ${command.label} exited with ${code}`);
  return code === 0;
}

async function commandsFor(step: Step, env: NodeJS.ProcessEnv): Promise<{ commands: Command[]; env: NodeJS.ProcessEnv; cleanup?: () => Promise<void> }> {
  if (step.name === 'infra') {
    const infra = await prepareInfraChecks(ROOT);
    return { commands: infra.checks, env, cleanup: infra.cleanup };
  }
  if (step.name === 'e2e' && env.DATABASE_URL) {
    // The browser tests get a fresh database of their own in the same cluster.
    await recreateDatabase(env.DATABASE_URL, 'atende_e2e');
    return { commands: stepCommands('e2e'), env: { ...env, DATABASE_URL: databaseUrl(env.DATABASE_URL, 'atende_e2e') } };
  }
  return { commands: stepCommands(step.name), env };
}

async function runStep(step: Step, env: NodeJS.ProcessEnv): Promise<Result> {
  const t0 = Date.now();
  const skip = await step.skipReason(ROOT);
  if (skip) {
    banner(`${step.name}: SKIPPED — ${skip}`);
    return { step: step.name, outcome: 'skip', ms: 0, note: skip };
  }
  banner(`${step.name}: ${step.title}`);
  const prepared = await commandsFor(step, env);
  const failed: string[] = [];
  try {
    // Every command of a step runs even after one fails: one run shows every problem. Lanes run side by side
    // (the two cores stay busy), each lane's commands in order, their lines prefixed with the lane's name.
    const lanes = new Map<string, Command[]>();
    for (const command of prepared.commands) lanes.set(command.lane ?? '', [...(lanes.get(command.lane ?? '') ?? []), command]);
    await Promise.all(
      [...lanes].map(async ([lane, commands]) => {
        for (const command of commands) {
          if (interrupted) break;
          if (!(await runCommand(command, prepared.env, lanes.size > 1 ? `[${lane}]` : undefined))) failed.push(command.label);
        }
      }),
    );
  } finally {
    await prepared.cleanup?.();
  }
  const ms = Date.now() - t0;
  return { step: step.name, outcome: failed.length ? 'fail' : 'pass', ms, note: failed.length ? `failed: ${failed.join(', ')}` : '' };
}

function summary(results: Result[]): void {
  banner('summary');
  const label: Record<Outcome, string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };
  for (const r of results) {
    const time = r.outcome === 'skip' ? '' : `${(r.ms / 1000).toFixed(1)}s`;
    console.log(`${label[r.outcome]}  ${r.step.padEnd(10)} ${time.padStart(8)}  ${r.note}`);
  }
  const passed = results.filter((r) => r.outcome === 'pass').length;
  const failed = results.filter((r) => r.outcome === 'fail').length;
  const skipped = results.filter((r) => r.outcome === 'skip');
  if (skipped.length) console.log(`\n${skipped.length} skipped (no tests yet): ${skipped.map((r) => r.step).join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
}

async function main(): Promise<number> {
  const steps = selectSteps(process.argv.slice(2));
  const results: Result[] = [];
  try {
    const needServices = await Promise.all(steps.map(async (s) => s.services && !(await s.skipReason(ROOT))));
    const env = await services(needServices.some(Boolean));
    for (const step of steps) {
      if (interrupted) break;
      const t0 = Date.now();
      try {
        results.push(await runStep(step, env));
      } catch (error) {
        console.error(`${step.name}: ${(error as Error).message}`);
        results.push({ step: step.name, outcome: 'fail', ms: Date.now() - t0, note: 'could not run (see above)' });
      }
    }
  } finally {
    await shutdown();
  }
  if (interrupted) return 130; // the signal handler exits; no summary of a run cut short
  summary(results);
  return results.some((r) => r.outcome === 'fail') ? 1 : 0;
}

onTermination(async () => {
  interrupted = true;
  await shutdown();
});
main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await shutdown();
    process.exit(1);
  },
);
