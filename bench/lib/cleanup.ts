// Every process and throwaway service a benchmark starts registers its stop here, so that a normal end, an
// error, Ctrl-C and the time limit all leave nothing behind (steps run once, newest first).
import { onTermination } from '../../scripts/lib/children.js';

const steps: { name: string; run: () => Promise<void> }[] = [];
let running: Promise<void> | undefined;

export function atExit(name: string, run: () => Promise<void>): void {
  steps.push({ name, run });
}

export function cleanup(): Promise<void> {
  return (running ??= (async () => {
    for (const step of steps.reverse()) {
      await step.run().catch((err: unknown) => console.error(`cleanup: ${step.name} failed: ${String(err)}`));
    }
  })());
}

/** Cleans up on signals and when the benchmark overruns `limitMs`: a benchmark always stops by itself. */
export function guard(name: string, limitMs: number): void {
  onTermination(() => cleanup());
  const timer = setTimeout(() => {
    console.error(`${name}: still running after ${limitMs / 1000} s, stopping`);
    void cleanup().finally(() => process.exit(1));
  }, limitMs);
  timer.unref();
}

/** Runs a benchmark's main, always cleaning up; exits non-zero on failure. */
export function runBench(name: string, limitMs: number, main: () => Promise<void>): void {
  guard(name, limitMs);
  main().then(
    () => cleanup().then(() => process.exit(0)),
    (err: unknown) => {
      console.error(`${name} failed:`, err);
      return cleanup().then(() => process.exit(1));
    },
  );
}
