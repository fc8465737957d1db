// `npm run bench`: every benchmark, one after the other, in child processes that share one throwaway
// PostgreSQL cluster and redis-server (or DATABASE_URL / REDIS_URL when set). Bounded in time; Ctrl-C or the
// time limit stop the running benchmark (which cleans up after itself), then the shared services.
import { join, resolve } from 'node:path';
import { spawnChild, stopChild, type Child } from '../scripts/lib/children.js';
import { startPostgres, startRedis } from '../scripts/lib/throwaway.js';
import { atExit, runBench } from './lib/cleanup.js';

const ROOT = resolve(import.meta.dirname, '..');
const BENCHES: { file: string; args: string[] }[] = [
  { file: 'bench/inbound-pipeline.ts', args: [] },
  { file: 'bench/session-memory.ts', args: [] },
  { file: 'bench/socket-fanout.ts', args: [] },
  { file: 'bench/list-throughput.ts', args: ['--seconds', '5'] },
  { file: 'bench/ai-step.ts', args: [] },
  { file: 'bench/ticket-list.ts', args: [] },
  { file: 'bench/export.ts', args: [] },
];

/** The whole suite stays under 5 minutes; each benchmark also has its own limit. */
const LIMIT_MS = 295_000;
let running: Child | undefined;

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.DATABASE_URL) {
    const postgres = await startPostgres();
    atExit('throwaway PostgreSQL', () => postgres.stop());
    env.DATABASE_URL = postgres.url;
  }
  if (!env.REDIS_URL) {
    const redis = await startRedis();
    atExit('throwaway Redis', () => redis.stop());
    env.REDIS_URL = redis.url;
  }
  atExit('running benchmark', async () => {
    if (running) await stopChild(running, 15_000);
  });
  // Benchmarks with optional parts (the bare Baileys contrast) skip them when this moment is near.
  env.BENCH_DEADLINE = String(Date.now() + LIMIT_MS - 10_000);
  const failed: string[] = [];
  for (const bench of BENCHES) {
    console.log(`\n=== ${bench.file} ===`);
    running = spawnChild(bench.file, process.execPath, ['--import', 'tsx', join(ROOT, bench.file), ...bench.args], { cwd: ROOT, env });
    if ((await running.exited) !== 0) failed.push(bench.file);
    running = undefined;
  }
  if (failed.length) throw new Error(`failed: ${failed.join(', ')}`);
}

runBench('bench', LIMIT_MS, main);
