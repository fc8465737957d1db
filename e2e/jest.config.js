import { typescriptEsm } from '../jest.esm.js';
// Browser tests: the real development stack (scripts/dev.ts) driven through Debian's chromium.
// ESM like the backend: node --experimental-vm-modules node_modules/jest/bin/jest.js -c e2e/jest.config.js
export default {
  ...typescriptEsm,
  rootDir: '..',
  roots: ['<rootDir>/e2e'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
