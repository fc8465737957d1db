import { QueryTypes, type Sequelize } from 'sequelize';
import { seedTickets, type SeedResult } from '../../../bench/seed-tickets.js';
import { ctx } from '../../src/context.js';
import { encodeCursor } from '../../src/lib/cursor.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// The ticket list and the message history stay on their indexes at any depth. A bench-sized inbox (smaller:
// 20k tickets / ~200k messages, enough for the planner to prefer indexes) is seeded, the real API is called,
// the SQL the services actually sent is captured, and its EXPLAIN ANALYZE plan tree is read: which index
// serves it, that no Seq Scan touches Tickets or Messages, that nothing is sorted, and that a deep page
// reads no more index entries than the first one (the cursor is an index condition, not a filter).
let app: TestApp;
let token: string;
let seed: SeedResult;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

interface Statement {
  sql: string;
  replacements: unknown;
  bind: unknown;
}

const captured: Statement[] = [];

/** Records every statement the backend sends, with its replacements or bind parameters, while `during` runs. */
async function capture<T>(during: () => Promise<T>): Promise<T> {
  const sequelize: Sequelize = ctx().sequelize;
  const original = sequelize.query.bind(sequelize);
  captured.length = 0;
  sequelize.query = ((sql: string, options?: { replacements?: unknown; bind?: unknown }) => {
    captured.push({ sql, replacements: options?.replacements, bind: options?.bind });
    return original(sql, options as never);
  }) as unknown as typeof sequelize.query;
  try {
    return await during();
  } finally {
    sequelize.query = original;
  }
}

function statement(pattern: RegExp): Statement {
  const found = captured.filter((c) => pattern.test(c.sql));
  expect(found).toHaveLength(1);
  return found[0]!;
}

