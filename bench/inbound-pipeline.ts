// Inbound pipeline benchmark: synthetic Baileys messages through the REAL pipeline (InboundPipeline.accept,
// the backend's own sequelize, the real socket.io server and subscriber), timed until the `appMessage`
// reaches a connected client; then the same messages through a Whaticket-style check-then-create path in the
// same run and database, with a correctness count (duplicate tickets, lost messages, chats out of order).
// Usage: tsx bench/inbound-pipeline.ts [--messages 4000] [--paced 1500] [--rates 250,1000] [--chats 200]
//        [--connections 8] [--window 200]
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { QueryTypes } from 'sequelize';
import { io as connect, type Socket } from 'socket.io-client';
import { startAtende } from '../backend/src/bootstrap.js';
import { loadConfig } from '../backend/src/config/index.js';
import { ctx } from '../backend/src/context.js';
import { configureLogger } from '../backend/src/lib/logger.js';
import { InboundPipeline } from '../backend/src/whatsapp/inbound/InboundPipeline.js';
import { domainEvents } from '../backend/src/events/bus.js';
import { runPaced, runWindowed, type InboundPath, type RunResult } from './inbound/drive.js';
import { planMessages } from './inbound/messages.js';
import { createWhaticketTables, whaticketStylePath, WHATICKET_SCHEMA } from './inbound/whaticketStyle.js';
import { atExit, runBench } from './lib/cleanup.js';
import { backendEnv, benchServices, login } from './lib/services.js';
import { cpuMeter, type CpuSpent } from './lib/cpu.js';
import { fmt, loadLine, machine, table } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    messages: { type: 'string', default: '4000' },
    paced: { type: 'string', default: '1500' },
    rates: { type: 'string', default: '250,1000' },
    chats: { type: 'string', default: '200' },
    connections: { type: 'string', default: '8' },
    window: { type: 'string', default: '200' },
  },
});
const N = Number(args.messages);
const PACED = Number(args.paced);
const RATES = args.rates.split(',').map(Number);
const CHATS = Number(args.chats);
const CONNECTIONS = Number(args.connections);
const WINDOW = Number(args.window);

