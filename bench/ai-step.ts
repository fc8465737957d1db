// AI step benchmark (issue 13, acceptance 11): the real backend in this process, PostgreSQL and Redis, and the
// fake OpenAI-compatible server (the real `openai` SDK talks HTTP to it). Customer messages enter the real
// inbound pipeline (InboundPipeline.accept, as Baileys hands them over after decryption); the AI step answers
// them (message.created → delayed Bull job → turn lock → model → reply row + outbound queue).
//  (a) overhead with an instant model, AI_DEBOUNCE_MS=0: inbound row stored → request at the model, and the
//      model's answer → reply row stored; one turn at a time;
//  (b) 50 chats writing at once to a model that takes 1 s: all answered, time from the jobs being due (after
//      the debounce) to the last reply row, with the debounce at 0 and at its default (2 s, end to end too);
// and the Whaticket-style way (ai-step/whaticketStyle.ts: a sequential in-process listener) in the same run.
// Usage: tsx bench/ai-step.ts [--turns 500] [--chats 50] [--model-ms 1000] [--whaticket-chats 50] [--burst-runs 3]
import { parseArgs } from 'node:util';
import Bull from 'bull';
import { QueryTypes } from 'sequelize';
import { startFakeOpenAi } from '../simulator/src/index.js';
import { startAtende, type RunningAtende } from '../backend/src/bootstrap.js';
import { loadConfig, type Config } from '../backend/src/config/index.js';
import { ctx } from '../backend/src/context.js';
import { findAiAgent } from '../backend/src/db/aiAgents.js';
import { configureLogger } from '../backend/src/lib/logger.js';
import { InboundPipeline } from '../backend/src/whatsapp/inbound/InboundPipeline.js';
import { numberFor, TurnLog, type Turn } from './ai-step/turns.js';
import { whaticketStyleListener } from './ai-step/whaticketStyle.js';
import { atExit, runBench } from './lib/cleanup.js';
import { cpuMeter, type CpuSpent } from './lib/cpu.js';
import { backendEnv, benchServices, login, type BenchServices } from './lib/services.js';
import { fmt, loadLine, machine, median, summary, table } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    turns: { type: 'string', default: '500' },
    chats: { type: 'string', default: '50' },
    'model-ms': { type: 'string', default: '1000' },
    'whaticket-chats': { type: 'string', default: '50' },
    'burst-runs': { type: 'string', default: '3' },
  },
});
const remainingMs = () => (process.env.BENCH_DEADLINE ? Number(process.env.BENCH_DEADLINE) - Date.now() : Number.POSITIVE_INFINITY);
// Under `npm run bench` the suite has one time budget (BENCH_DEADLINE): with little of it left, fewer turns and
// one burst with the debounce (and the sequential listener cut below); too little for anything, skipped.
const AT_START = remainingMs();
const SHORT = AT_START < 150_000;
const SKIP = AT_START < 60_000;
const TURNS = SHORT ? Math.min(200, Number(args.turns)) : Number(args.turns);
const BURST_RUNS = SHORT ? 1 : Number(args['burst-runs']);
const WARM_UP = 20;
/** (a) cycles through this many chats, so conversations grow to a few turns (history sent to the model). */
const OVERHEAD_CHATS = Math.max(1, Math.min(100, Math.floor(TURNS / 5)));
const CHATS = Number(args.chats);
const MODEL_MS = Number(args['model-ms']);

/** The backend of the moment: (a) runs with the debounce at 0, (b) also with its default; one database. */
let atende: RunningAtende | undefined;
async function boot(services: BenchServices, log: TurnLog, extra: Record<string, string>): Promise<Config> {
  await atende?.close();
  const config = loadConfig(backendEnv(services, extra));
  atende = await startAtende(config);
  log.listen(); // closing a backend clears the domain bus
  return config;
}

interface Setup {
  companyId: number;
  /** The connection the AI agent answers on. */
  aiWhatsappId: number;
  /** A connection without an agent: the Whaticket-style listener answers there. */
  plainWhatsappId: number;
  aiAgentId: number;
}