async function planOf(stmt: Statement): Promise<PlanNode> {
  const [row] = await ctx().sequelize.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${stmt.sql}`, {
    replacements: stmt.replacements as Record<string, unknown>,
    bind: stmt.bind as unknown[],
    type: QueryTypes.SELECT,
  });
  return row!['QUERY PLAN'][0]!.Plan;
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The scan of `relation`: there must be exactly one, on an index. */
function scanOf(plan: PlanNode, relation: string): PlanNode {
  const scans = nodes(plan).filter((n) => n['Relation Name'] === relation);
  expect(scans.map((n) => n['Node Type'])).toEqual([expect.stringMatching(/^Index (Only )?Scan$/)]);
  return scans[0]!;
}

function expectNoSeqScanOrSort(plan: PlanNode): void {
  const all = nodes(plan);
  expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && /^(Tickets|Messages)$/.test(n['Relation Name'] ?? '')).map((n) => n['Relation Name'])).toEqual([]);
  expect(all.filter((n) => /Sort/.test(n['Node Type'])).map((n) => n['Node Type'])).toEqual([]);
}

const LIST = /FROM "Tickets" t JOIN "Contacts" c[\s\S]*ORDER BY t\."lastMessageAt" DESC, t\.id DESC LIMIT/;
const OLDEST = /FROM "Tickets" t JOIN "Contacts" c[\s\S]*ORDER BY t\."pendingSince" ASC, t\.id ASC LIMIT/;
const HISTORY = /FROM "Messages" m WHERE m\."ticketId" = [\s\S]*ORDER BY m\."sentAt" DESC, m\.id DESC LIMIT/;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  seed = await seedTickets(ctx().sequelize, { companyId: 1, tickets: 20_000, messages: 200_000, longTickets: 2, longTicketMessages: 2_000 });
}, 120_000);
afterAll(() => app.stop());

async function cursorAt(sql: string, replacements: Record<string, unknown>): Promise<string> {
  const [row] = await ctx().sequelize.query<{ at: Date; id: number }>(sql, { replacements, type: QueryTypes.SELECT });
  return encodeCursor([new Date(row!.at).toISOString(), Number(row!.id)]);
}

/**
 * Calls the API for a full page, then reads the plan of the statement matching `pattern`: `relation` is read
 * once, through `index`, returning no more rows than the page (+1 to know there is a next one).
 */
async function pageServedBy(
  path: string,
  page: { key: 'tickets' | 'messages'; limit: number },
  pattern: RegExp,
  relation: string,
  index: string,
): Promise<PlanNode> {
  const res = await capture(() => app.api.get(path, { token }));
  expect(res.status).toBe(200);
  expect(res.body[page.key]).toHaveLength(page.limit);
  const plan = await planOf(statement(pattern));
  expectNoSeqScanOrSort(plan);
  const scan = scanOf(plan, relation);
  expect(scan['Index Name']).toBe(index);
  expect(scan['Actual Rows']).toBeLessThanOrEqual(page.limit + 1);
  return scan;
}

const TICKET_PAGE = { key: 'tickets', limit: 30 } as const;
const MESSAGE_PAGE = { key: 'messages', limit: 50 } as const;

it('serves the first page of the ticket list (and its capped counts) from the (company, status, lastMessageAt, id) index', async () => {
  await pageServedBy('/api/tickets?status=closed&limit=30', TICKET_PAGE, LIST, 'Tickets', 'Tickets_company_status_last');

  // The tab counts stop at 1,000 each: whatever the planner picks for a tab holding most of the company's
  // tickets (a scan that stops early may beat the index there), every read of Tickets sits under a Limit.
  const counts = await planOf(statement(/count\(\*\)/));
  const unlimited = (n: PlanNode, limited: boolean): PlanNode[] => [
    ...(n['Relation Name'] === 'Tickets' && !limited ? [n] : []),
    ...(n.Plans ?? []).flatMap((c) => unlimited(c, limited || n['Node Type'] === 'Limit')),
  ];
  expect(unlimited(counts, false)).toEqual([]);
  expect(nodes(counts).filter((n) => n['Relation Name'] === 'Contacts')).toEqual([]); // not needed without a search
});

/**
 * Searches the closed tab for `search` and reads the plans of the page and of its counts: messages and contacts
 * are each read once, through their trigram indexes (the folded ones of migration 0018 for message texts and
 * names: accents and case do not matter), never once per ticket and never by a scan of the table.
 */
async function searchServedByTrigrams(search: string): Promise<{ found: number }> {
  const res = await capture(() => app.api.get(`/api/tickets?status=closed&limit=30&search=${encodeURIComponent(search)}`, { token }));
  expect(res.status).toBe(200);
  for (const plan of [await planOf(statement(LIST)), await planOf(statement(/count\(\*\)/))]) {
    const all = nodes(plan);
    const messageReads = all.filter((n) => n['Relation Name'] === 'Messages' || n['Index Name'] === 'Messages_body_folded_trgm');
    expect(messageReads.map((n) => [n['Node Type'], n['Index Name'], n['Actual Loops']])).toEqual([
      ['Bitmap Heap Scan', undefined, 1],
      ['Bitmap Index Scan', 'Messages_body_folded_trgm', 1],
    ]);
    // The contacts by name and by number (the one cannot be told from the other by what was typed).
    const contactIndexes = all.filter((n) => n['Node Type'] === 'Bitmap Index Scan' && /^Contacts_/.test(n['Index Name'] ?? '')).map((n) => n['Index Name']);
    expect(contactIndexes.sort()).toEqual(['Contacts_name_folded_trgm', 'Contacts_number_trgm']);
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && /^(Messages|Contacts)$/.test(n['Relation Name'] ?? ''))).toEqual([]);
    // Nothing found: next to no ticket is read (a hash join may take one row of a tab before it sees no hits);
    // the planner may scan Tickets once when the hits are many.
    const ticketRows = all.filter((n) => n['Relation Name'] === 'Tickets').reduce((sum, n) => sum + (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 0), 0);
    if (res.body.tickets.length === 0) expect(ticketRows).toBeLessThanOrEqual(3);
  }
  return { found: res.body.tickets.length };
}

it('finds a searched word through the trigram indexes, once, instead of reading every ticket’s messages', async () => {
  // 'xyzzyq': a word nobody wrote (before, the tab and each of its three counts probed the messages of every
  // ticket: the whole tab's history); 'reembolso': ~1,000 messages of the 200k.
  expect(await searchServedByTrigrams('xyzzyq')).toEqual({ found: 0 });
  expect(await searchServedByTrigrams('reembolso')).toEqual({ found: 30 });
});

it('finds accent-less searches through the same indexes: tickets by contact name, number and message text', async () => {
  // The seed's names carry accents ("João Ferreira …": ~40 contacts of 16,000); a few hundred messages are
  // made to offer "frete grátis". Typed without accents, each is found, still through the trigram indexes.
  await ctx().sequelize.query(`UPDATE "Messages" SET body = 'Tem frete grátis para Campinas?' WHERE id % 500 = 7; ANALYZE "Messages"`);
  for (const search of ['joao ferreira', 'FRETE GRATIS', '190000123']) {
    const { found } = await searchServedByTrigrams(search);
    expect({ search, found: found > 0 }).toEqual({ search, found: true });
  }
});

it('finds contacts by a name typed without accents through the folded trigram index', async () => {
  const res = await capture(() => app.api.get(`/api/contacts?search=${encodeURIComponent('joao ferreira')}`, { token }));
  expect(res.status).toBe(200);
  expect(res.body.contacts.length).toBeGreaterThan(0);
  expect(res.body.contacts.every((c: { name: string }) => c.name.startsWith('João Ferreira'))).toBe(true);
  const all = nodes(await planOf(statement(/FROM "Contacts" c\s+WHERE/)));
  expect(all.filter((n) => n['Relation Name'] === 'Contacts').map((n) => n['Node Type'])).toEqual(['Bitmap Heap Scan']);
  expect(all.filter((n) => n['Node Type'] === 'Bitmap Index Scan').map((n) => n['Index Name'])).toEqual(['Contacts_name_folded_trgm']);
});

it('serves a deep page of the ticket list by seeking the index at the cursor', async () => {
  const cursor = await cursorAt(
    `SELECT "lastMessageAt" AS at, id FROM "Tickets" WHERE "companyId" = 1 AND status = 'closed'
     ORDER BY "lastMessageAt" DESC, id DESC OFFSET 15000 LIMIT 1`,
    {},
  );
  const scan = await pageServedBy(`/api/tickets?status=closed&limit=30&cursor=${cursor}`, TICKET_PAGE, LIST, 'Tickets', 'Tickets_company_status_last');
  // The cursor positions the scan (an index condition, not a filter): 15,000 rows down reads what the top does.
  expect(scan['Index Cond']).toMatch(/lastMessageAt/);
});

it('serves the oldest-waiting-first order, first and deep page, from the (company, status, pendingSince, id) index', async () => {
  await pageServedBy('/api/tickets?status=pending&order=oldest&limit=30', TICKET_PAGE, OLDEST, 'Tickets', 'Tickets_company_status_pending_since');
  const cursor = await cursorAt(
    `SELECT "pendingSince" AS at, id FROM "Tickets" WHERE "companyId" = 1 AND status = 'pending' ORDER BY "pendingSince", id OFFSET 500 LIMIT 1`,
    {},
  );
  const scan = await pageServedBy(
    `/api/tickets?status=pending&order=oldest&limit=30&cursor=${cursor}`,
    TICKET_PAGE,
    OLDEST,
    'Tickets',
    'Tickets_company_status_pending_since',
  );
  expect(scan['Index Cond']).toMatch(/pendingSince/);
});

it('serves the first page and a deep page of a message history from the (ticketId, sentAt, id) index', async () => {
  const ticketId = seed.longTicketIds[0]!;
  await pageServedBy(`/api/messages/${ticketId}?limit=50`, MESSAGE_PAGE, HISTORY, 'Messages', 'Messages_ticket_history');
  const before = await cursorAt(`SELECT "sentAt" AS at, id FROM "Messages" WHERE "ticketId" = :ticketId ORDER BY "sentAt" DESC, id DESC OFFSET 1500 LIMIT 1`, {
    ticketId,
  });
  const scan = await pageServedBy(`/api/messages/${ticketId}?limit=50&before=${before}`, MESSAGE_PAGE, HISTORY, 'Messages', 'Messages_ticket_history');
  expect(scan['Index Cond']).toMatch(/sentAt/);
});

it('computes the dashboard from index range scans, never a scan of whole tables', async () => {
  const res = await capture(() => app.api.get('/api/dashboard', { token })); // the last 30 days
  expect(res.status).toBe(200);
  expect(res.body.totals.created).toBeGreaterThan(1000);
  expect(res.body.totals.closed).toBeGreaterThan(100); // closes are read from the tickets' history
  const figures = captured.filter((c) => /FROM "(Tickets|Contacts|TicketHistories)"/.test(c.sql));
  expect(figures.length).toBeGreaterThanOrEqual(4);
  const seqScans: string[] = [];
  const indexes: string[] = [];
  for (const stmt of figures) {
    for (const n of nodes(await planOf(stmt))) {
      if (n['Node Type'] === 'Seq Scan') seqScans.push(n['Relation Name'] ?? '?');
      if (n['Index Name']) indexes.push(n['Index Name']);
    }
  }
  expect(seqScans).toEqual([]);
  expect(indexes).toEqual(
    expect.arrayContaining(['Tickets_company_created', 'TicketHistories_company_closes', 'Contacts_company_created', 'Tickets_company_csat_answered']),
  );
});
