import { typescriptEsm } from '../jest.esm.js';
// Backend tests run against real PostgreSQL and Redis (see test/support). ESM all the way, as Baileys 7 needs.
export default {
  ...typescriptEsm,
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/support/globalSetup.mjs',
  globalTeardown: '<rootDir>/test/support/globalTeardown.mjs',
  // Fails a test file that leaves a timer, socket, server or child process running (see the file).
  testEnvironment: '<rootDir>/../jest.environment.js',
  testTimeout: 30000,
  maxWorkers: 2,
  // A worker that holds more than this after a test file is replaced by a fresh one. Every file that boots the app
  // leaves some tens of MB behind in its worker (module registries, Baileys' and the SDKs' caches); a worker grown to
  // GBs by the end of the run takes longer than jest's 500 ms grace to exit, and is killed with "A worker process has
  // failed to exit gracefully".
  workerIdleMemoryLimit: '512MB',
};
