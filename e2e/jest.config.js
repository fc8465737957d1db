// Browser tests: the real development stack (scripts/dev.ts) driven through Debian's chromium.
// ESM like the backend: node --experimental-vm-modules node_modules/jest/bin/jest.js -c e2e/jest.config.js
export default {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 120_000,
  maxWorkers: 1,
};