async function setUp(url: string, fakeUrl: string): Promise<Setup> {
  const token = await login(url);
  const post = async (path: string, body: object) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, { id: number }>;
  };
  // As an admin creates it (no API key: the fake accepts any); the default history window (12) and turn limit (10).
  const { aiAgent } = await post('/api/ai-agents', {
    name: 'Bench IA',
    baseUrl: fakeUrl,
    model: 'gpt-4o-mini',
    systemPrompt: 'Você é a assistente virtual da Barbearia Navalha. Seja cordial e responda somente sobre a barbearia.',
    knowledge: 'Corte masculino: R$ 50,00 (30 minutos)\nBarba completa: R$ 35,00\nHorário: segunda a sábado, das 9h às 19h',
    handoffMessage: 'Vou chamar uma pessoa da equipe para continuar com você.',
  });
  const ai = await post('/api/whatsapps', { name: 'Bench IA', aiAgentId: aiAgent!.id });
  const plain = await post('/api/whatsapps', { name: 'Bench whaticket-style' });
  const [company] = await ctx().sequelize.query<{ id: number }>(`SELECT id FROM "Companies" ORDER BY id LIMIT 1`, { type: QueryTypes.SELECT });
  return { companyId: company!.id, aiWhatsappId: ai.whatsapp!.id, plainWhatsappId: plain.whatsapp!.id, aiAgentId: aiAgent!.id };
}

/**
 * No phone is connected: the end point is the reply's row stored (and its send job queued). The connections'
 * outbound queues are paused in Redis (as Bull's global pause does), so their jobs wait instead of failing
 * and retrying for want of a session — work that would otherwise run beside the measurement.
 */
async function pauseOutbound(config: Config, whatsappIds: number[]): Promise<void> {
  for (const id of whatsappIds) {
    const queue = new Bull(`outbound:${id}`, config.redisUrl, { prefix: `${config.redisPrefix}bull` });
    await queue.pause();
    await queue.close();
  }
}

const ms = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? Number.NaN : b - a);

interface OverheadPath {
  path: string;
  whatsappId: number;
  prefix: string;
  /** Numbers of this path's chats start here. */
  base: number;
  turns: Turn[];
  cpu: CpuSpent;
}

/**
 * (a): one turn at a time, the two paths alternating in blocks (so the box's load and the JIT's warmth fall on
 * both alike), each block's CPU added to its path; warm-up turns first (JIT, pools, the first SDK client), not
 * counted.
 */
async function overheadRuns(log: TurnLog, pipeline: InboundPipeline, companyId: number, otherPids: () => Promise<number[]>, paths: OverheadPath[]) {
  const BLOCK = 50;
  for (const p of paths) {
    for (let i = 0; i < WARM_UP; i++)
      await log.send(pipeline, companyId, { token: `${p.prefix}w${i}`, whatsappId: p.whatsappId, number: numberFor(p.base, i) });
  }
  for (let start = 0; start < TURNS; start += BLOCK) {
    for (const p of paths) {
      const meter = await cpuMeter(otherPids);
      for (let i = start; i < Math.min(TURNS, start + BLOCK); i++) {
        p.turns.push(
          await log.send(pipeline, companyId, { token: `${p.prefix}${i}`, whatsappId: p.whatsappId, number: numberFor(p.base, i % OVERHEAD_CHATS) }),
        );
      }
      const cpu = await meter.stop();
      p.cpu.selfMs += cpu.selfMs;
      p.cpu.othersMs += cpu.othersMs;
    }
  }
}

/** (b): `chats` new chats write at once; resolves when every one has its reply row. */
interface Burst {
  turns: Turn[];
  cpu: CpuSpent;
}

async function burstRun(
  log: TurnLog,
  pipeline: InboundPipeline,
  at: { companyId: number; whatsappId: number; otherPids: () => Promise<number[]> },
  prefix: string,
  base: number,
  chats: number,
  timeoutMs: number,
): Promise<Burst> {
  const { companyId, whatsappId } = at;
  const meter = await cpuMeter(at.otherPids);
  const turns = Array.from({ length: chats }, (_, i) => log.accept(pipeline, companyId, { token: `${prefix}${i}`, whatsappId, number: numberFor(base, i) }));
  await log.allReplied(turns, timeoutMs);
  return { turns, cpu: await meter.stop() };
}

interface BurstFigures {
  answered: number;
  /** Most requests the model had in flight at one moment. */
  peakInFlight: number;
  /** Earliest job due (stored + debounce) → last reply row. */
  dueToLast: number;
  /** Last job due → last reply row. */
  lastDueToLast: number;
  /** First customer message handed over → last reply row. */
  endToEnd: number;
  /** Stored → request at the model, per chat (the debounce included). */
  storedToRequest: ReturnType<typeof summary>;
  /** Due → request at the model, per chat. */
  dueToRequest: ReturnType<typeof summary>;
  /** The model's answer sent → the reply row stored, per chat. */
  answerToRow: ReturnType<typeof summary>;
}

