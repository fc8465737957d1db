// The jest settings every TypeScript ESM suite here shares (backend, simulator, browser tests): native ESM
// (Baileys 7 is ESM-only) under `node --experimental-vm-modules`, TypeScript through @swc/jest, and our
// `./x.js` import specifiers mapped back to the `.ts` sources.
export const typescriptEsm = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
