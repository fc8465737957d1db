// The kanban at 5,000 open deals (issue 15): a company whose "Vendas" pipeline holds N open deals spread over
// its four open stages (40 / 30 / 20 / 10 %, so one column is long), each with its own contact and half of them
// owned by the admin, plus optional closed ones in Ganho / Perdido. Timed, as the admin (who sees every deal):
//
//  - atende API: GET /api/deals/board (each stage's count and total + its first 50 cards, keyset) and one
//    column's next page, GET /api/deals?stageId=&cursor= (a page 1,000 cards down the longest column, and its
//    last page), over loopback HTTP (auth, JSON);
//  - atende service: the same `loadDealBoard` / `listDeals` calls in-process (the same SQL without HTTP);
//  - whaticket-style (SQL only, on the same table and indexes): each column by findAndCountAll —
//    `LIMIT 50 OFFSET k` with a COUNT and a SUM beside it, one column after the other as a per-column fetch does;
//    a deep page by OFFSET. It is kinder than an ORM's includes (plain joins), so the ratio is a lower bound.
//
// Then EXPLAIN (ANALYZE, BUFFERS) of the statements the service really sent (captured from Sequelize's logging
// while calling it), to show which index each one uses.
// Usage: npx tsx bench/crmBoard.ts [--deals 5000] [--closed 0] [--requests 200] [--whaticket-requests 100]
import { parseArgs } from 'node:util';
import { QueryTypes, type Sequelize } from 'sequelize';
import { findUser } from '../backend/src/db/users.js';
import { listDeals } from '../backend/src/services/deals/listDeals.js';
import { loadDealBoard } from '../backend/src/services/deals/loadDealBoard.js';
import { bootBackend } from './lib/boot.js';
import { runBench } from './lib/cleanup.js';
import { fmt, loadLine, machine, summary, table } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    deals: { type: 'string', default: '5000' },
    closed: { type: 'string', default: '0' },
    requests: { type: 'string', default: '200' },
    'whaticket-requests': { type: 'string', default: '100' },
  },
});
const DEALS = Number(args.deals);
const CLOSED = Number(args.closed);
const REQUESTS = Number(args.requests);
const WT_REQUESTS = Number(args['whaticket-requests']);
const PAGE = 50;
/** How far down the longest column the "deep page" starts. */
const DEPTH = 1000;
const remainingMs = process.env.BENCH_DEADLINE ? Number(process.env.BENCH_DEADLINE) - Date.now() : Infinity;

interface Stage {
  id: number;
  name: string;
  kind: string;
}

/** Open deals over the open stages (40/30/20/10 %), closed ones 60/40 over won/lost; positions 0..n-1 per stage. */
async function seedDeals(sequelize: Sequelize, companyId: number, pipelineId: number, stages: Stage[], adminId: number): Promise<Map<number, number>> {
  const open = stages.filter((s) => s.kind === 'open');
  const shares = [0.4, 0.3, 0.2, 0.1];
  const counts = new Map<number, number>();
  let left = DEALS;
  open.forEach((s, i) => {
    const n = i === open.length - 1 ? left : Math.round(DEALS * (shares[i] ?? 0));
    counts.set(s.id, n);
    left -= n;
  });
  const won = stages.find((s) => s.kind === 'won');
  const lost = stages.find((s) => s.kind === 'lost');
  if (won && lost && CLOSED > 0) {
    counts.set(won.id, Math.round(CLOSED * 0.6));
    counts.set(lost.id, CLOSED - Math.round(CLOSED * 0.6));
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  await sequelize.transaction(async (transaction) => {
    await sequelize.query(
      `INSERT INTO "Contacts" ("companyId", name, number, "leadScore")
       SELECT :companyId, 'Cliente ' || g, '5511' || lpad(g::text, 9, '0'), CASE WHEN g % 3 = 0 THEN NULL ELSE g % 101 END
       FROM generate_series(1, :total) g`,
      { replacements: { companyId, total }, transaction },
    );
    let offset = 0;
    for (const [stageId, n] of counts) {
      const stage = stages.find((s) => s.id === stageId)!;
      await sequelize.query(
        `INSERT INTO "Deals" ("companyId", "pipelineId", "stageId", position, title, value, "contactId", "ownerId", source, "lostReason", "closedAt", "createdAt", "updatedAt")
         SELECT :companyId, :pipelineId, :stageId, g - 1, 'Negócio ' || (:offset + g), ((:offset + g) * 7919 % 500000) * 100,
           (SELECT id FROM "Contacts" WHERE "companyId" = :companyId AND number = '5511' || lpad((:offset + g)::text, 9, '0')),
           CASE WHEN g % 2 = 0 THEN :adminId END, 'manual',
           CASE WHEN :kind = 'lost' THEN 'Preço' END, CASE WHEN :kind <> 'open' THEN now() - (g || ' hours')::interval END,
           now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
         FROM generate_series(1, :n) g`,
        { replacements: { companyId, pipelineId, stageId, n, offset, adminId, kind: stage.kind }, transaction },
      );
      offset += n;
    }
  });
  await sequelize.query(`ANALYZE "Deals", "Contacts"`);
  await sequelize.query(`VACUUM "Deals", "Contacts"`);
  return counts;
}

async function timed(n: number, run: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** Runs `work` while recording every statement Sequelize sends (with the replacements already escaped in). */
async function statementsOf(sequelize: Sequelize, work: () => Promise<unknown>): Promise<string[]> {
  const options = (sequelize as unknown as { options: { logging?: unknown } }).options;
  const before = options.logging;
  const seen: string[] = [];
  options.logging = (sql: string) => seen.push(sql.replace(/^Executing \([^)]*\):\s*/, ''));
  try {
    await work();
  } finally {
    options.logging = before;
  }
  return seen;
}

async function explain(sequelize: Sequelize, sql: string): Promise<string> {
  const rows = await sequelize.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, { type: QueryTypes.SELECT });
  return rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n');
}

