import { parse } from 'csv-parse/sync';
import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { createAttendant, createQueue, type Attendant } from '../support/factories.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// The tickets export (issue 15): a CSV that a real parser reads back — UTF-8 with a BOM, ";" or "," — with the
// period's tickets (more than one batch, so the keyset paging is crossed), accents intact, tags and CSAT, and
// only what the caller may see. Rows seeded in SQL; the file read through HTTP.
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let attendant: Attendant;
const BULK = 1203;
const ids: Record<string, number> = {};

const one = async <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
  (await ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT }))[0]!;

async function ticket(
  name: string,
  fields: { status: string; userId?: number | null; queueId?: number | null; createdAt?: string; rating?: number },
): Promise<number> {
  const { companyId } = admin.user;
  const contactId = (
    await one<{ id: number }>(`INSERT INTO "Contacts" ("companyId", name, number) VALUES (:companyId, :name, :number) RETURNING id`, {
      companyId,
      name,
      number: `5511977${String(Object.keys(ids).length).padStart(6, '0')}`,
    })
  ).id;
  const row = await one<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", status, "userId", "queueId", "createdAt", "acceptedAt", "closedAt", "csatRating", "csatAnsweredAt")
     VALUES (:companyId, :contactId, :status, :userId, :queueId, COALESCE(:createdAt::timestamptz, now() - interval '2 hours'),
       CASE WHEN :status <> 'pending' THEN now() - interval '90 minutes' END, CASE WHEN :status = 'closed' THEN now() - interval '1 hour' END,
       :rating, CASE WHEN :rating::int IS NOT NULL THEN now() END)
     RETURNING id`,
    {
      companyId,
      contactId,
      status: fields.status,
      userId: fields.userId ?? null,
      queueId: fields.queueId ?? null,
      createdAt: fields.createdAt ?? null,
      rating: fields.rating ?? null,
    },
  );
  ids[name] = row.id;
  return row.id;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  const { companyId } = admin.user;
  await ctx().sequelize.query(`UPDATE "Companies" SET timezone = 'America/Sao_Paulo' WHERE id = :companyId`, { replacements: { companyId } });
  attendant = await createAttendant(app.api, admin.token, 'Márcia Atendente');
  const served = await createQueue(companyId, 'Suporte Técnico', [attendant.id]);
  const other = await createQueue(companyId, 'Cobrança');

  const mine = await ticket('João Ação', { status: 'closed', userId: attendant.id, queueId: served, rating: 5 });
  await ticket('Zé "Aspas"; Silva', { status: 'open', userId: attendant.id, queueId: served });
  await ticket('Pendente da fila', { status: 'pending', queueId: served });
  await ticket('Pendente sem fila', { status: 'pending' });
  await ticket('Pendente de outra fila', { status: 'pending', queueId: other });
  await ticket('Do admin', { status: 'open', userId: admin.user.id, queueId: other });
  await ticket('Antigo', { status: 'closed', userId: attendant.id, createdAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
  const tags = await ctx().sequelize.query<{ id: number }>(
    `INSERT INTO "Tags" ("companyId", name) VALUES (:companyId, 'Orçamento'), (:companyId, 'VIP') RETURNING id`,
    { replacements: { companyId }, type: QueryTypes.SELECT },
  );
  for (const tag of tags)
    await ctx().sequelize.query(`INSERT INTO "TicketTags" ("ticketId", "tagId") VALUES (:mine, :tagId)`, { replacements: { mine, tagId: tag.id } });
  // The bulk, all created at the same instant: the keyset must tell them apart by id.
  await ctx().sequelize.query(
    `WITH c AS (INSERT INTO "Contacts" ("companyId", name, number)
       SELECT :companyId, 'Cliente ' || g, '55118' || lpad(g::text, 8, '0') FROM generate_series(1, :bulk) g RETURNING id)
     INSERT INTO "Tickets" ("companyId", "contactId", status, "userId", "createdAt", "closedAt")
     SELECT :companyId, id, 'closed', :adminId, now() - interval '3 hours', now() FROM c`,
    { replacements: { companyId, bulk: BULK, adminId: admin.user.id } },
  );
}, 60_000);
afterAll(() => app?.stop());

async function download(path: string, token = admin.token): Promise<{ status: number; type: string | null; bytes: Buffer; body: string }> {
  const res = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), bytes, body: bytes.toString('utf8') };
}

const rows = (bytes: Buffer, delimiter: string) => parse(bytes, { bom: true, columns: true, delimiter, skip_empty_lines: true }) as Record<string, string>[];

it('exports every ticket of the period to an admin: BOM, ";", accents, tags and CSAT, read back by a CSV parser', async () => {
  const res = await download('/api/exports/tickets.csv');
  expect(res.status).toBe(200);
  expect(res.type).toBe('text/csv; charset=utf-8');
  expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(res.body.slice(1, res.body.indexOf('\r\n'))).toBe(
    'id;status;contact;number;connection;queue;attendant;createdAt;acceptedAt;closedAt;waitingSeconds;handlingSeconds;tags;csatRating;csatAnsweredAt',
  );
  const read = rows(res.bytes, ';');
  // The last 30 days: everything but "Antigo", each ticket once.
  expect(read).toHaveLength(BULK + 6);
  expect(new Set(read.map((r) => r.id)).size).toBe(read.length);
  expect(read.find((r) => r.contact === 'Antigo')).toBeUndefined();
  const joao = read.find((r) => Number(r.id) === ids['João Ação'])!;
  expect(joao).toMatchObject({
    status: 'closed',
    contact: 'João Ação',
    queue: 'Suporte Técnico',
    attendant: 'Márcia Atendente',
    tags: 'Orçamento, VIP',
    csatRating: '5',
    handlingSeconds: '1800',
  });
  expect(joao.createdAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  expect(read.find((r) => Number(r.id) === ids['Zé "Aspas"; Silva'])!.contact).toBe('Zé "Aspas"; Silva');
  // Oldest first.
  expect(read.map((r) => r.createdAt)).toEqual([...read.map((r) => r.createdAt)].sort());
});

it('separates with "," on request, and takes a period', async () => {
  const comma = await download('/api/exports/tickets.csv?sep=,');
  expect(comma.status).toBe(200);
  expect(comma.body.split('\r\n')[0]).toContain('id,status,contact');
  expect(rows(comma.bytes, ',')).toHaveLength(BULK + 6);

  const from = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
  const longer = rows((await download(`/api/exports/tickets.csv?from=${from}&sep=semicolon`)).bytes, ';');
  expect(longer.map((r) => r.contact)).toContain('Antigo');
  expect(longer).toHaveLength(BULK + 7);
});

it('gives an attendant only the tickets they may see', async () => {
  const read = rows((await download('/api/exports/tickets.csv', attendant.token)).bytes, ';');
  expect(read.map((r) => r.contact).sort()).toEqual(['João Ação', 'Pendente da fila', 'Pendente sem fila', 'Zé "Aspas"; Silva']);
});

it('refuses a bad separator or period with a 400 before any byte', async () => {
  const bad = await download('/api/exports/tickets.csv?sep=|');
  expect(bad.status).toBe(400);
  expect(JSON.parse(bad.body).error.code).toBe('ERR_VALIDATION');
  const backwards = await download('/api/exports/tickets.csv?from=2026-02-01&to=2026-01-01');
  expect(backwards.status).toBe(400);
  expect(JSON.parse(backwards.body).error.code).toBe('ERR_DASHBOARD_RANGE_INVALID');
});

it("exports the dashboard's attendant table to supervisors and admins only", async () => {
  const res = await download('/api/exports/dashboard-attendants.csv');
  expect(res.status).toBe(200);
  const read = rows(res.bytes, ';');
  expect(read[0] && Object.keys(read[0])).toEqual([
    'attendant',
    'closed',
    'avgHandlingSeconds',
    'csatCount',
    'csatAverage',
    'csat1',
    'csat2',
    'csat3',
    'csat4',
    'csat5',
  ]);
  expect(read.find((r) => r.attendant === 'Márcia Atendente')).toMatchObject({ csatCount: '1', csatAverage: '5', csat5: '1' });
  expect((await download('/api/exports/dashboard-attendants.csv', attendant.token)).status).toBe(403);
});
