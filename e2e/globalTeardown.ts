// Jest globalTeardown of the browser tests: removes the build globalSetup made (not one given from outside).
import { rm } from 'node:fs/promises';

export default async function removeApp(): Promise<void> {
  const dir = process.env.E2E_APP_DIR;
  if (dir && process.env.E2E_APP_DIR_OWNED === '1') await rm(dir, { recursive: true, force: true });
}
