// Component tests: jsdom + Testing Library. The network is faked at `fetch` only; everything above it is real.
export default {
  // jsdom, with its style cascade spared the CSS rules that cannot apply (see the file: a third of the CPU time).
  testEnvironment: '<rootDir>/src/test/environment/jsdomEnvironment.ts',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '\\.(css|less|scss)$': 'identity-obj-proxy' },
  // Whole flows through several dialogs: on the loaded shared machine a test may need most of a minute.
  testTimeout: 60_000,
  // Two workers: jest's default on a 2-core machine is one (cores - 1), which runs every file in band, one after
  // the other, while the other core waits. Most of a file's time is CPU (jsdom matching MUI's CSS rules for the
  // visibility Testing Library checks, React rendering): two files at a time take about half as long.
  maxWorkers: 2,
  // A worker that holds more than this after a test file is replaced by a fresh one. Every file that boots the app
  // leaves some tens of MB behind in its worker (module registries, Baileys' and the SDKs' caches); a worker grown to
  // GBs by the end of the run takes longer than jest's 500 ms grace to exit, and is killed with "A worker process has
  // failed to exit gracefully".
  workerIdleMemoryLimit: '512MB',
};
