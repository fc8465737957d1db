import { typescriptEsm } from '../jest.esm.js';
// The simulator's tests drive the real Baileys (ESM-only), so jest runs in native ESM mode through @swc/jest.
export default {
  ...typescriptEsm,
  roots: ['<rootDir>/test'],
  setupFiles: ['<rootDir>/test/support/quiet-libsignal.ts'],
  testTimeout: 20000,
  // Baileys' internal caches keep interval timers alive after sock.end(); the suite itself leaves nothing running.
  forceExit: true,
};
