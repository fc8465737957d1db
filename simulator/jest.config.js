import { typescriptEsm } from '../jest.esm.js'
// The simulator's tests drive the real Baileys (ESM-only), so jest runs in native ESM mode through @swc/jest.
export default {
  ...typescriptEsm,
  roots: ['<rootDir>/test'],
  setupFiles: ['<rootDir>/test/support/quiet-libsignal.ts'],
  // Generous: on a loaded 2-core machine the multi-session test can take several times its usual 12 s.
  testTimeout: 60000,
  // Fails a test file that leaves a timer, socket, server or child process running (see the file).
  testEnvironment: '<rootDir>/../jest.environment.js',
}
