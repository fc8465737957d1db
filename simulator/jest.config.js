// The simulator's tests drive the real Baileys (ESM-only), so jest runs in native ESM mode through @swc/jest.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['<rootDir>/test/support/quiet-libsignal.ts'],
  testTimeout: 20000,
  // Baileys' internal caches keep interval timers alive after sock.end(); the suite itself leaves nothing running.
  forceExit: true,
};
