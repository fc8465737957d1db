// Tickets export memory benchmark: a company with 100k tickets (seed-tickets.ts, a third of the closed ones
// rated, every ticket tagged), the REAL export over loopback HTTP (GET /api/exports/tickets.csv for a year, as
// the admin, who sees every ticket), the body read chunk by chunk and thrown away, while this process's RSS is
// sampled every 20 ms. The figure is the RSS growth over the level just before the request (target < 50 MB:
// the file is streamed in keyset batches, never built). For contrast, in the same run: the same rows read in
// ONE query and the CSV built as one string — what "build it, then send it" costs.
// Usage: npx tsx --expose-gc bench/export.ts [--tickets 100000] [--messages 100000]
import { parseArgs } from 'node:util';
import { QueryTypes } from 'sequelize';
import { ticketExportBatch } from '../backend/src/db/ticketExport.js';
import { csvLine } from '../backend/src/services/exports/csvFile.js';
import { bootBackend } from './lib/boot.js';
import { runBench } from './lib/cleanup.js';
import { fmt, loadLine, machine, sleep, table } from './lib/stats.js';
import { seedTickets } from './seed-tickets.js';

const { values: args } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    messages: { type: 'string', default: '100000' },
  },
});
const TICKETS = Number(args.tickets);
const MESSAGES = Number(args.messages);
const MB = 1024 * 1024;
const remainingMs = process.env.BENCH_DEADLINE ? Number(process.env.BENCH_DEADLINE) - Date.now() : Infinity;

const gc = (globalThis as { gc?: () => void }).gc;

/** RSS before `work` (after a GC when --expose-gc) and its peak while `work` runs, sampled every 20 ms. */
async function rssDuring<T>(work: () => Promise<T>): Promise<{ before: number; peak: number; result: T; seconds: number }> {
  gc?.();
  await sleep(200);
  gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const t0 = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { before, peak, result, seconds: (performance.now() - t0) / 1000 };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<void> {
  if (remainingMs < 100_000) {
    console.log(`export: SKIPPED, only ${fmt(remainingMs / 1000, 0)} s left of the suite's budget; run \`npx tsx --expose-gc bench/export.ts\` alone`);
    return;
  }
  const { atende, sequelize, token, companyId } = await bootBackend('export');
  console.log(`tickets export (CSV) memory — ${machine()}`);
  console.log(loadLine('RSS growth, not time, is the figure here'));
  if (!gc) console.log('no --expose-gc: the baselines are taken without a forced GC (run `npx tsx --expose-gc bench/export.ts` for steadier figures)');
  const seed = await seedTickets(sequelize, { companyId, tickets: TICKETS, messages: MESSAGES, longTickets: 0 });
  // What the export shows beyond the inbox: ratings on a third of the closed tickets, two tags on every ticket.
  await sequelize.query(
    `UPDATE "Tickets" SET "csatRating" = 1 + id % 5, "csatAnsweredAt" = "closedAt" + interval '5 minutes'
     WHERE "companyId" = :companyId AND status = 'closed' AND id % 3 = 0`,
    { replacements: { companyId } },
  );
  await sequelize.query(
    `WITH t AS (INSERT INTO "Tags" ("companyId", name) VALUES (:companyId, 'Orçamento'), (:companyId, 'Pós-venda') RETURNING id)
     INSERT INTO "TicketTags" ("ticketId", "tagId") SELECT k.id, t.id FROM "Tickets" k, t WHERE k."companyId" = :companyId`,
    { replacements: { companyId } },
  );
  await sequelize.query('ANALYZE');
  console.log(`seeded ${seed.tickets} tickets (${seed.messages} messages), ratings and 2 tags per ticket`);

  const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  // A warm-up export, unmeasured: module code, plans and pools are loaded once, not counted as growth.
  await (await fetch(`${atende.url}/api/exports/tickets.csv?from=${from}&to=${from}`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();

  const streamed = await rssDuring(async () => {
    const res = await fetch(`${atende.url}/api/exports/tickets.csv?from=${from}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}`);
    let bytes = 0;
    let lines = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const b of value) if (b === 10) lines += 1;
    }
    return { bytes, rows: lines - 1 };
  });
  if (streamed.result.rows < TICKETS) throw new Error(`the export held ${streamed.result.rows} rows, expected ${TICKETS}`);

  const [{ timezone }] = (await sequelize.query(`SELECT timezone FROM "Companies" WHERE id = :companyId`, {
    replacements: { companyId },
    type: QueryTypes.SELECT,
  })) as [{ timezone: string }];
  const built = await rssDuring(async () => {
    const rows = await ticketExportBatch({ companyId, from: new Date(from), to: new Date(Date.now() + 86_400_000), timezone, after: null, size: TICKETS * 2 });
    const text = rows.map((r) => csvLine(Object.values(r), ';')).join('');
    return { bytes: Buffer.byteLength(text), rows: rows.length };
  });

  console.log(
    table([
      ['path', 'rows', 'MB', 'seconds', 'RSS before', 'RSS peak', 'RSS growth'],
      ...[
        ['atende (streamed over HTTP)', streamed],
        ['built in memory (one query, one string)', built],
      ].map(([label, r]) => {
        const m = r as typeof streamed;
        return [
          label as string,
          String(m.result.rows),
          fmt(m.result.bytes / MB),
          fmt(m.seconds),
          `${fmt(m.before / MB)} MB`,
          `${fmt(m.peak / MB)} MB`,
          `${fmt((m.peak - m.before) / MB)} MB`,
        ];
      }),
    ]),
  );
  const growth = (streamed.peak - streamed.before) / MB;
  console.log(`target: RSS growth < 50 MB while streaming ${streamed.result.rows} rows → ${growth < 50 ? 'MET' : 'MISSED'} (${fmt(growth)} MB)`);
}

runBench('export', 280_000, main);
