// Campaigns at the maximum rate (issue 14, acceptance 9): the real backend in a child process (so its CPU and RSS
// are its own) sends a campaign of N recipients spread over C simulated connections, every campaign at
// CAMPAIGN_MAX_RATE_PER_MINUTE (raised for the run), and one more connection runs a small campaign with 1 s of
// jitter. Measured where it matters — when each simulated phone decrypts its message: sends per minute per
// connection (never over the cap, in any 60 s window), the gaps against the interval, the jitter's distribution,
// and the backend's CPU and memory while it sends. Usage:
//   tsx bench/campaign.ts [--recipients 10000] [--connections 10] [--max-rate 600] [--jitter-recipients 40]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeCampaignFixtures, insertContacts, insertStartedCampaign } from '../backend/test/support/campaigns.js';
import { spawnChild, stopChild, type Child } from '../scripts/lib/children.js';
import { freePort } from '../scripts/lib/throwaway.js';
import { startWaSimulator, type WaSimulator } from '../simulator/src/index.js';
import { atExit, runBench } from './lib/cleanup.js';
import { processCpuMs, rssMb } from './lib/cpu.js';
import { pairThroughApi, waitFor } from './lib/pairing.js';
import { backendEnv, benchServices, login } from './lib/services.js';
import { fmt, loadLine, machine, percentile, sleep, table } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    recipients: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '10' },
    'max-rate': { type: 'string', default: '600' },
    'jitter-recipients': { type: 'string', default: '40' },
    'timeout-s': { type: 'string', default: '900' },
  },
});
const RECIPIENTS = Number(args.recipients);
const CONNECTIONS = Number(args.connections);
const MAX_RATE = Number(args['max-rate']);
const JITTER_RECIPIENTS = Number(args['jitter-recipients']);
const INTERVAL_MS = 60_000 / MAX_RATE;
const ROOT = resolve(import.meta.dirname, '..');
const TRUST = join(ROOT, 'simulator/preload/trust-simulator.mjs');

const phoneOf = (i: number) => `55119${String(60_000_000 + i).padStart(8, '0')}`;
const recipientOf = (i: number) => `5521${String(i).padStart(9, '0')}`;

