// Preloaded (--import) into the benchmark's child processes only, never in production: on SIGUSR2 it runs a
// full garbage collection (the child runs with --expose-gc) and writes process.memoryUsage() to
// BENCH_MEMORY_FILE. Without it, RSS samples measure when V8 last collected more than what sessions keep.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MEMORY_FILE;
const gc = (globalThis as { gc?: () => void }).gc;
if (file && gc) {
  process.on('SIGUSR2', () => {
    gc();
    gc(); // a second pass frees what the first one's finalizers released
    writeFileSync(file, JSON.stringify(process.memoryUsage()));
  });
}
