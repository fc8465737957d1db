// Throwaway (or persistent, for development) PostgreSQL clusters and redis-servers on free loopback ports.
// Used by scripts/test-run.ts, scripts/dev.ts and the backend jest setup; so: node built-ins only, no
// top-level side effects.
//
// Orphans: callers must call stop() on every exit path (finally + SIGINT/SIGTERM handlers). Because a
// SIGKILLed parent cannot clean up, each service also gets a detached watchdog shell that polls the parent
// pid once a second and, when the parent is gone, stops the service (and deletes a throwaway data dir).
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres — the superuser; tests create their own databases. */
  url: string;
  port: number;
  dataDir: string;
  /** pg_ctl stop -m fast; the data stays (used to test how the app behaves when the database is down). */
  pause(): Promise<void>;
  /** Starts the cluster again on the same port. */
  resume(): Promise<void>;
  /** Stops the cluster; deletes the data unless a dataDir was given. Idempotent. */
  stop(): Promise<void>;
}

export interface ThrowawayRedis {
  url: string;
  port: number;
  /** Stops redis-server, keeping the port (a throwaway server's data is in memory: it is lost). */
  pause(): Promise<void>;
  /** Starts redis-server again on the same port. */
  resume(): Promise<void>;
  /** Stops redis-server; deletes the data unless a dataDir was given. Idempotent. */
  stop(): Promise<void>;
}

interface RunAs {
  uid: number;
  gid: number;
}

const READY_TIMEOUT_MS = 60_000;
const PORT_ATTEMPTS = 3;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('could not get a free port'))));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Shell-quotes one word for the watchdog scripts. */
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** PostgreSQL refuses to run as root: when we are root, its processes run as the `postgres` user. */
function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root, but there is no "postgres" user to run PostgreSQL as (install postgresql-15)');
  }
}

function pgBin(name: string): string {
  const dirs = [process.env.PG_BINDIR, '/usr/lib/postgresql/15/bin'].filter((d): d is string => !!d);
  for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return name; // fall back to PATH
}

function run(cmd: string, args: string[], as?: RunAs): Promise<string> {
  return new Promise((resolveRun, reject) => {
    execFile(cmd, args, { ...as, encoding: 'utf8', timeout: READY_TIMEOUT_MS * 2 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
      else resolveRun(stdout);
    });
  });
}

/** Detached shell that waits for this process to disappear, then runs `cleanup`. Returns a canceller. */
function startWatchdog(cleanup: string, as?: RunAs): () => void {
  // /proc works across users (kill -0 on a root parent fails with EPERM for the postgres user).
  const alive = `[ -d /proc/$p ] || kill -0 $p 2>/dev/null`;
  const script = `p=${process.pid}; while ${alive}; do sleep 1; done; ${cleanup}`;
  const child = spawn('sh', ['-c', script], { ...as, detached: true, stdio: 'ignore' });
  child.unref();
  return () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
}