async function main(): Promise<void> {
  if (remainingMs < 60_000) {
    console.log(`crmBoard: SKIPPED, only ${fmt(remainingMs / 1000, 0)} s left of the suite's budget; run \`npx tsx bench/crmBoard.ts\` alone`);
    return;
  }
  const { atende, sequelize, token, companyId } = await bootBackend('crmboard');
  console.log(`kanban at ${DEALS} open deals (${CLOSED} closed) — ${machine()}`);
  console.log(loadLine('compare the columns of one run; the ratio moves less than the milliseconds'));
  const select = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    sequelize.query<T>(sql, { replacements: { companyId, ...replacements }, type: QueryTypes.SELECT });
  const [pipeline] = await select<{ id: number }>(`SELECT id FROM "Pipelines" WHERE "companyId" = :companyId ORDER BY position, id LIMIT 1`);
  const stages = await select<Stage>(`SELECT id, name, kind FROM "PipelineStages" WHERE "pipelineId" = :pipelineId ORDER BY position`, {
    pipelineId: pipeline!.id,
  });
  const [admin] = await select<{ id: number }>(`SELECT id FROM "Users" WHERE "companyId" = :companyId AND profile = 'admin' ORDER BY id LIMIT 1`);
  const t0 = performance.now();
  const counts = await seedDeals(sequelize, companyId, pipeline!.id, stages, admin!.id);
  console.log(
    `seeded in ${fmt((performance.now() - t0) / 1000)} s: ${stages.map((s) => `${s.name} ${counts.get(s.id) ?? 0}`).join(', ')} (every deal with a contact, half owned by the admin)`,
  );
  const actor = (await findUser(admin!.id))!;
  const longest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const [longestStage, longestCount] = longest;
  const pipelineId = pipeline!.id;

  // The cursors of the deep page and the last page: after the card at DEPTH-1 / count-PAGE-1 (keyset: position, id).
  const cursorAt = async (position: number) => {
    const [row] = await select<{ id: number; position: number }>(`SELECT id, position FROM "Deals" WHERE "stageId" = :stageId AND position = :position`, {
      stageId: longestStage,
      position,
    });
    return `p${row!.position}.${row!.id}`;
  };
  const deepCursor = await cursorAt(Math.min(DEPTH, longestCount - PAGE) - 1);
  const lastCursor = await cursorAt(longestCount - PAGE - 1);
  const get = async (path: string) => {
    const res = await fetch(`${atende.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  const boardPath = `/api/deals/board?pipelineId=${pipelineId}`;
  const columnPath = (cursor: string) => `/api/deals?pipelineId=${pipelineId}&stageId=${longestStage}&cursor=${encodeURIComponent(cursor)}&limit=${PAGE}`;
  const searchPath = `/api/deals/board?pipelineId=${pipelineId}&search=${encodeURIComponent('Cliente 12')}`;

  // A check that the API answers what the figures are about: every column counted, 50 cards each, the deep page right.
  const board = (await get(boardPath)) as { columns: { stageId: number; count: number; deals: unknown[]; nextCursor: string | null }[] };
  for (const column of board.columns) {
    const expected = counts.get(column.stageId) ?? 0;
    if (column.count !== expected || column.deals.length !== Math.min(PAGE, expected)) {
      throw new Error(`board column ${column.stageId}: ${column.count} counted / ${column.deals.length} cards, expected ${expected}`);
    }
  }
  const deep = (await get(columnPath(deepCursor))) as { deals: { position: number }[] };
  if (deep.deals[0]?.position !== Math.min(DEPTH, longestCount - PAGE) || deep.deals.length !== PAGE) throw new Error('the deep page starts at the wrong card');

  // Warm-up (plans, pools, JIT), unmeasured.
  await timed(20, () => get(boardPath));
  await timed(20, () => get(columnPath(deepCursor)));

  const wt = {
    /** One column the findAndCountAll way: a page by OFFSET, its COUNT and its SUM beside it. */
    column: (stageId: number, offset: number) =>
      Promise.all([
        select(
          `SELECT d.*, c.name AS "contactName", c.number AS "contactNumber", c."leadScore", u.name AS "ownerName"
           FROM "Deals" d LEFT JOIN "Contacts" c ON c.id = d."contactId" LEFT JOIN "Users" u ON u.id = d."ownerId"
           WHERE d."companyId" = :companyId AND d."pipelineId" = :pipelineId AND d."stageId" = :stageId
           ORDER BY d.position, d.id LIMIT ${PAGE} OFFSET :offset`,
          { pipelineId, stageId, offset },
        ),
        select(`SELECT count(*) FROM "Deals" d WHERE d."companyId" = :companyId AND d."pipelineId" = :pipelineId AND d."stageId" = :stageId`, {
          pipelineId,
          stageId,
        }),
        select(`SELECT sum(value) FROM "Deals" d WHERE d."companyId" = :companyId AND d."pipelineId" = :pipelineId AND d."stageId" = :stageId`, {
          pipelineId,
          stageId,
        }),
      ]),
  };
  const wtBoard = async () => {
    for (const stage of stages) await wt.column(stage.id, 0);
  };

  const rows: { label: string; api?: number[]; service?: number[]; whaticket?: number[] }[] = [];
  rows.push({
    label: `board: ${stages.length} columns, counts + totals + first ${PAGE} cards each`,
    api: await timed(REQUESTS, () => get(boardPath)),
    service: await timed(REQUESTS, () => loadDealBoard(actor, { pipelineId }, PAGE)),
    whaticket: await timed(WT_REQUESTS, wtBoard),
  });
  rows.push({
    label: `next page of the longest column (${longestCount}), ${Math.min(DEPTH, longestCount - PAGE)} cards down`,
    api: await timed(REQUESTS, () => get(columnPath(deepCursor))),
    service: await timed(REQUESTS, () => listDeals(actor, { pipelineId, stageId: longestStage, cursor: deepCursor, limit: PAGE })),
    whaticket: await timed(WT_REQUESTS, () => wt.column(longestStage, Math.min(DEPTH, longestCount - PAGE))),
  });
  rows.push({
    label: `last page of the longest column (${longestCount - PAGE} cards down)`,
    api: await timed(REQUESTS, () => get(columnPath(lastCursor))),
    service: await timed(REQUESTS, () => listDeals(actor, { pipelineId, stageId: longestStage, cursor: lastCursor, limit: PAGE })),
    whaticket: await timed(WT_REQUESTS, () => wt.column(longestStage, longestCount - PAGE)),
  });
  rows.push({
    label: `board filtered by text ("Cliente 12", contact name)`,
    api: await timed(Math.ceil(REQUESTS / 4), () => get(searchPath)),
    service: await timed(Math.ceil(REQUESTS / 4), () => loadDealBoard(actor, { pipelineId, search: 'Cliente 12' }, PAGE)),
  });

  const cell = (ms: number[] | undefined) => {
    if (!ms) return '—';
    const s = summary(ms);
    return `${fmt(s.p50)} / ${fmt(s.p95)}`;
  };
  console.log(
    table([
      ['ms p50 / p95', 'atende API', 'atende service', 'whaticket-style (SQL)', 'whaticket ÷ service (p50)'],
      ...rows.map((r) => [
        r.label,
        cell(r.api),
        cell(r.service),
        cell(r.whaticket),
        r.whaticket && r.service ? `×${fmt(summary(r.whaticket).p50 / summary(r.service).p50)}` : '—',
      ]),
    ]),
  );
  console.log(`requests per figure: atende ${REQUESTS} (text filter ${Math.ceil(REQUESTS / 4)}), whaticket-style ${WT_REQUESTS}, one after the other`);

  console.log('\nEXPLAIN (ANALYZE, BUFFERS) of the statements the service sent:');
  const plans: [string, () => Promise<unknown>][] = [
    ['board', () => loadDealBoard(actor, { pipelineId }, PAGE)],
    ['deep page', () => listDeals(actor, { pipelineId, stageId: longestStage, cursor: deepCursor, limit: PAGE })],
  ];
  for (const [label, work] of plans) {
    const statements = (await statementsOf(sequelize, work)).filter((sql) => /^\s*SELECT/i.test(sql) && /"Deals"/.test(sql));
    for (const sql of statements) {
      const kind = /count\(\*\)/.test(sql) ? 'counts and totals per stage' : /LATERAL/.test(sql) ? 'first page of every column' : 'one column, keyset';
      console.log(`\n  ${label} — ${kind}:`);
      console.log(await explain(sequelize, sql));
    }
  }
  console.log(`\n  whaticket-style — the longest column's page ${longestCount - PAGE} cards down by OFFSET:`);
  console.log(
    await explain(
      sequelize,
      `SELECT d.* FROM "Deals" d WHERE d."companyId" = ${companyId} AND d."pipelineId" = ${pipelineId} AND d."stageId" = ${longestStage} ORDER BY d.position, d.id LIMIT ${PAGE} OFFSET ${longestCount - PAGE}`,
    ),
  );
}

runBench('crmBoard', 240_000, main);