async function startBackend(sim: WaSimulator, env: Record<string, string>, mediaDir: string): Promise<{ child: Child; base: string }> {
  const port = await freePort();
  const child = spawnChild('backend', process.execPath, ['--import', 'tsx', '--import', TRUST, join(ROOT, 'backend/src/server.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), MEDIA_DIR: mediaDir, WA_WEBSOCKET_URL: sim.url },
    prefix: '  [backend]',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor('the backend to answer /api/health', 60_000, async () => {
    if (child.process.exitCode !== null) throw new Error('the backend exited during boot');
    return (await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
      ? true
      : undefined;
  });
  return { child, base };
}

/** The most arrivals inside any window of `windowMs` (arrival times sorted). */
function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! >= windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

const gapsOf = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

async function main(): Promise<void> {
  console.log(`campaign — ${machine()}`);
  console.log(loadLine('CPU ms per message is the comparable figure'));
  console.log(
    `${RECIPIENTS} recipients over ${CONNECTIONS} connections at ${MAX_RATE}/min each (interval ${fmt(INTERVAL_MS)} ms); jitter run: ${JITTER_RECIPIENTS} at ${MAX_RATE}/min + 0–1 s`,
  );
  const services = await benchServices('campaign');
  const sim = await startWaSimulator();
  atExit('simulator', () => sim.close());
  // The phones first: the simulator makes each one's keys synchronously (~10 ms apiece), which would starve the
  // connections' keepalives if they were already paired. Then, when each got its message, from which connection.
  const total = RECIPIENTS + JITTER_RECIPIENTS;
  const arrivals = new Map<string, number[]>();
  let arrived = 0;
  const people = Array.from({ length: total }, (_, i) => ({ name: `Cliente ${i}`, number: recipientOf(i) }));
  for (const [i, p] of people.entries()) {
    if (i % 500 === 0) await sleep(0);
    sim.contact(p.number, { pushName: p.name }).onMessage((m) => {
      arrived++;
      const list = arrivals.get(m.from) ?? [];
      list.push(Date.now());
      arrivals.set(m.from, list);
    });
  }
  const mediaDir = await mkdtemp(join(tmpdir(), 'atende-bench-media-'));
  atExit('media dir', () => rm(mediaDir, { recursive: true, force: true }));
  // The outbound queue holds a database connection while each connection's message goes out: with many
  // connections sending at once the default pool of 10 runs dry, so the run gives it room (an install with many
  // numbers sending campaigns raises DATABASE_POOL_MAX the same way).
  const env = backendEnv(services, { CAMPAIGN_MAX_RATE_PER_MINUTE: String(MAX_RATE), DATABASE_POOL_MAX: String(Math.max(10, 2 * (CONNECTIONS + 1) + 5)) });
  let backend = await startBackend(sim, env, mediaDir);
  atExit('backend process', () => stopChild(backend.child));
  const token = await login(backend.base);

  // C connections for the big campaign, one more for the jitter run: the first alone (it becomes the default),
  // then five at a time, as session-memory.ts pairs them.
  const whatsappIds = [await pairThroughApi(backend.base, token, sim, phoneOf(0), 'Bench 0')];
  for (let i = 1; i <= CONNECTIONS; i += 5) {
    const batch = Array.from({ length: Math.min(5, CONNECTIONS + 1 - i) }, (_, k) => i + k);
    whatsappIds.push(...(await Promise.all(batch.map((k) => pairThroughApi(backend.base, token, sim, phoneOf(k), `Bench ${k}`)))));
  }

  const contactIds = await insertContacts(services.databaseUrl, people);
  const per = Math.ceil(RECIPIENTS / CONNECTIONS);
  for (let c = 0; c < CONNECTIONS; c++) {
    const ids = contactIds.slice(c * per, Math.min(RECIPIENTS, (c + 1) * per));
    await insertStartedCampaign(services.databaseUrl, {
      whatsappId: whatsappIds[c]!,
      contactIds: ids,
      messages: ['Oferta para {{firstName}}'],
      ratePerMinute: MAX_RATE,
    });
  }
  await insertStartedCampaign(services.databaseUrl, {
    whatsappId: whatsappIds[CONNECTIONS]!,
    contactIds: contactIds.slice(RECIPIENTS),
    messages: ['Oferta com jitter'],
    ratePerMinute: MAX_RATE,
    jitterSeconds: 1,
  });
  await closeCampaignFixtures();

  // The campaigns were written straight into the tables (as POST …/start does): a boot's sweep starts them all.
  await stopChild(backend.child);
  backend = await startBackend(sim, env, mediaDir);
  const pid = backend.child.process.pid!;
  const cpu0 = processCpuMs(pid)!;
  const rss0 = rssMb(pid);
  const started = Date.now();
  let rssPeak = rss0;
  let lastReport = started;
  const deadline = started + Number(args['timeout-s']) * 1000;
  while (arrived < total && Date.now() < deadline) {
    await sleep(1000);
    rssPeak = Math.max(rssPeak, rssMb(pid));
    if (Date.now() - lastReport >= 15_000) {
      lastReport = Date.now();
      console.log(`  ${Math.round((Date.now() - started) / 1000)} s: ${arrived} of ${total} arrived, backend RSS ${fmt(rssMb(pid))} MB`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const cpuMs = processCpuMs(pid)! - cpu0;
  const rssEnd = rssMb(pid);

  const rows = [['connection', 'messages', 'max in any 60 s', 'cap', 'min gap ms', 'p50 gap ms', 'p99 gap ms']];
  let over = 0;
  for (let c = 0; c <= CONNECTIONS; c++) {
    const times = (arrivals.get(phoneOf(c)) ?? []).sort((a, b) => a - b);
    const gaps = gapsOf(times).sort((a, b) => a - b);
    const inMinute = maxInWindow(times, 60_000);
    if (inMinute > MAX_RATE || (gaps[0] ?? Infinity) < INTERVAL_MS - 25) over++;
    rows.push([
      c === CONNECTIONS ? `${c} (jitter 1 s)` : String(c),
      String(times.length),
      String(inMinute),
      String(MAX_RATE),
      fmt(gaps[0] ?? NaN),
      fmt(percentile(gaps, 50)),
      fmt(percentile(gaps, 99)),
    ]);
  }
  console.log(`\n${table(rows)}`);
  console.log(
    `\n${arrived} of ${total} messages arrived in ${fmt(seconds)} s: ${fmt((arrived / seconds) * 60, 0)} per minute over ${CONNECTIONS + 1} connections`,
  );
  console.log(`connections over the cap (any 60 s window above ${MAX_RATE}, or a gap under the interval − 25 ms): ${over}`);
  console.log(
    `backend process: CPU ${fmt(cpuMs / 1000)} s = ${fmt(cpuMs / Math.max(1, arrived), 2)} ms per message (${fmt((cpuMs / (seconds * 1000)) * 100, 0)} % of one core); RSS ${fmt(rss0)} MB at start, peak ${fmt(rssPeak)} MB, ${fmt(rssEnd)} MB at the end`,
  );
  const jitterGaps = gapsOf((arrivals.get(phoneOf(CONNECTIONS)) ?? []).sort((a, b) => a - b)).map((g) => g - INTERVAL_MS);
  const sorted = [...jitterGaps].sort((a, b) => a - b);
  const q = (p: number) => fmt(percentile(sorted, p), 0);
  console.log(
    `jitter run: gap − interval over ${sorted.length} gaps: p5 ${q(5)} ms, p25 ${q(25)}, p50 ${q(50)}, p75 ${q(75)}, p95 ${q(95)}, max ${q(100)} ` +
      `(uniform 0–1000 ms plus the send's own latency would give ≈ 50 / 250 / 500 / 750 / 950 + latency)`,
  );
  console.log(loadLine('CPU ms per message is the comparable figure'));
  if (arrived < total) throw new Error(`only ${arrived} of ${total} messages arrived within the time limit`);
}

runBench('campaign', Number(args['timeout-s']) * 1000 + 180_000, main);
