import { QueryTypes, type Sequelize } from 'sequelize';
import { ctx } from '../../src/context.js';
import { monthUsage, usageReport } from '../../src/db/aiUsage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

// The budget is checked before every AI turn, so its count must stay cheap however many calls a company makes:
// with a few busy companies' usage over three months, the month's SUM reads only that company's rows of this
// month, through the index, and the usage report reads its period through the same index.
let app: TestApp;
const captured: { sql: string; replacements: unknown }[] = [];

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/** The statements sent while `during` runs, with their values. */
async function capture(during: () => Promise<unknown>): Promise<{ sql: string; replacements: unknown }> {
  const sequelize: Sequelize = ctx().sequelize;
  const original = sequelize.query.bind(sequelize);
  captured.length = 0;
  sequelize.query = ((sql: string, options?: { replacements?: unknown }) => {
    captured.push({ sql, replacements: options?.replacements });
    return original(sql, options as never);
  }) as unknown as typeof sequelize.query;
  try {
    await during();
  } finally {
    sequelize.query = original;
  }
  expect(captured).toHaveLength(1);
  return captured[0]!;
}

async function planOf(stmt: { sql: string; replacements: unknown }): Promise<PlanNode> {
  const [row] = await ctx().sequelize.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${stmt.sql}`, {
    replacements: stmt.replacements as Record<string, unknown>,
    type: QueryTypes.SELECT,
  });
  return row!['QUERY PLAN'][0]!.Plan;
}

let thisMonth: number;

beforeAll(async () => {
  app = await startTestApp();
  const { sequelize } = ctx();
  await sequelize.query(`INSERT INTO "Companies" (name) VALUES ('Outra 1'), ('Outra 2')`);
  // 3 companies × 60,000 calls spread over the last 90 days (about a third of them in any month).
  await sequelize.query(`
    INSERT INTO "AiUsage" ("companyId", purpose, model, "promptTokens", "completionTokens", "createdAt")
    SELECT c.id, 'reply', 'gpt-4o-mini', 500 + i % 100, 50 + i % 10, now() - (i * interval '90 days' / 60000)
    FROM generate_series(1, 60000) i CROSS JOIN (SELECT id FROM "Companies" ORDER BY id LIMIT 3) c`);
  // What autovacuum does to an append-only table on its own.
  await sequelize.query(`VACUUM ANALYZE "AiUsage"`);
  const month = await monthUsage(1);
  thisMonth = month!.calls;
}, 120_000);
afterAll(() => app.stop());

it('counts the month for the budget from the (company, time) index, reading only the company’s rows of this month', async () => {
  const plan = await planOf(await capture(() => monthUsage(1)));
  const scans = nodes(plan).filter((n) => n['Relation Name'] === 'AiUsage');
  // Index-only where the pages are all-visible; the planner may pick any of these for a month this size.
  expect(scans.map((n) => n['Node Type'])).toEqual([expect.stringMatching(/^(Index|Index Only|Bitmap Heap) Scan$/)]);
  expect(nodes(plan).filter((n) => n['Index Name'] === 'AiUsage_company_time_tokens')).toHaveLength(1);
  expect(thisMonth).toBeGreaterThan(0);
  expect(thisMonth).toBeLessThan(60_000);
  expect(scans[0]!['Actual Rows']! * (scans[0]!['Actual Loops'] ?? 1)).toBe(thisMonth);
});

it('reads the report’s period through the (company, time) index, never the whole table', async () => {
  const to = new Date();
  const from = new Date(to.getTime() - 30 * 86_400_000);
  const plan = await planOf(await capture(() => usageReport({ companyId: 1, from, to, timezone: 'America/Sao_Paulo' })));
  const scans = nodes(plan).filter((n) => n['Relation Name'] === 'AiUsage');
  expect(scans.map((n) => n['Node Type'])).toEqual([expect.stringMatching(/^(Index|Index Only|Bitmap Heap) Scan$/)]);
  expect(nodes(plan).filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'AiUsage')).toEqual([]);
});
