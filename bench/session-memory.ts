// Memory per connected WhatsApp session: the real backend in a child process (so its RSS is its own), the
// simulator in this one. RSS idle, after 1 and after N sessions paired through the API like an admin does,
// then during a traffic period (contacts writing to every session); and, for contrast, N bare Baileys clients
// in a child of their own. Usage: tsx bench/session-memory.ts [--sessions 20] [--traffic-seconds 60]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { spawnChild, stopChild } from '../scripts/lib/children.js';
import { freePort } from '../scripts/lib/throwaway.js';
import { startWaSimulator, type WaSimulator } from '../simulator/src/index.js';
import { atExit, runBench } from './lib/cleanup.js';
import { rssMb } from './lib/cpu.js';
import { pairThroughApi, waitFor } from './lib/pairing.js';
import { backendEnv, benchServices, login } from './lib/services.js';
import { fmt, loadLine, machine, median, sleep, table } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    sessions: { type: 'string', default: '20' },
    'traffic-seconds': { type: 'string', default: '60' },
    'skip-bare': { type: 'boolean', default: false },
  },
});
const SESSIONS = Number(args.sessions);
const TRAFFIC_S = Number(args['traffic-seconds']);
const ROOT = resolve(import.meta.dirname, '..');
const TRUST = join(ROOT, 'simulator/preload/trust-simulator.mjs');
const PROBE = join(ROOT, 'bench/session/memory-probe.ts');
const NODE_ARGS = ['--expose-gc', '--import', 'tsx', '--import', TRUST, '--import', PROBE];

interface Memory {
  /** VmRSS from /proc/<pid>/status, MB. */
  rss: number;
  /** V8 heap in use after a full GC, MB: what JavaScript objects really keep. */
  heap: number;
}

/** After a change, let timers and sockets settle, then (a full GC, RSS) a few times; the medians. */
async function settledMemory(pid: number, probeFile: string, settleMs = 3000, samples = 3): Promise<Memory> {
  await sleep(settleMs);
  const rss: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < samples; i++) {
    await unlink(probeFile).catch(() => undefined);
    process.kill(pid, 'SIGUSR2');
    const usage = await waitFor('the memory probe', 10_000, async () =>
      readFile(probeFile, 'utf8').then(
        (t) => JSON.parse(t) as NodeJS.MemoryUsage,
        () => undefined,
      ),
    );
    rss.push(rssMb(pid));
    heap.push(usage.heapUsed / 2 ** 20);
    await sleep(300);
  }
  return { rss: median(rss), heap: median(heap) };
}

const phoneOf = (i: number) => `55119${String(80_000_000 + i).padStart(8, '0')}`;
const barePhoneOf = (i: number) => `55119${String(70_000_000 + i).padStart(8, '0')}`;

async function backend(sim: WaSimulator, env: Record<string, string>) {
  const port = await freePort();
  const mediaDir = await mkdtemp(join(tmpdir(), 'atende-bench-media-'));
  atExit('media dir', () => rm(mediaDir, { recursive: true, force: true }));
  const probeFile = join(mediaDir, 'memory.json');
  const child = spawnChild('backend', process.execPath, [...NODE_ARGS, join(ROOT, 'backend/src/server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      MEDIA_DIR: mediaDir,
      WA_WEBSOCKET_URL: sim.url,
      NODE_EXTRA_CA_CERTS: sim.media.certFile,
      BENCH_MEMORY_FILE: probeFile,
    },
    prefix: '  [backend]',
  });
  atExit('backend process', () => stopChild(child));
  const base = `http://127.0.0.1:${port}`;
  await waitFor('the backend to answer /api/health', 60_000, async () => {
    if (child.process.exitCode !== null) throw new Error('the backend exited during boot');
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    return ok ? true : undefined;
  });
  return { pid: child.process.pid!, base, probeFile };
}