function burstFigures(turns: Turn[], debounceMs: number): BurstFigures {
  const due = turns.map((t) => t.storedAt! + debounceMs);
  const last = Math.max(...turns.map((t) => t.repliedAt!));
  const events = turns.flatMap((t) => [
    { at: t.request!.receivedAt, d: 1 },
    { at: t.request!.response!.sentAt, d: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.d - b.d);
  let inFlight = 0;
  let peakInFlight = 0;
  for (const e of events) peakInFlight = Math.max(peakInFlight, (inFlight += e.d));
  return {
    answered: turns.filter((t) => t.repliedAt !== undefined).length,
    peakInFlight,
    dueToLast: last - Math.min(...due),
    lastDueToLast: last - Math.max(...due),
    endToEnd: last - Math.min(...turns.map((t) => t.acceptedAt)),
    storedToRequest: summary(turns.map((t) => ms(t.storedAt, t.request!.receivedAt))),
    dueToRequest: summary(turns.map((t) => ms(t.storedAt! + debounceMs, t.request!.receivedAt))),
    answerToRow: summary(turns.map((t) => ms(t.request!.response!.sentAt, t.repliedAt))),
  };
}

/** Reply rows stored for a run's tokens, and model requests per chat: what the tables and the fake saw. */
async function checkRun(turns: Turn[], requests: () => { lastUser: string }[]): Promise<string> {
  const tokens = new Set(turns.map((t) => t.token));
  const [row] = await ctx().sequelize.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Messages" WHERE "fromMe" AND body LIKE 'Resposta #%' AND substring(body from '#([a-z0-9]+)') IN (:tokens)`,
    { replacements: { tokens: [...tokens] }, type: QueryTypes.SELECT },
  );
  const asked = requests().filter((r) => tokens.has(/#([a-z0-9]+)/.exec(r.lastUser)?.[1] ?? '')).length;
  return `${row!.n} reply rows for ${tokens.size} messages, ${asked} model requests`;
}

async function main(): Promise<void> {
  if (SKIP) {
    console.log(`AI step: skipped, ${Math.round(AT_START / 1000)} s of the suite's time budget left (run it alone: npx tsx bench/ai-step.ts)`);
    return;
  }
  if (SHORT)
    console.log(
      `AI step: ${Math.round(AT_START / 1000)} s of the suite's time budget left: ${TURNS} turns in (a), ${BURST_RUNS} burst with the debounce in (b)`,
    );
  configureLogger({ level: 'warn', format: 'json' });
  const services = await benchServices('ai');
  const fake = await startFakeOpenAi({ models: 'any' });
  atExit('fake OpenAI server', () => fake.close());
  atExit('backend', async () => atende?.close());
  const log = new TurnLog();
  fake.respondWith(log.responder);
  const lastUsers = () =>
    fake.chatRequests().map((r) => {
      const user = r.body.messages.filter((m) => m.role === 'user').at(-1)?.content;
      return { lastUser: typeof user === 'string' ? user : '' };
    });

  const config0 = await boot(services, log, { AI_DEBOUNCE_MS: '0' });
  const setup = await setUp(atende!.url, fake.url);
  const { companyId } = setup;
  await pauseOutbound(config0, [setup.aiWhatsappId, setup.plainWhatsappId]);
  const agent = (await findAiAgent(companyId, setup.aiAgentId))!;
  const offWhaticket = whaticketStyleListener(agent, setup.plainWhatsappId);
  let pipeline = new InboundPipeline();

  const redisPid = Number(/process_id:(\d+)/.exec(await ctx().redis.info('server'))?.[1] ?? 0);
  const otherPids = async () => [
    ...(await ctx().sequelize.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`, { type: QueryTypes.SELECT })).map(
      (r) => r.pid,
    ),
    ...(redisPid ? [redisPid] : []),
  ];

  console.log(`AI step — ${machine()}`);
  console.log(loadLine('the CPU ms per turn are the comparable figures'));
  console.log(
    `AI_CONCURRENCY ${config0.ai.concurrency}, DB pool ${config0.databasePoolMax}, PostgreSQL + Redis + the fake model on this machine; ` +
      `no phone: the end point is the reply's row stored (its outbound job queued, the queue paused)`,
  );

  // (a) Overhead, instant model, one turn at a time.
  log.modelMs = 0;
  const overhead: OverheadPath[] = [
    { path: 'atende', whatsappId: setup.aiWhatsappId, prefix: 'a', base: 100_000, turns: [], cpu: { selfMs: 0, othersMs: 0 } },
    { path: 'whaticket-style', whatsappId: setup.plainWhatsappId, prefix: 'wa', base: 200_000, turns: [], cpu: { selfMs: 0, othersMs: 0 } },
  ];
  await overheadRuns(log, pipeline, companyId, otherPids, overhead);
  for (const { path, turns } of overhead) console.log(`  (a) ${path}: ${turns.length} turns done; ${await checkRun(turns, lastUsers)}`);

  // (b) 50 chats at once, 1 s model: debounce 0 first (this backend), Whaticket-style, then the default debounce.
  log.modelMs = MODEL_MS;
  const burstTimeout = 30_000 + 3 * MODEL_MS;
  const b0 = await burstRun(log, pipeline, { companyId, whatsappId: setup.aiWhatsappId, otherPids }, 'b', 300_000, CHATS, burstTimeout);
  console.log(`  (b) atende, debounce 0: ${await checkRun(b0.turns, lastUsers)}`);
  // The sequential listener takes chats × model time; under `npm run bench` it shrinks to what the budget leaves.
  const budgetChats = Math.floor((remainingMs() - 15_000 - BURST_RUNS * (MODEL_MS + 5_000)) / (MODEL_MS + 200));
  const wChats = Math.max(5, Math.min(Number(args['whaticket-chats']), budgetChats));
  if (wChats < Number(args['whaticket-chats'])) console.log(`  whaticket-style burst cut to ${wChats} chats to stay within the time budget`);
  const bw = await burstRun(
    log,
    pipeline,
    { companyId, whatsappId: setup.plainWhatsappId, otherPids },
    'wb',
    400_000,
    wChats,
    30_000 + wChats * (MODEL_MS + 500) * 3,
  );
  console.log(`  (b) whaticket-style: ${await checkRun(bw.turns, lastUsers)}`);
  offWhaticket();

  const config = await boot(services, log, {});
  pipeline = new InboundPipeline();
  // Repeated (new chats each time): on a shared box one burst can fall on a neighbour's peak.
  const b2: Burst[] = [];
  for (let r = 0; r < BURST_RUNS; r++) {
    const base = 500_000 + r * 1_000;
    b2.push(
      await burstRun(log, pipeline, { companyId, whatsappId: setup.aiWhatsappId, otherPids }, `c${r}x`, base, CHATS, burstTimeout + config.ai.debounceMs),
    );
    console.log(`  (b) atende, debounce ${config.ai.debounceMs} ms, run ${r + 1}: ${await checkRun(b2[r]!.turns, lastUsers)}`);
  }
  await atende!.close();

  console.log(
    `\n(a) AI step overhead, instant model, ${TURNS} turns one at a time over ${OVERHEAD_CHATS} chats (conversations of up to ${Math.ceil(TURNS / OVERHEAD_CHATS)} turns), after ${WARM_UP} warm-up turns each; the two paths alternate in blocks of 50.`,
  );
  console.log(`    AI_DEBOUNCE_MS=0 here: the debounce (default ${config.ai.debounceMs} ms) is a deliberate wait, not overhead; it is measured in (b).`);
  const rows = [['path', 'figure (ms)', 'p50', 'p95', 'p99', 'max']];
  for (const { path, turns } of overhead) {
    const figures: [string, number[]][] = [
      ['customer message handed over → inbound row stored', turns.map((t) => ms(t.acceptedAt, t.storedAt))],
      ['inbound row stored → request at the model', turns.map((t) => ms(t.storedAt, t.request?.receivedAt))],
      ["model's answer sent → reply row stored", turns.map((t) => ms(t.request?.response?.sentAt, t.repliedAt))],
      ['AI step overhead (the two above)', turns.map((t) => ms(t.storedAt, t.request?.receivedAt) + ms(t.request?.response?.sentAt, t.repliedAt))],
      ['inbound row stored → reply row stored', turns.map((t) => ms(t.storedAt, t.repliedAt))],
    ];
    for (const [figure, values] of figures) {
      const s = summary(values);
      rows.push([path, figure, fmt(s.p50), fmt(s.p95), fmt(s.p99), fmt(s.max)]);
    }
  }
  console.log(table(rows));
  const [ours] = overhead;
  const p95 = summary(ours!.turns.map((t) => ms(t.storedAt, t.request?.receivedAt) + ms(t.request?.response?.sentAt, t.repliedAt))).p95;
  console.log(`target: AI step overhead p95 ≤ 20 ms — ${fmt(p95)} ms (${p95 <= 20 ? 'met' : 'MISSED'})`);
  const cpuRows = [['path', 'CPU ms per turn: node (backend + driver + fake model)', 'PostgreSQL + Redis', 'total']];
  for (const { path, turns, cpu } of overhead) {
    const n = turns.length;
    cpuRows.push([path, fmt(cpu.selfMs / n, 2), fmt(cpu.othersMs / n, 2), fmt((cpu.selfMs + cpu.othersMs) / n, 2)]);
  }
  console.log(table(cpuRows));

  console.log(`\n(b) ${CHATS} chats write at once (one message each, new tickets), model takes ${MODEL_MS} ms; end point: every reply row stored.`);
  const burstRows = [
    [
      'run',
      'debounce ms',
      'answered',
      'peak at model',
      'first job due → last reply',
      'last due → last reply',
      'first message → last reply',
      'stored → request p50 / max',
      'due → request p50 / max',
      'answer → row p50 / max',
      'CPU ms per chat node + pg/redis',
    ],
  ];
  const runs: [string, Burst, number][] = [
    ['atende', b0, 0],
    ['whaticket-style (sequential)', bw, 0],
    ...b2.map((b, r): [string, Burst, number] => [`atende, run ${r + 1}`, b, config.ai.debounceMs]),
  ];
  const figures = runs.map(([name, { turns, cpu }, debounceMs]) => ({ name, debounceMs, cpu, chats: turns.length, f: burstFigures(turns, debounceMs) }));
  for (const { name, debounceMs, cpu, chats, f } of figures) {
    burstRows.push([
      name,
      String(debounceMs),
      `${f.answered}/${chats}`,
      String(f.peakInFlight),
      fmt(f.dueToLast, 0),
      fmt(f.lastDueToLast, 0),
      fmt(f.endToEnd, 0),
      `${fmt(f.storedToRequest.p50, 0)} / ${fmt(f.storedToRequest.max, 0)}`,
      `${fmt(f.dueToRequest.p50, 0)} / ${fmt(f.dueToRequest.max, 0)}`,
      `${fmt(f.answerToRow.p50, 0)} / ${fmt(f.answerToRow.max, 0)}`,
      // The sequential run lasts chats × the model's time: its CPU is mostly the idle process's timers, not the chats.
      f.peakInFlight > 1 ? `${fmt(cpu.selfMs / chats, 1)} + ${fmt(cpu.othersMs / chats, 1)}` : '—',
    ]);
  }
  console.log(table(burstRows));
  const [atende0, whaticket, ...withDebounce] = figures as [(typeof figures)[number], (typeof figures)[number], ...typeof figures];
  const dueToLast = withDebounce.map((r) => r.f.dueToLast);
  const met = (v: number) => (v <= 2_000 ? 'met' : 'MISSED');
  console.log(
    `target ≤ 2,000 ms from the jobs due (debounce ${config.ai.debounceMs} ms) to the last reply: first job due → last reply ` +
      `${dueToLast.map((v) => `${fmt(v, 0)} (${met(v)})`).join(', ')}; last job due → last reply ${withDebounce.map((r) => fmt(r.f.lastDueToLast, 0)).join(', ')} ms`,
  );
  // The sequential listener's time grows with the chats: scaled to CHATS when the budget cut its run.
  const whaticketAll = (whaticket.f.endToEnd * CHATS) / whaticket.chats;
  const scaled = whaticket.chats === CHATS ? '' : ` (measured ${whaticket.chats} chats, scaled to ${CHATS})`;
  const endToEnd = median(withDebounce.map((r) => r.f.endToEnd));
  console.log(
    `whaticket-style answers ${CHATS} chats in ${fmt(whaticketAll / 1000, 1)} s${scaled}: ` +
      `×${fmt(whaticketAll / atende0.f.dueToLast, 1)} Atende's due → last reply (debounce 0), ` +
      `×${fmt(whaticketAll / endToEnd, 1)} Atende's first message → last reply with the ${config.ai.debounceMs} ms debounce${withDebounce.length > 1 ? ` (median of ${withDebounce.length} runs)` : ''}`,
  );
  console.log(loadLine('the CPU ms per turn are the comparable figures'));
}

runBench('ai-step', 240_000, main);
