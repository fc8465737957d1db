// Authenticated list API throughput: how many first pages of the ticket list (with the tab counts) the REAL
// backend answers per second over keep-alive HTTP, 16 requests in flight from a load process of its own, on a
// bench-sized inbox. Beside it in the same run, a Whaticket-style endpoint on the same database and machine:
// JWT checked without a database read (Whaticket's isAuth), the page by LIMIT/OFFSET with a COUNT beside it,
// on copies of the rows with btree indexes on its sort order.
// Usage: tsx bench/list-throughput.ts [--tickets 20000] [--connections 16] [--seconds 8] [--also /api/tags]
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import { QueryTypes } from 'sequelize';
import { ctx } from '../backend/src/context.js';
import { verifyAccessToken } from '../backend/src/services/auth/tokens.js';
import { bootBackend } from './lib/boot.js';
import { atExit, runBench } from './lib/cleanup.js';
import { cpuMeter } from './lib/cpu.js';
import { fmt, loadLine, machine, summary, table } from './lib/stats.js';
import { seedTickets } from './seed-tickets.js';
import { createWhaticketCopies, WT } from './ticket-list/whaticketStyle.js';

const { values: args } = parseArgs({
  options: {
    tickets: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '8' },
    // Any other authenticated GET, to see what the list itself costs beside the request's fixed part.
    also: { type: 'string', default: '' },
  },
});
const TICKETS = Number(args.tickets);
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);

/** Whaticket's list route in miniature: token verified by signature only, OFFSET page + COUNT, JSON out. */
function whaticketStyleServer(companyId: number) {
  const { sequelize } = ctx();
  const app = express();
  app.get('/wt/tickets', async (req, res) => {
    const token = req.header('authorization')?.slice('Bearer '.length);
    if (!token || !verifyAccessToken(token)) return void res.status(401).end();
    const status = String(req.query.status ?? 'open');
    const offset = 40 * (Number(req.query.pageNumber ?? 1) - 1);
    const tab = `FROM ${WT}."Tickets" t JOIN ${WT}."Contacts" c ON c.id = t."contactId" WHERE t."companyId" = :companyId AND t.status = :status`;
    const [tickets, [count]] = await Promise.all([
      sequelize.query(`SELECT t.*, c.name, c.number ${tab} ORDER BY t."updatedAt" DESC LIMIT 40 OFFSET :offset`, {
        replacements: { companyId, status, offset },
        type: QueryTypes.SELECT,
      }),
      sequelize.query<{ count: number }>(`SELECT count(DISTINCT t.id)::int AS count ${tab}`, { replacements: { companyId, status }, type: QueryTypes.SELECT }),
    ]);
    res.json({ tickets, count: count?.count ?? 0, hasMore: (count?.count ?? 0) > offset + tickets.length });
  });
  return new Promise<{ url: string; close(): Promise<void> }>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

async function main(): Promise<void> {
  const { atende, sequelize, token, companyId } = await bootBackend('throughput');
  const seed = await seedTickets(sequelize, { companyId, tickets: TICKETS, messages: TICKETS * 10, longTickets: 1, longTicketMessages: 100 });
  await createWhaticketCopies(sequelize);
  const wt = await whaticketStyleServer(companyId);
  atExit('whaticket-style server', () => wt.close());

  console.log(`authenticated list API throughput — ${machine()}`);
  console.log(loadLine('the req/s of both paths in the same run are the comparable figures'));
  console.log(
    `${seed.tickets} tickets, ${seed.messages} messages; ${CONNECTIONS} keep-alive connections from a load process on the same 2 cores, ${SECONDS} s per path, as the admin`,
  );
  const rows = [['path', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-200', 'CPU ms/req node+pg']];
  for (const path of [
    { name: 'atende GET /api/tickets (first page + tab counts)', url: `${atende.url}/api/tickets?status=closed&limit=40` },
    { name: 'whaticket-style (OFFSET page + COUNT)', url: `${wt.url}/wt/tickets?status=closed&pageNumber=1` },
    ...(args.also ? [{ name: `atende GET ${args.also}`, url: `${atende.url}${args.also}` }] : []),
  ]) {
    const load = fork(join(import.meta.dirname, 'throughput/load.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    atExit('load process', async () => void load.kill());
    const pgPids = async () =>
      (await sequelize.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`, { type: QueryTypes.SELECT })).map(
        (r) => r.pid,
      );
    const meter = await cpuMeter(pgPids);
    const result = await new Promise<{ latencies: number[]; failed: number; seconds: number }>((resolve) => {
      load.once('message', resolve);
      load.send({ url: path.url, token, connections: CONNECTIONS, durationMs: SECONDS * 1000 });
    });
    const cpu = await meter.stop();
    load.kill();
    const s = summary(result.latencies.sort((a, b) => a - b));
    const done = result.latencies.length;
    rows.push([
      path.name,
      fmt(done / result.seconds, 0),
      fmt(s.p50),
      fmt(s.p95),
      fmt(s.p99),
      String(result.failed),
      `${fmt(cpu.selfMs / done, 2)}+${fmt(cpu.othersMs / done, 2)}`,
    ]);
    console.log(`  ${path.name}: done`);
  }
  console.log(`\n${table(rows)}`);
  console.log('CPU: this process (the backend, or the Whaticket-style server) + the PostgreSQL backends, per answered request');
  console.log(loadLine('the req/s of both paths in the same run are the comparable figures'));
}

runBench('list-throughput', 150_000, main);
