// The appliance acceptance test (issue 6), a step of `npm test`: install.sh --native --non-interactive from
// this checkout on free ports with everything under a temporary directory (own PostgreSQL cluster, Redis,
// nginx, supervised backend), then through nginx: health, login, a Socket.io websocket, backup → delete a
// user → restore → the user is back, a crash restart, and a second install.sh that changes nothing.
// Everything it started is stopped and deleted at the end, also on failure or Ctrl-C.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTermination } from '../lib/children.js';
import { freePort } from '../lib/throwaway.js';
import { checkHttpsVariant, stopHttpsVariant } from './appliance-https.js';
import { api, check, CheckFailed, connectSocket, login, nextEvent, operatorEnv, portOpen, readEnvFile, runScript, waitFor } from './appliance-lib.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const INSTALL_TIMEOUT_MS = 240_000;
const RUN_USER = 'atende';

const userExisted = (() => {
  try {
    execFileSync('id', ['-u', RUN_USER], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let tmp = '';
let ports: number[] = [];
const started = Date.now();
/** Phase titles carry the elapsed time: where the minutes go when CI is slow. */
const phase = (title: string): void => console.log(`\n▶ ${title} (+${((Date.now() - started) / 1000).toFixed(0)}s)`);

async function distinctFreePorts(n: number): Promise<number[]> {
  const found = new Set<number>();
  while (found.size < n) found.add(await freePort());
  return [...found];
}

/** Stops the install (atendectl stop), checks its ports are closed, deletes its files and the user it made. */
let tearingDown: Promise<boolean> | undefined;
function teardown(): Promise<boolean> {
  tearingDown ??= (async () => {
    if (!tmp) return true;
    const envFile = join(tmp, '.env');
    let clean = true;
    if (existsSync(envFile)) {
      await stopHttpsVariant(ROOT, tmp, operatorEnv(envFile));
      const stop = await runScript(ROOT, operatorEnv(envFile), 'scripts/atendectl', ['stop'], 60_000);
      clean = stop.code === 0;
    }
    for (const port of ports) {
      if (await portOpen(port)) {
        console.log(`  ✗ port ${port} still open after atendectl stop`);
        clean = false;
      }
    }
    await rm(tmp, { recursive: true, force: true });
    if (!userExisted) {
      try {
        execFileSync('userdel', [RUN_USER], { stdio: 'ignore' });
      } catch {
        // never created (the install failed before it)
      }
    }
    console.log(clean ? '  ✓ torn down: processes stopped, ports closed, files deleted' : '  ✗ teardown was not clean');
    return clean;
  })();
  return tearingDown;
}

async function snapshot(files: string[]): Promise<string[]> {
  return Promise.all(files.map((f) => readFile(f, 'utf8').catch(() => `missing: ${f}`)));
}

async function run(): Promise<void> {
  if (process.getuid?.() !== 0) throw new CheckFailed('install.sh needs root: run the appliance test as root');
  tmp = await mkdtemp(join(tmpdir(), 'atende-appliance-'));
  await chmod(tmp, 0o755); // the postgres user must reach its cluster below it
  const [http = 0, https = 0, pg = 0, redis = 0, backend = 0, httpTls = 0] = await distinctFreePorts(6);
  ports = [http, https, pg, redis, backend, httpTls];
  const envFile = join(tmp, '.env');
  const dataDir = join(tmp, 'data');
  const env = operatorEnv(envFile);
  const base = `http://127.0.0.1:${http}`;
  const installArgs = [
    '--native',
    '--non-interactive',
    '--services',
    'own',
    '--data-dir',
    dataDir,
    '--admin-email',
    'admin@appliance.test',
    '--http-port',
    String(http),
    '--https-port',
    String(https),
    '--pg-port',
    String(pg),
    '--redis-port',
    String(redis),
    '--backend-port',
    String(backend),
  ];
  const script = (cmd: string, args: string[], ms = 120_000) => runScript(ROOT, env, cmd, args, ms);

  phase('first install');
  const first = await script('./install.sh', installArgs, INSTALL_TIMEOUT_MS);
  check(first.code === 0, 'install.sh --native --non-interactive exits 0');
  const settings = await readEnvFile(envFile);
  const password = settings.ADMIN_PASSWORD ?? '';
  check(first.lines.some((l) => l.includes(`:${http}`)) && first.lines.some((l) => l.includes(password)), 'it prints the URL and the generated admin password');
  check(/^[0-9a-f]{64}$/.test(settings.JWT_SECRET ?? '') && settings.JWT_SECRET !== settings.JWT_REFRESH_SECRET, '.env has generated secrets');
  check(
    /^[0-9a-f]{64}$/.test(settings.AI_SECRET_KEY ?? '') && ![settings.JWT_SECRET, settings.JWT_REFRESH_SECRET].includes(settings.AI_SECRET_KEY),
    '.env has its own AI_SECRET_KEY (32 bytes)',
  );

  phase('through nginx');
  const health = await api(base, 'GET', '/api/health');
  check(health.status === 200, `GET /api/health through nginx is 200 (got ${health.status})`);
  const page = await fetch(`${base}/tickets/some/client/route`);
  check(page.status === 200 && (await page.text()).includes('<div id="root">'), 'the built frontend is served, with the SPA fallback');
  const token = await login(base, 'admin@appliance.test', password);
  const socket = await connectSocket(base, token);
  check(socket.connected && socket.io.engine.transport.name === 'websocket', 'Socket.io connects through nginx over a websocket');
  const created = nextEvent(socket, 'user');
  const maria = await api(base, 'POST', '/api/users', token, {
    name: 'Maria Appliance',
    email: 'maria@appliance.test',
    password: 'secret-123',
    profile: 'user',
  });
  check(maria.status === 201, `a user is created (status ${maria.status})`);
  check(((await created) as { action?: string }).action === 'created', "the socket receives the 'user' event");
  socket.close();
  const mariaId = (maria.body.user as { id: number }).id;
  const status = await script('scripts/atendectl', ['status']);
  check(status.code === 0, 'atendectl status: everything runs');

  phase("the HTTPS variant (self-signed in place of Let's Encrypt)");
  await checkHttpsVariant({ root: ROOT, tmp, env, webRoot: join(dataDir, 'www'), httpPort: httpTls, httpsPort: https });
  await stopHttpsVariant(ROOT, tmp, env);

  phase('backup, delete, restore');
  const backup = await script('scripts/backup.sh', []);
  const archive = backup.lines.at(-1) ?? '';
  check(backup.code === 0 && existsSync(archive), `backup.sh writes ${archive}`);
  check((await api(base, 'DELETE', `/api/users/${mariaId}`, token)).status === 204, 'the user is deleted');
  check((await api(base, 'GET', `/api/users/${mariaId}`, token)).status === 404, 'the user is gone');
  const restore = await script('scripts/restore.sh', ['--yes', archive]);
  check(restore.code === 0, 'restore.sh --yes exits 0');
  const token2 = await login(base, 'admin@appliance.test', password);
  const back = await api(base, 'GET', `/api/users/${mariaId}`, token2);
  check(back.status === 200 && (back.body.user as { email?: string }).email === 'maria@appliance.test', 'the user is back after the restore');
  await login(base, 'maria@appliance.test', 'secret-123');

  phase('the supervisor restarts a crashed backend');
  const pidFile = join(dataDir, 'run/backend.pid');
  const crashed = Number(await readFile(pidFile, 'utf8'));
  process.kill(crashed, 'SIGKILL');
  await waitFor(
    'a new backend process answers /api/health through nginx',
    async () => {
      const pid = Number(await readFile(pidFile, 'utf8'));
      return pid !== crashed && (await api(base, 'GET', '/api/health')).status === 200;
    },
    60_000,
  );

  phase('second install (over a .env from before the AI agents)');
  // An install made before AI_SECRET_KEY existed: the second install adds it and changes nothing else.
  await writeFile(envFile, (await readFile(envFile, 'utf8')).replace(/^AI_SECRET_KEY=.*\n/m, ''));
  const kept = [
    envFile,
    ...['nginx/nginx.conf', 'nginx/atende.conf', 'nginx/upstream.conf', 'redis/redis.conf', 'postgres/atende.conf'].map((f) => join(dataDir, f)),
  ];
  const before = await snapshot(kept);
  const second = await script('./install.sh', installArgs, INSTALL_TIMEOUT_MS);
  check(second.code === 0, 'install.sh a second time exits 0');
  const after = await snapshot(kept);
  const addedKey = /^AI_SECRET_KEY=([0-9a-f]{64})\n/m.exec(after[0] ?? '');
  check(addedKey !== null && addedKey[1] !== settings.AI_SECRET_KEY, 'the missing AI_SECRET_KEY is generated anew');
  after[0] = (after[0] ?? '').replace(/^AI_SECRET_KEY=.*\n/m, '');
  check(
    before.every((text, i) => text === after[i]),
    '.env (every other secret) and the generated configs are unchanged',
  );
  check(!second.lines.some((l) => l.includes(password)), 'the admin password is not printed again');
  const token3 = await login(base, 'admin@appliance.test', password);
  check((await api(base, 'GET', `/api/users/${mariaId}`, token3)).status === 200, 'the data is still there');
}

async function main(): Promise<number> {
  const t0 = Date.now();
  let ok = false;
  try {
    await run();
    ok = true;
  } catch (error) {
    console.log(error instanceof CheckFailed ? `  ✗ ${error.message}` : error);
    if (tmp && existsSync(join(tmp, 'data/logs/backend.log'))) {
      console.log('--- backend.log (tail) ---');
      console.log((await readFile(join(tmp, 'data/logs/backend.log'), 'utf8')).split('\n').slice(-30).join('\n'));
    }
  }
  phase('teardown');
  const clean = await teardown();
  console.log(`\nappliance: ${ok && clean ? 'PASS' : 'FAIL'} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return ok && clean ? 0 : 1;
}

onTermination(async () => {
  await teardown();
});
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
