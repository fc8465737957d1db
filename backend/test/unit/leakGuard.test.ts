import net from 'node:net';
// @ts-expect-error -- the environment is plain JavaScript at the repository root (jest loads it by path)
import LeakGuardEnvironment from '../../../jest.environment.js';

// The environment every backend and simulator test file runs in: a file that leaves something running must fail.
interface Guarded {
  global: typeof globalThis;
  setup(): Promise<void>;
  teardown(): Promise<void>;
}

const listening = async (): Promise<net.Server> => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};

const newEnvironment = (): Guarded =>
  new LeakGuardEnvironment(
    { globalConfig: {}, projectConfig: { testEnvironmentOptions: {}, setupFiles: [] } },
    { console, docblockPragmas: {}, testPath: 'leaky.test.ts' },
  ) as Guarded;

it('fails a file that leaves a timer armed, naming where it was armed', async () => {
  const env = newEnvironment();
  await env.setup();
  const timer = env.global.setTimeout(() => undefined, 60_000);
  try {
    await expect(env.teardown()).rejects.toThrow(/leaky\.test\.ts left running after its last test: 1 × Timeout[\s\S]*leakGuard\.test\.ts/);
  } finally {
    clearTimeout(timer);
  }
});

it('fails a file that leaves a server listening', async () => {
  const env = newEnvironment();
  await env.setup();
  const server = await listening();
  try {
    await expect(env.teardown()).rejects.toThrow(/left running after its last test: 1 × TCPServerWrap/);
  } finally {
    await new Promise((closed) => server.close(closed));
  }
});

it('passes a file that stopped what it started, closings given time to finish', async () => {
  const env = newEnvironment();
  await env.setup();
  const timer = env.global.setTimeout(() => undefined, 60_000);
  env.global.clearTimeout(timer);
  const server = await listening();
  server.close(); // still closing when the teardown begins
  await expect(env.teardown()).resolves.toBeUndefined();
});
