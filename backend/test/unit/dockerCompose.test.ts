import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/index.js';

// Docker mode reads .env through docker-compose.yml, which passes the backend only what it names: a setting
// documented in .env.example but missing there is silently ignored (UPLOAD_MAX_BYTES and the WA_* ones were).
const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The variables .env.example documents (`NAME=` lines; comments are not settings). */
const documented = [...readFileSync(root('.env.example'), 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);

const composeText = readFileSync(root('docker-compose.yml'), 'utf8');
const compose = parse(composeText) as { services: Record<string, { environment?: Record<string, string | number> }> };
const backendEnv = Object.fromEntries(Object.entries(compose.services.backend?.environment ?? {}).map(([k, v]) => [k, String(v)]));

/** Settings that mean nothing inside Docker mode's containers, and why. */
const NOT_FOR_DOCKER: Record<string, string> = {
  INSTALL_MODE: 'install.sh records which mode it installed; nothing in a container reads it',
  HTTPS_PORT: 'native mode only: Docker mode serves plain HTTP on HTTP_PORT (README: HTTPS)',
  DOMAIN: "native mode's Let's Encrypt certificate, obtained by install.sh on the host",
  LETSENCRYPT_EMAIL: "native mode's Let's Encrypt registration, by install.sh on the host",
  SERVICES: 'native mode: system or own services; Docker mode runs its own containers',
  DATA_DIR: 'native mode: data on the host; Docker mode keeps it in volumes',
  RUN_USER: 'native mode: the system user of the backend service',
  PG_PORT: "native own services: the host's PostgreSQL port; containers talk over the compose network",
  REDIS_PORT: "native own services: the host's Redis port; containers talk over the compose network",
  BACKUP_DIR: 'read by scripts/backup.sh on the host, which runs pg_dump through docker compose exec',
  BACKUP_KEEP: 'read by scripts/backup.sh on the host',
};

/** A compose value `${NAME:-default}` → its default; anything else → undefined. */
function composeDefault(value: string, name: string): string | undefined {
  return new RegExp(`^\\$\\{${name}:-(.*)\\}$`).exec(value)?.[1];
}

it('passes every documented setting to the backend, or says why it does not belong in Docker mode', () => {
  expect(documented.length).toBeGreaterThan(30);
  const missing = documented.filter((name) => !(name in backendEnv) && !(name in NOT_FOR_DOCKER) && !composeText.includes(`\${${name}`));
  expect(missing).toEqual([]);
  // The exclusions stay honest: each one is documented, and none sneaks into the backend after all.
  expect(Object.keys(NOT_FOR_DOCKER).filter((name) => !documented.includes(name))).toEqual([]);
  expect(Object.keys(NOT_FOR_DOCKER).filter((name) => name in backendEnv)).toEqual([]);
});

it('passes the backend nothing .env.example does not document', () => {
  expect(Object.keys(backendEnv).filter((name) => !documented.includes(name))).toEqual([]);
});

it('reads each setting from .env by its own name, with the default config has when it is not set', () => {
  // Fixed in Docker mode on purpose (the compose network, the image's paths), not read from .env.
  const FIXED = ['NODE_ENV', 'HOST', 'PORT', 'DATABASE_URL', 'REDIS_URL', 'MEDIA_DIR'];
  // Differs from config's default on purpose: nginx reaches the backend from the compose network.
  const OWN_DEFAULT = ['TRUST_PROXY'];
  const required = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://atende:x@postgres:5432/atende',
    REDIS_URL: 'redis://:x@redis:6379',
    JWT_SECRET: 'j'.repeat(32),
    JWT_REFRESH_SECRET: 'r'.repeat(32),
  };
  const unset = loadConfig(required);
  for (const [name, value] of Object.entries(backendEnv)) {
    if (FIXED.includes(name)) continue;
    expect([name, value.startsWith(`\${${name}`)]).toEqual([name, true]);
    const fallback = composeDefault(value, name);
    if (fallback === undefined || OWN_DEFAULT.includes(name) || name in required) continue;
    expect([name, loadConfig({ ...required, [name]: fallback })]).toEqual([name, unset]);
  }
});
