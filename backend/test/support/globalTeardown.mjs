import { tsImport } from 'tsx/esm/api';

export default async function globalTeardown() {
  const { unprovision } = await tsImport('./provision.ts', import.meta.url);
  await unprovision(globalThis.__atendeProvisioned ?? {});
}
