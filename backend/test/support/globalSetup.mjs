// Jest loads global setup outside its module system; tsx loads our TypeScript ESM for it.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { provision } = await tsImport('./provision.ts', import.meta.url);
  globalThis.__atendeProvisioned = await provision();
}
