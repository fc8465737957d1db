import { typescriptEsm } from '../jest.esm.js';
// Backend tests run against real PostgreSQL and Redis (see test/support). ESM all the way, as Baileys 7 needs.
export default {
  ...typescriptEsm,
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/support/globalSetup.mjs',
  globalTeardown: '<rootDir>/test/support/globalTeardown.mjs',
  setupFiles: ['<rootDir>/test/support/dependencyTimers.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
