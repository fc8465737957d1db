import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// The campaign report as CSV (issue 14): UTF-8 with a BOM, ";" between cells, one row per recipient in the
// order they were resolved — more rows than one export batch, so the keyset paging is crossed — with times in
// the company's clock, and formula-looking names neutralised as in the contacts export.
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
const COUNT = 1203;

const one = async <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
  (await ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT }))[0]!;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await ctx().sequelize.query(`UPDATE "Companies" SET timezone = 'America/Sao_Paulo' WHERE id = :id`, { replacements: { id: admin.user.companyId } });
}, 60_000);
afterAll(() => app?.stop());

async function download(id: number, token = admin.token): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
  const res = await fetch(`${app.url}/api/campaigns/${id}/shippings.csv`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

it('streams every recipient with its status and times, BOM first, in the company’s clock', async () => {
  const { companyId } = admin.user;
  const whatsappId = (await one<{ id: number }>(`INSERT INTO "Whatsapps" ("companyId", name) VALUES (:companyId, 'Loja') RETURNING id`, { companyId })).id;
  const tagId = (await one<{ id: number }>(`INSERT INTO "Tags" ("companyId", name) VALUES (:companyId, 'Todos') RETURNING id`, { companyId })).id;
  await ctx().sequelize.query(
    `WITH made AS (
       INSERT INTO "Contacts" ("companyId", name, number)
       SELECT :companyId, CASE WHEN g = 1 THEN '=HYPERLINK("x")' ELSE 'Cliente ' || g END, '55119' || lpad(g::text, 8, '0') FROM generate_series(1, :count) g
       RETURNING id)
     INSERT INTO "ContactTags" ("contactId", "tagId") SELECT id, :tagId FROM made`,
    { replacements: { companyId, count: COUNT, tagId } },
  );
  const optedOut = await one<{ id: number }>(
    `UPDATE "Contacts" SET "optedOutAt" = now() WHERE number = '5511900000002' AND "companyId" = :companyId RETURNING id`,
    { companyId },
  );
  const created = await app.api.post(
    '/api/campaigns',
    // Scheduled for later: the sending engine leaves its recipients as the test sets them.
    {
      name: 'Relatório',
      whatsappId,
      messages: [{ body: 'A' }, { body: 'B' }],
      ratePerMinute: 60,
      target: { tagIds: [tagId] },
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
    { token: admin.token },
  );
  const id = created.body.campaign.id;
  expect((await app.api.post(`/api/campaigns/${id}/start`, {}, { token: admin.token })).body.campaign.stats).toMatchObject({ total: COUNT, optedOut: 1 });
  // What the engine writes as WhatsApp acknowledges, set here on the first recipient.
  await ctx().sequelize.query(
    `UPDATE "CampaignShippings" SET status = 'read', "sentAt" = '2026-12-07T15:00:00Z', "deliveredAt" = '2026-12-07T15:00:05Z', "readAt" = '2026-12-07T15:10:00Z'
     WHERE "campaignId" = :id AND number = '5511900000001'`,
    { replacements: { id } },
  );
  // Cancelled: the report is still there, the rows left pending show as never sent.
  await app.api.post(`/api/campaigns/${id}/cancel`, {}, { token: admin.token });

  const file = await download(id);
  expect(file.status).toBe(200);
  expect(file.type).toBe('text/csv; charset=utf-8');
  expect(file.disposition).toBe(`attachment; filename="campanha-${id}.csv"`);
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  expect(lines[0]).toBe('name;number;variant;status;reason;sentAt;deliveredAt;readAt;repliedAt;failedAt');
  expect(lines).toHaveLength(COUNT + 1);
  expect(lines[1]).toBe(`"'=HYPERLINK(""x"")";5511900000001;1;read;;2026-12-07 12:00:00;2026-12-07 12:00:05;2026-12-07 12:10:00;;`);
  expect(lines[2]).toBe('Cliente 2;5511900000002;;skipped;opted_out;;;;;');
  expect(lines[3]).toBe('Cliente 3;5511900000003;2;pending;;;;;;');
  expect(lines[COUNT]).toMatch(new RegExp(`^Cliente ${COUNT};55119${String(COUNT).padStart(8, '0')};[12];pending;;;;;;$`));
  expect(new Set(lines.slice(1).map((l) => l.split(';')[1])).size).toBe(COUNT);
  expect(optedOut.id).toBeGreaterThan(0);
}, 60_000);

it('answers 404 for a campaign that is not the company’s, before any byte of a file', async () => {
  const file = await download(2147483647);
  expect(file.status).toBe(404);
  expect(JSON.parse(file.bytes.toString('utf8')).error.code).toBe('ERR_CAMPAIGN_NOT_FOUND');
});