/** N bare Baileys clients in a child process, paired with the same simulator. Returns [idle, with N]. */
async function bareBaileys(sim: WaSimulator, n: number): Promise<[Memory, Memory]> {
  const dir = await mkdtemp(join(tmpdir(), 'atende-bench-bare-'));
  atExit('bare Baileys dir', () => rm(dir, { recursive: true, force: true }));
  const probeFile = join(dir, 'memory.json');
  const child = spawn(process.execPath, [...NODE_ARGS, join(ROOT, 'bench/session/bare-baileys.ts')], {
    cwd: ROOT,
    env: { ...process.env, WA_WEBSOCKET_URL: sim.url, BENCH_MEMORY_FILE: probeFile },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  atExit('bare Baileys process', async () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  });
  const connected = new Set<number>();
  let ready = false;
  child.on('message', (m: { ready?: boolean; qr?: string; i?: number; connected?: number }) => {
    if (m.ready) ready = true;
    if (m.qr && m.i !== undefined)
      void sim
        .phone(barePhoneOf(m.i))
        .scan(m.qr)
        .catch(() => undefined); // later QRs of a paired client fail harmlessly
    if (m.connected !== undefined) connected.add(m.connected);
  });
  await waitFor('the bare Baileys process', 30_000, async () => (ready ? true : undefined));
  const idle = await settledMemory(child.pid!, probeFile);
  // Five at a time, like the backend's sessions above.
  for (let i = 0; i < n; i += 5) {
    const batch = Array.from({ length: Math.min(5, n - i) }, (_, k) => i + k);
    for (const j of batch) child.send({ open: j });
    for (const j of batch) await waitFor(`bare client ${j} connected`, 30_000, async () => (connected.has(j) ? true : undefined));
  }
  const full = await settledMemory(child.pid!, probeFile);
  child.send({ stop: true });
  return [idle, full];
}

async function main(): Promise<void> {
  console.log(`session memory — ${machine()}`);
  console.log(loadLine('memory figures are not timings, but pairing and traffic run slower'));
  const services = await benchServices('sessions');
  const sim = await startWaSimulator();
  atExit('simulator', () => sim.close());
  const { pid, base, probeFile } = await backend(sim, backendEnv(services));
  const measure = () => settledMemory(pid, probeFile);
  const token = await login(base);

  const rows = [['backend child process, after a full GC', 'sessions', 'RSS MB', 'V8 heap used MB']];
  const row = (what: string, n: number, m: Memory) => rows.push([what, String(n), fmt(m.rss), fmt(m.heap)]);
  const idle = await measure();
  row('idle, booted, admin logged in', 0, idle);
  await pairThroughApi(base, token, sim, phoneOf(0), 'Bench 0');
  const one = await measure();
  row('1 session paired and CONNECTED', 1, one);
  const pairStart = Date.now();
  // A few at a time, as admins do; all at once would measure QR storms, not steady sessions.
  for (let i = 1; i < SESSIONS; i += 5) {
    await Promise.all(Array.from({ length: Math.min(5, SESSIONS - i) }, (_, k) => pairThroughApi(base, token, sim, phoneOf(i + k), `Bench ${i + k}`)));
  }
  const pairSeconds = (Date.now() - pairStart) / 1000;
  const full = await measure();
  row(`${SESSIONS} sessions CONNECTED`, SESSIONS, full);

  // Traffic: every second, each session gets a text from one of 5 rotating contacts (new tickets, then more messages).
  const db = new pg.Client({ connectionString: services.databaseUrl });
  await db.connect();
  atExit('database client', () => db.end());
  let sent = 0;
  const traffic = async (seconds: number, tick0: number): Promise<number> => {
    const end = Date.now() + seconds * 1000;
    let tick = tick0;
    for (; Date.now() < end; tick++) {
      const next = Date.now() + 1000;
      await Promise.all(
        Array.from({ length: SESSIONS }, async (_, i) => {
          const contact = sim.contact(`55219${String(i * 10 + (tick % 5)).padStart(8, '0')}`, { pushName: `Cliente ${i}-${tick % 5}` });
          await contact.sendText(sim.phone(phoneOf(i)), `mensagem ${tick}`);
          sent++;
        }),
      );
      await sleep(Math.max(0, next - Date.now()));
    }
    return tick;
  };
  const stored = () =>
    waitFor('the traffic to be stored', 30_000, async () => {
      const { rows: r } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Messages" WHERE body LIKE 'mensagem %'`);
      return r[0]!.n >= sent ? r[0]!.n : undefined;
    }).then(String, () => 'NOT all');
  // Under `npm run bench` on a slow (busy) box, the traffic period shrinks to fit the suite's time budget.
  const deadline = Number(process.env.BENCH_DEADLINE ?? Number.POSITIVE_INFINITY);
  const trafficS = Math.min(TRAFFIC_S, Math.max(10, Math.floor((deadline - Date.now() - 60_000) / 1000)));
  if (trafficS < TRAFFIC_S) console.log(`traffic period cut to ${trafficS} s to stay within the time budget`);
  // Two halves: if the second grows much less than the first, bounded caches were filling up, not a leak.
  const ticks = await traffic(trafficS / 2, 0);
  const half = { sent, stored: await stored(), memory: await measure() };
  row(`after ${trafficS / 2} s of traffic (${half.sent} messages sent, ${half.stored} stored)`, SESSIONS, half.memory);
  await traffic(trafficS / 2, ticks);
  const storedAll = await stored();
  const after = await measure();
  row(`after ${trafficS} s of traffic (${sent} messages sent, ${storedAll} stored)`, SESSIONS, after);

  console.log(`\n${table(rows)}`);
  console.log(`\npairing ${SESSIONS - 1} sessions through the API took ${fmt(pairSeconds)} s`);
  const per = (a: Memory, b: Memory, n: number) => `RSS ${fmt((b.rss - a.rss) / n, 2)} MB, heap ${fmt((b.heap - a.heap) / n, 2)} MB`;
  console.log(`extra per session, 0 → ${SESSIONS}: ${per(idle, full, SESSIONS)}; marginal, 1 → ${SESSIONS}: ${per(one, full, SESSIONS - 1)}`);
  const growth = (from: Memory, to: Memory, k: keyof Memory) => `${fmt(to[k] - from[k])} MB (${fmt(((to[k] - from[k]) / from[k]) * 100)} %)`;
  for (const [label, from, to] of [
    ['first half', full, half.memory],
    ['second half', half.memory, after],
    ['whole', full, after],
  ] as const) {
    console.log(`growth with traffic, ${label}: RSS ${growth(from, to, 'rss')}, heap ${growth(from, to, 'heap')}`);
  }

  if (deadline - Date.now() < 75_000) {
    console.log('bare Baileys contrast skipped: not enough of the time budget left (run bench/session-memory.ts alone for it)');
  } else if (!args['skip-bare']) {
    const [bareIdle, bareFull] = await bareBaileys(sim, SESSIONS);
    console.log(
      `bare Baileys for contrast (in-memory auth, one process): idle RSS ${fmt(bareIdle.rss)} MB, ${SESSIONS} clients ` +
        `${fmt(bareFull.rss)} MB → per client ${per(bareIdle, bareFull, SESSIONS)}`,
    );
  }
  console.log(loadLine('memory figures are not timings, but pairing and traffic run slower'));
}

runBench('session-memory', 240_000, main);
