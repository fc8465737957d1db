import { typescriptEsm } from '../jest.esm.js';
// Browser tests: the production build of the frontend (made once per run by globalSetup) behind `vite preview`,
// the backend and the WhatsApp simulator, driven through Debian's chromium.
// ESM like the backend: node --experimental-vm-modules node_modules/jest/bin/jest.js -c e2e/jest.config.js
export default {
  ...typescriptEsm,
  rootDir: '..',
  roots: ['<rootDir>/e2e'],
  globalSetup: '<rootDir>/e2e/globalSetup.ts',
  globalTeardown: '<rootDir>/e2e/globalTeardown.ts',
  testTimeout: 120_000,
  // Two files at a time (the machine has two cores; most of a browser test is waiting on the app): each file has
  // a database and a Redis prefix of its own (support/ownDatabase.ts), so they cannot see each other.
  maxWorkers: 2,
};
