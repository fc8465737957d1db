import { parse } from 'csv-parse/sync';
import type { PipelineView } from '@atende/contract';
import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { createAttendant, type Attendant } from '../support/factories.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// The deals export (issue 15): a CSV a real parser reads back — BOM, ";" with a decimal comma or "," with a point —
// with every deal of the pipeline across more than one batch, accents intact, money from cents, and only what the
// caller may see: an attendant's file holds the deals they own. Deals made through the API; the bulk in SQL.
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let attendant: Attendant;
let vendas: PipelineView;
const BULK = 1104;

const one = async <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
  (await ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT }))[0]!;

async function download(path: string, token = admin.token): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()).toString('utf8') };
}

const rowsOf = (body: string, delimiter: string) => parse(body, { bom: true, columns: true, delimiter, skip_empty_lines: true }) as Record<string, string>[];

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  attendant = await createAttendant(app.api, admin.token, 'Márcia Vendedora');
  vendas = (await app.api.get('/api/pipelines', { token: admin.token })).body.pipelines.find((p: PipelineView) => p.name === 'Vendas');
  const contact = await one<{ id: number }>(
    `INSERT INTO "Contacts" ("companyId", name, number) VALUES (:companyId, 'José Conceição', '5511966660001') RETURNING id`,
    { companyId: admin.user.companyId },
  );
  const lost = vendas.stages.find((s) => s.kind === 'lost')!;
  const mine = await app.api.post('/api/deals', { title: 'Orçamento de pães ”especiais”', contactId: contact.id, value: 123450 }, { token: attendant.token });
  expect(mine.status).toBe(201);
  const theirs = await app.api.post('/api/deals', { title: 'Buffet de casamento', value: 99, ownerId: admin.user.id }, { token: admin.token });
  await app.api.put(`/api/deals/${theirs.body.deal.id}`, { stageId: lost.id, position: 0, lostReason: 'Preço; achou caro' }, { token: admin.token });
  await ctx().sequelize.query(
    `INSERT INTO "Deals" ("companyId", "pipelineId", "stageId", position, title, value, "ownerId", source)
     SELECT :companyId, :pipelineId, :stageId, 1000 + g, 'Lote ' || g, g * 100, :ownerId, 'manual' FROM generate_series(1, :bulk) g`,
    { replacements: { companyId: admin.user.companyId, pipelineId: vendas.id, stageId: vendas.stages[0]!.id, ownerId: admin.user.id, bulk: BULK } },
  );
}, 60_000);
afterAll(() => app?.stop());

it('streams every deal with its stage, money and dates, BOM first, parsed back by a CSV reader', async () => {
  const file = await download(`/api/exports/deals.csv?pipelineId=${vendas.id}`);
  expect([file.status, file.type]).toEqual([200, 'text/csv; charset=utf-8']);
  expect(file.body.charCodeAt(0)).toBe(0xfeff);
  const rows = rowsOf(file.body, ';');
  expect(rows).toHaveLength(BULK + 2);
  expect(new Set(rows.map((r) => r.id)).size).toBe(BULK + 2);
  expect(rows.find((r) => r.title === 'Orçamento de pães ”especiais”')).toMatchObject({
    pipeline: 'Vendas',
    stage: 'Novo lead',
    stageKind: 'open',
    value: '1234,50',
    owner: 'Márcia Vendedora',
    contact: 'José Conceição',
    number: '5511966660001',
    source: 'manual',
    closedAt: '',
  });
  const lost = rows.find((r) => r.title === 'Buffet de casamento')!;
  expect(lost).toMatchObject({ stage: 'Perdido', stageKind: 'lost', value: '0,99', lostReason: 'Preço; achou caro' });
  expect(lost.closedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  const comma = rowsOf((await download(`/api/exports/deals.csv?pipelineId=${vendas.id}&sep=comma`)).body, ',');
  expect(comma.find((r) => r.title === 'Orçamento de pães ”especiais”')?.value).toBe('1234.50');
});

it('gives an attendant only the deals they own, and answers 404 for another company’s pipeline before any byte', async () => {
  const file = await download('/api/exports/deals.csv', attendant.token);
  expect(rowsOf(file.body, ';').map((r) => r.title)).toEqual(['Orçamento de pães ”especiais”']);
  const missing = await download('/api/exports/deals.csv?pipelineId=999999');
  expect([missing.status, JSON.parse(missing.body).error.code]).toEqual([404, 'ERR_PIPELINE_NOT_FOUND']);
  const bad = await download('/api/exports/deals.csv?sep=tab');
  expect([bad.status, JSON.parse(bad.body).error.code]).toEqual([400, 'ERR_VALIDATION']);
});