async function ownedDir(dir: string, as?: RunAs): Promise<void> {
  // Parents keep the default mode: the postgres user must be able to traverse them.
  await mkdir(dirname(dir), { recursive: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (as) await chown(dir, as.uid, as.gid);
}

async function retryOnPort<T>(attempt: (port: number) => Promise<T>): Promise<T> {
  let last: unknown;
  // freePort() closes its socket before the server binds: another process may take the port in between.
  for (let i = 0; i < PORT_ATTEMPTS; i++) {
    try {
      return await attempt(await freePort());
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

/** Settings rewritten on every start (port and socket dir may change; the file is ours). */
function clusterSettings(port: number, dataDir: string, throwaway: boolean): string {
  const fast = throwaway
    ? ['fsync = off', 'full_page_writes = off'] // a crash may corrupt it: fine, it is thrown away
    : []; // a developer's persistent data keeps crash safety; only synchronous_commit is relaxed
  return [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dataDir.replace(/'/g, "''")}'`,
    'max_connections = 200',
    'synchronous_commit = off',
    ...fast,
    '',
  ].join('\n');
}

async function pgReady(port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      await run(pgBin('pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-t', '2']);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

async function logTail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-20).join('\n');
}

export async function startPostgres(opts: { dataDir?: string } = {}): Promise<ThrowawayPostgres> {
  const as = postgresUser();
  const throwaway = !opts.dataDir;
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : await mkdtemp(join(tmpdir(), 'atende-pg-'));
  const logFile = join(dataDir, 'postgres.log');
  const ctl = (...args: string[]): Promise<string> => run(pgBin('pg_ctl'), ['-D', dataDir, ...args], as);

  await ownedDir(dataDir, as);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    try {
      await run(pgBin('initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], as);
    } catch (error) {
      if (throwaway) await rm(dataDir, { recursive: true, force: true });
      const hint = as ? ` (the postgres user must be able to reach ${dataDir}: every parent needs o+x)` : '';
      throw new Error(`initdb failed${hint}: ${(error as Error).message}`, { cause: error });
    }
    await appendFile(join(dataDir, 'postgresql.conf'), "\ninclude_if_exists = 'atende.conf'\n");
  }

  const mode = throwaway ? 'immediate' : 'fast';
  const cleanup = `${q(pgBin('pg_ctl'))} -D ${q(dataDir)} stop -m ${mode} >/dev/null 2>&1` + (throwaway ? `; rm -rf ${q(dataDir)}` : '');
  const cancelWatchdog = startWatchdog(cleanup, as);

  const startOn = async (port: number): Promise<void> => {
    const conf = join(dataDir, 'atende.conf');
    await writeFile(conf, clusterSettings(port, dataDir, throwaway));
    if (as) await chown(conf, as.uid, as.gid);
    try {
      await ctl('-l', logFile, '-w', '-t', String(READY_TIMEOUT_MS / 1000), 'start');
    } catch (error) {
      throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${await logTail(logFile)}`, { cause: error });
    }
    await pgReady(port);
  };

  let port = 0;
  try {
    port = await retryOnPort(async (candidate) => {
      await startOn(candidate);
      return candidate;
    });
  } catch (error) {
    cancelWatchdog();
    if (throwaway) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  // A second stop() (signal handler and finally block racing) waits for the first instead of returning early.
  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    cancelWatchdog();
    await ctl('-m', 'fast', '-w', 'stop').catch(() => undefined); // may already be paused
    if (throwaway) await rm(dataDir, { recursive: true, force: true });
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    pause: async () => {
      await ctl('-m', 'fast', '-w', 'stop');
    },
    resume: () => startOn(port),
    stop: () => (stopping ??= stop()),
  };
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((resolvePing) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolvePing(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

async function waitRedis(child: ChildProcess, port: number, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await redisPing(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on port ${port}:\n${await logTail(logFile)}`);
    }
    await sleep(100);
  }
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

export async function startRedis(opts: { dataDir?: string } = {}): Promise<ThrowawayRedis> {
  const throwaway = !opts.dataDir;
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : await mkdtemp(join(tmpdir(), 'atende-redis-'));
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const logFile = join(dataDir, 'redis.log');
  // A developer's data survives restarts (AOF); a throwaway server never touches the disk.
  const persistence = throwaway ? ['--save', '', '--appendonly', 'no'] : ['--save', '', '--appendonly', 'yes'];

  const launch = async (port: number): Promise<ChildProcess> => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--logfile', logFile, '--daemonize', 'no', ...persistence];
    // detached: a Ctrl-C in the terminal must not kill it before the caller's orderly shutdown.
    const child = spawn('redis-server', args, { detached: true, stdio: 'ignore' });
    child.unref();
    await new Promise<void>((ok, fail) => {
      child.once('spawn', ok);
      child.once('error', (e) => fail(new Error(`cannot run redis-server (is it installed?): ${e.message}`)));
    });
    await waitRedis(child, port, logFile);
    return child;
  };

  let child: ChildProcess | undefined;
  let port = 0;
  try {
    [child, port] = await retryOnPort(async (candidate) => [await launch(candidate), candidate] as const);
  } catch (error) {
    if (throwaway) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  // The watchdog follows the running server: resume() starts a new one under another pid.
  const watch = (server: ChildProcess): (() => void) => {
    const pid = server.pid ?? 0;
    return startWatchdog(`kill ${pid} 2>/dev/null; sleep 2; kill -9 ${pid} 2>/dev/null` + (throwaway ? `; rm -rf ${q(dataDir)}` : ''));
  };
  let server: ChildProcess | undefined = child;
  let cancelWatchdog = watch(child);

  const halt = async (): Promise<void> => {
    cancelWatchdog();
    const running = server;
    server = undefined;
    if (!running) return;
    running.kill('SIGTERM');
    if (!(await waitExit(running, 10_000))) running.kill('SIGKILL');
  };
  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    await halt();
    if (throwaway) await rm(dataDir, { recursive: true, force: true });
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pause: halt,
    resume: async () => {
      if (server) return;
      server = await launch(port);
      cancelWatchdog = watch(server);
    },
    stop: () => (stopping ??= stop()),
  };
}
