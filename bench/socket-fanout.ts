// Socket fan-out benchmark: one new customer message in a queue must reach every online agent of that queue.
// The REAL backend (socket.io with the Redis adapter, the real subscriber choosing rooms from the ticket's
// placement) publishes `message.created` for a waiting ticket of "Vendas"; its 200 agents are online, and so
// are 200 agents of "Suporte", each a socket.io client in a child process (bench/fanout/agents.ts). Timed from
// the publish to the event's arrival at each agent that needed it. Beside it, the Whaticket-style way in the
// same run and server: every event to the whole company's room, with the ticket's nested contact, queue,
// user and connection, each client dropping what is not its queue's.
// Usage: tsx bench/socket-fanout.ts [--agents 200] [--others 200] [--events 200] [--rate 20]
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { QueryTypes } from 'sequelize';
import { startAtende } from '../backend/src/bootstrap.js';
import { loadConfig } from '../backend/src/config/index.js';
import { ctx } from '../backend/src/context.js';
import { domainEvents } from '../backend/src/events/bus.js';
import { configureLogger } from '../backend/src/lib/logger.js';
import { companyRoom } from '../backend/src/realtime/rooms.js';
import { signAccessToken } from '../backend/src/services/auth/tokens.js';
import type { Profile } from '../backend/src/db/users.js';
import { atExit, runBench } from './lib/cleanup.js';
import { cpuMeter } from './lib/cpu.js';
import { backendEnv, benchServices } from './lib/services.js';
import { fmt, loadLine, machine, sleep, summary, table } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    agents: { type: 'string', default: '200' },
    others: { type: 'string', default: '200' },
    events: { type: 'string', default: '200' },
    rate: { type: 'string', default: '20' },
  },
});
const AGENTS = Number(args.agents);
const OTHERS = Number(args.others);
const EVENTS = Number(args.events);
const RATE = Number(args.rate);

type Reply = { kind: 'connected'; count: number } | { kind: 'collected'; latencies: number[]; dropped: number };
const now = () => performance.timeOrigin + performance.now();