function connectSocket(url: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(url, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

interface Integrity {
  messages: number;
  extraTickets: number;
  contactsWithDuplicates: number;
  chatsOutOfOrder: number;
}

/** What each path left in its tables: the correctness half of the comparison. */
async function integrity(schema: string): Promise<Integrity> {
  const [row] = await ctx().sequelize.query<Integrity>(
    `SELECT
       (SELECT count(*) FROM ${schema}."Messages")::int AS messages,
       (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM ${schema}."Tickets" WHERE status <> 'closed'
          GROUP BY "companyId", "contactId", "whatsappId") t)::int AS "extraTickets",
       (SELECT count(*) FROM (SELECT 1 FROM ${schema}."Tickets" WHERE status <> 'closed'
          GROUP BY "companyId", "contactId", "whatsappId" HAVING count(*) > 1) t)::int AS "contactsWithDuplicates",
       (SELECT count(DISTINCT ("contactId", "whatsappId")) FROM (
          SELECT "contactId", "whatsappId", split_part(body, ' ', 2)::int AS r,
                 lag(split_part(body, ' ', 2)::int) OVER (PARTITION BY "contactId", "whatsappId" ORDER BY id) AS prev
          FROM ${schema}."Messages") m WHERE m.prev > m.r)::int AS "chatsOutOfOrder"`,
    { type: QueryTypes.SELECT },
  );
  return row!;
}

async function main(): Promise<void> {
  configureLogger({ level: 'warn', format: 'json' });
  const services = await benchServices('inbound');
  const config = loadConfig(backendEnv(services));
  const atende = await startAtende(config);
  atExit('backend', () => atende.close());
  const { sequelize } = ctx();

  const [company] = await sequelize.query<{ id: number }>(`SELECT id FROM "Companies" ORDER BY id LIMIT 1`, { type: QueryTypes.SELECT });
  const companyId = company!.id;
  const whatsapps = await sequelize.query<{ id: number }>(
    `INSERT INTO "Whatsapps" ("companyId", name) SELECT :companyId, 'bench ' || g FROM generate_series(1, :k) g RETURNING id`,
    { replacements: { companyId, k: CONNECTIONS }, type: QueryTypes.SELECT },
  );
  const whatsappIds = whatsapps.map((w) => w.id);
  await createWhaticketTables(sequelize);

  const socket = await connectSocket(atende.url, await login(atende.url));
  atExit('socket', async () => void socket.close());

  const redisInfo = await ctx().redis.info('server');
  const redisPid = Number(/process_id:(\d+)/.exec(redisInfo)?.[1] ?? 0);
  // The PostgreSQL backends serving this database (the pool) and redis-server: the CPU the work costs outside node.
  const otherPids = async () => [
    ...(await sequelize.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`, { type: QueryTypes.SELECT })).map(
      (r) => r.pid,
    ),
    ...(redisPid ? [redisPid] : []),
  ];

  const pipeline = new InboundPipeline();
  let stored = 0;
  domainEvents.subscribe('message.created', () => void stored++);
  const paths: InboundPath[] = [
    { name: 'atende (atomic, per-chat)', handle: (t, m) => pipeline.accept(t, m), published: () => stored },
    whaticketStylePath(sequelize, atende.io),
  ];
  const phases = [
    { name: 'warm-up', count: 500, run: (h: InboundPath, p: ReturnType<typeof planMessages>) => runWindowed(h, p, WINDOW, socket, companyId) },
    ...RATES.map((rate) => ({
      name: `paced ${rate}/s`,
      count: PACED,
      run: (h: InboundPath, p: ReturnType<typeof planMessages>) => runPaced(h, p, rate, socket, companyId),
    })),
    { name: `burst, ${WINDOW} in flight`, count: N, run: (h: InboundPath, p: ReturnType<typeof planMessages>) => runWindowed(h, p, WINDOW, socket, companyId) },
  ];

  console.log(`inbound pipeline — ${machine()}`);
  console.log(loadLine());
  console.log(`${CHATS} chats over ${CONNECTIONS} connections, DB pool ${config.databasePoolMax}, PostgreSQL + Redis on this machine`);
  const results: { phase: string; path: string; r: RunResult; cpu: CpuSpent }[] = [];
  const offered = new Map<string, number>();
  for (const [i, phase] of phases.entries()) {
    const plan = planMessages({ count: phase.count, chats: CHATS, whatsappIds, numberBase: i * 100_000, idPrefix: `P${i}`, seed: 42 + i });
    for (const path of paths) {
      const { name } = path;
      const meter = await cpuMeter(otherPids);
      const r = await phase.run(path, plan);
      const cpu = await meter.stop();
      offered.set(name, (offered.get(name) ?? 0) + r.offered);
      if (phase.name !== 'warm-up') results.push({ phase: phase.name, path: name, r, cpu });
      console.log(`  ${phase.name}: ${name} done (${fmt(r.rate, 0)} msg/s)`);
    }
  }

  const rows = [
    ['phase', 'path', 'msg/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'stored/offered', 'failed', 'CPU ms/msg node+pg/redis', 'CPU ceiling msg/s'],
  ];
  const cores = availableParallelism();
  for (const { phase, path, r, cpu } of results) {
    const node = cpu.selfMs / r.arrived;
    const total = (cpu.selfMs + cpu.othersMs) / r.arrived;
    // node runs the pipeline on one core; the whole box has `cores`.
    const ceiling = Math.min(1000 / node, (cores * 1000) / total);
    rows.push([
      phase,
      path,
      fmt(r.rate, 0),
      fmt(r.latency.p50),
      fmt(r.latency.p95),
      fmt(r.latency.p99),
      fmt(r.latency.max),
      `${r.arrived}/${r.offered}`,
      String(r.failed),
      `${fmt(node, 2)}+${fmt(cpu.othersMs / r.arrived, 2)}`,
      fmt(ceiling, 0),
    ]);
  }
  console.log(`\n${table(rows)}`);
  const get = (phase: string, path: string) => results.find((x) => x.phase === phase && x.path === path)!.r;
  const [ours, theirs] = [paths[0]!.name, paths[1]!.name];
  const burst = phases.at(-1)!.name;
  const ratios = [`burst throughput ×${fmt(get(burst, ours).rate / get(burst, theirs).rate, 2)}`];
  for (const phase of phases.slice(1, -1))
    ratios.push(`${phase.name} p95 ×${fmt(get(phase.name, theirs).latency.p95 / get(phase.name, ours).latency.p95, 2)} lower`);
  console.log(`\nratio atende / whaticket-style: ${ratios.join(', ')}`);

  console.log(loadLine());
  const checks = [['after all phases', 'messages stored', 'extra open tickets', 'contacts with >1 open ticket', 'chats out of order']];
  for (const [name, schema] of [
    [ours, 'public'],
    [theirs, WHATICKET_SCHEMA],
  ] as const) {
    const c = await integrity(schema);
    checks.push([name, `${c.messages}/${offered.get(name)}`, String(c.extraTickets), String(c.contactsWithDuplicates), String(c.chatsOutOfOrder)]);
  }
  console.log(`\n${table(checks)}`);
}

runBench('inbound-pipeline', 180_000, main);
