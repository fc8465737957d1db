// Watches the timers armed in this test file's global scope (ours and the libraries' alike), so that a test can
// say "nothing is left scheduled" about a specific piece of code: each live timer is kept with the stack that armed
// it until it fires or is cleared. Only what runs after `watchTimers()` is seen; `stop()` puts the originals back.
interface LiveTimer {
  stack: string;
}

export interface TimerWatch {
  /** Stacks of the timers armed since the watch began that have neither fired nor been cleared. */
  live(): string[];
  stop(): void;
}

export function watchTimers(): TimerWatch {
  const { setTimeout: set, clearTimeout: clear } = globalThis;
  const live = new Map<NodeJS.Timeout, LiveTimer>();
  const watched = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer: NodeJS.Timeout = set(
      (...a: unknown[]) => {
        live.delete(timer);
        handler(...a);
      },
      ms,
      ...args,
    );
    live.set(timer, { stack: new Error().stack ?? '' });
    return timer;
  };
  globalThis.setTimeout = Object.assign(watched, set) as typeof setTimeout;
  globalThis.clearTimeout = ((timer?: NodeJS.Timeout | string | number) => {
    if (timer !== undefined && typeof timer === 'object') live.delete(timer);
    clear(timer);
  }) as typeof clearTimeout;
  return {
    live: () => [...live.values()].map((t) => t.stack),
    stop: () => {
      globalThis.setTimeout = set;
      globalThis.clearTimeout = clear;
    },
  };
}