async function main(): Promise<void> {
  configureLogger({ level: 'warn', format: 'json' });
  const services = await benchServices('fanout');
  const config = loadConfig(backendEnv(services));
  const atende = await startAtende(config);
  atExit('backend', () => atende.close());
  const { sequelize } = ctx();
  const one = async <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    (await sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT }))[0]!;

  const { id: companyId } = await one<{ id: number }>(`SELECT id FROM "Companies" ORDER BY id LIMIT 1`);
  const [vendas, suporte] = (
    await sequelize.query<{ id: number }>(`INSERT INTO "Queues" ("companyId", name) VALUES (:companyId, 'Vendas'), (:companyId, 'Suporte') RETURNING id`, {
      replacements: { companyId },
      type: QueryTypes.SELECT,
    })
  ).map((q) => q.id);
  const users = await sequelize.query<{ id: number; companyId: number; profile: Profile; super: boolean; tokenVersion: number }>(
    `INSERT INTO "Users" ("companyId", name, email, "passwordHash") SELECT :companyId, 'Agente ' || i, 'agente' || i || '@bench.test', 'unused'
     FROM generate_series(1, :n) i RETURNING id, "companyId", profile, super, "tokenVersion"`,
    { replacements: { companyId, n: AGENTS + OTHERS }, type: QueryTypes.SELECT },
  );
  const queueOf = (i: number) => (i < AGENTS ? vendas! : suporte!);
  await sequelize.query(`INSERT INTO "UserQueues" ("userId", "queueId") SELECT * FROM unnest(ARRAY[:userIds]::int[], ARRAY[:queueIds]::int[])`, {
    replacements: { userIds: users.map((u) => u.id), queueIds: users.map((_, i) => queueOf(i)) },
  });
  const whatsapp = await one<{ id: number; name: string }>(`INSERT INTO "Whatsapps" ("companyId", name) VALUES (:companyId, 'Loja') RETURNING id, name`, {
    companyId,
  });
  const contact = await one<{ id: number; name: string; number: string }>(
    `INSERT INTO "Contacts" ("companyId", name, number) VALUES (:companyId, 'Cliente', '5511977773001') RETURNING id, name, number`,
    { companyId },
  );
  const ticket = await one<{ id: number; uuid: string }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", "whatsappId", "queueId") VALUES (:companyId, :contactId, :whatsappId, :queueId) RETURNING id, uuid`,
    { companyId, contactId: contact.id, whatsappId: whatsapp.id, queueId: vendas },
  );

  const agents = fork(join(import.meta.dirname, 'fanout/agents.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  atExit('agents', async () => void agents.kill());
  const ask = <K extends Reply['kind']>(command: object, kind: K) =>
    new Promise<Extract<Reply, { kind: K }>>((resolve) => {
      const listener = (reply: Reply) => {
        if (reply.kind !== kind) return;
        agents.off('message', listener);
        resolve(reply as Extract<Reply, { kind: K }>);
      };
      agents.on('message', listener);
      agents.send(command);
    });
  const tokens = users.map((u, i) => ({ token: signAccessToken(u), queueId: queueOf(i) }));
  const connected = await ask({ kind: 'connect', url: atende.url, agents: tokens }, 'connected');

  const redisPid = Number(/process_id:(\d+)/.exec(await ctx().redis.info('server'))?.[1] ?? 0);
  const message = (seq: number) => ({
    id: seq,
    ticketId: ticket.id,
    contactId: contact.id,
    whatsappId: whatsapp.id,
    wid: `W${seq}`,
    fromMe: false,
    body: `${seq}:${now()}`,
    mediaType: 'text' as const,
    ack: 0,
    sentAt: new Date(),
  });
  const placement = {
    id: ticket.id,
    uuid: ticket.uuid,
    status: 'pending' as const,
    userId: null,
    queueId: vendas!,
    unreadMessages: 1,
    lastMessage: 'Olá',
    lastMessageAt: new Date(),
    botActive: false,
  };
  const paths = [
    {
      name: 'atende (queue room)',
      send: (seq: number) =>
        domainEvents.publish('message.created', {
          companyId,
          whatsappId: whatsapp.id,
          contact,
          ticket: placement,
          message: message(seq),
          ticketCreated: false,
        }),
    },
    {
      name: 'whaticket-style (company room)',
      // Whaticket's ticket payload carries its associations; every socket of the company gets it.
      send: (seq: number) =>
        atende.io.to(companyRoom(companyId)).emit('appMessage', {
          action: 'create',
          message: { ...message(seq), contact },
          ticket: {
            ...placement,
            contact,
            queue: { id: vendas, name: 'Vendas', color: '#ff9800' },
            user: null,
            whatsapp: { id: whatsapp.id, name: whatsapp.name },
          },
          contact,
        } as never), // not Atende's event shape: the typed server would refuse it
    },
  ];

  console.log(`socket fan-out — ${machine()}`);
  console.log(loadLine('the latency ranks are the comparable figures'));
  console.log(
    `${connected.count} agents online (${AGENTS} in the ticket's queue, ${OTHERS} in another), socket.io with the Redis adapter, clients in a child process`,
  );
  const rows = [
    ['phase', 'path', 'events', 'deliveries needed', 'arrived', 'dropped by clients', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'server CPU ms/event'],
  ];
  let seq = 0;
  for (const phase of [
    { name: `paced ${RATE}/s`, gapMs: 1000 / RATE },
    { name: 'burst', gapMs: 0 },
  ]) {
    for (const path of paths) {
      await ask({ kind: 'collect' }, 'collected'); // start clean
      const meter = await cpuMeter(async () => (redisPid ? [redisPid] : []));
      const start = now();
      for (let i = 0; i < EVENTS; i++) {
        path.send((seq += 1));
        const due = start + (i + 1) * phase.gapMs;
        if (phase.gapMs > 0) await sleep(Math.max(0, due - now()));
      }
      await sleep(1500); // what is still on its way arrives
      const cpu = await meter.stop();
      const { latencies, dropped } = await ask({ kind: 'collect' }, 'collected');
      const s = summary(latencies.sort((a, b) => a - b));
      rows.push([
        phase.name,
        path.name,
        String(EVENTS),
        String(EVENTS * AGENTS),
        String(latencies.length),
        String(dropped),
        fmt(s.p50),
        fmt(s.p95),
        fmt(s.p99),
        fmt(s.max),
        fmt((cpu.selfMs + cpu.othersMs) / EVENTS, 2),
      ]);
      console.log(`  ${phase.name}: ${path.name} done`);
    }
  }
  console.log(`\n${table(rows)}`);
  console.log('server CPU: the backend process (its own agents excluded: they run in the child) and redis-server, per event sent');
  console.log(loadLine('the latency ranks are the comparable figures'));
  agents.send({ kind: 'close' });
}

runBench('socket-fanout', 120_000, main);
