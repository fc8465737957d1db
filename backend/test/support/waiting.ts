// How these tests wait: for a condition or an event, with a deadline — never for a fixed time. A test that
// must show that something did NOT happen waits for a later thing that has to come after it (a barrier: see
// `barrier` in sockets.ts, `flush` in the inbound tests) and only then looks.

const POLL_MS = 25;

/**
 * Reads `read` until `ok` accepts its value and returns that value; after `timeoutMs` it fails with `what`
 * (a text, or a function giving one then) and the last value read. The one polling loop of the backend tests.
 */
export async function until<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, what: string | (() => string), timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}; last value ${describe(value)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** `promise`, or a failure naming `what` once `timeoutMs` have passed; the timer goes with whichever comes first. */
export async function withDeadline<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `check` (expectations) until it passes; after `timeoutMs` its last failure is thrown, diff and all. */
export async function eventually(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  let failure: unknown;
  const passes = async () => {
    try {
      await check();
      return true;
    } catch (error) {
      failure = error;
      return false;
    }
  };
  try {
    await until(passes, Boolean, 'expectations to pass', timeoutMs);
  } catch {
    throw failure;
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 2_000) ?? String(value);
  } catch {
    return String(value);
  }
}
