import pg from 'pg';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { folded, foldedContains } from '../../src/lib/textSearch.js';

let app: TestApp;
let token: string;
let contactId: number;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  contactId = (await app.api.post('/api/contacts', { name: 'Base', number: '11 98765-4321' }, { token })).body.contact.id;
});
afterAll(() => app.stop());

type Pending = Promise<{ status: number; body: { error?: { code?: string } } }>;

async function expectCodes(cases: [Pending, number, string][]): Promise<void> {
  for (const [pending, status, code] of cases) {
    const res = await pending;
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  }
}

it('refuses bad contact bodies with ERR_VALIDATION or a domain code', async () => {
  const post = (body: unknown) => app.api.post('/api/contacts', body, { token });
  const fields = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Campo ${i}`, value: 'v' }));
  await expectCodes([
    [post({ number: '11 98765-0000' }), 400, 'ERR_VALIDATION'],
    [post({ name: 'x'.repeat(121), number: '11 98765-0000' }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: 5511987650000 }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: '1'.repeat(41) }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: 'not a number' }), 400, 'ERR_INVALID_PHONE_NUMBER'],
    [post({ name: 'Ana', number: '+55 10 98765-0000' }), 400, 'ERR_INVALID_PHONE_NUMBER'],
    [post({ name: 'Ana', number: '11 98765-0000', email: 'nope' }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: '11 98765-0000', isGroup: true }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: '11 98765-0000', companyId: 2 }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: '11 98765-0000', extraInfo: fields(21) }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: '11 98765-0000', extraInfo: [{ name: 'CPF', value: 'x'.repeat(501) }] }), 400, 'ERR_VALIDATION'],
    [
      post({
        name: 'Ana',
        number: '11 98765-0000',
        extraInfo: [
          { name: 'CPF', value: '1' },
          { name: 'cpf', value: '2' },
        ],
      }),
      400,
      'ERR_VALIDATION',
    ],
    [post({ name: 'Ana', number: '11 98765-0000', extraInfo: [{ name: 'CPF', value: '1', secret: true }] }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: '11 98765-0000', extraInfo: { CPF: '1' } }), 400, 'ERR_VALIDATION'],
    [post({ name: 'Ana', number: '11 98765-0000', tagIds: [424242] }), 404, 'ERR_TAG_NOT_FOUND'],
    [post({ name: 'Ana', number: '11 98765-0000', tagIds: ['x'] }), 400, 'ERR_VALIDATION'],
    [post([1, 2]), 400, 'ERR_VALIDATION'],
  ]);
  // None of the refused bodies left a contact behind (the tag miss rolled its insert back).
  expect((await app.api.get('/api/contacts?search=98765-0000', { token })).body.contacts).toEqual([]);
});

it('refuses bad ids, queries and updates', async () => {
  await expectCodes([
    [app.api.get('/api/contacts/abc', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts/0', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts/99999999999', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts/424242', { token }), 404, 'ERR_CONTACT_NOT_FOUND'],
    [app.api.put('/api/contacts/424242', { name: 'X' }, { token }), 404, 'ERR_CONTACT_NOT_FOUND'],
    [app.api.delete('/api/contacts/424242', { token }), 404, 'ERR_CONTACT_NOT_FOUND'],
    [app.api.put('/api/contacts/424242/tags', { tagIds: [] }, { token }), 404, 'ERR_CONTACT_NOT_FOUND'],
    [app.api.put(`/api/contacts/${contactId}`, { name: '' }, { token }), 400, 'ERR_VALIDATION'],
    [app.api.put(`/api/contacts/${contactId}`, { number: '123' }, { token }), 400, 'ERR_INVALID_PHONE_NUMBER'],
    [app.api.put(`/api/contacts/${contactId}`, { lid: 'x' }, { token }), 400, 'ERR_VALIDATION'],
    [app.api.put(`/api/contacts/${contactId}/tags`, {}, { token }), 400, 'ERR_VALIDATION'],
    [app.api.put(`/api/contacts/${contactId}/tags`, { tagIds: Array.from({ length: 31 }, (_, i) => i + 1) }, { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts?limit=0', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts?limit=201', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get(`/api/contacts?search=${'x'.repeat(121)}`, { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts?tagId=abc', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts?cursor=not-a-cursor', { token }), 400, 'ERR_INVALID_CURSOR'],
    [app.api.get('/api/contacts?orderBy=name', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts/export?format=xlsx', { token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/contacts'), 401, 'ERR_UNAUTHORIZED'],
  ]);
  expect((await app.api.get(`/api/contacts/${contactId}`, { token })).body.contact.name).toBe('Base');
});

it('the number of a group stays its WhatsApp id', async () => {
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `INSERT INTO "Contacts" ("companyId", name, number, "isGroup") SELECT "companyId", 'Grupo', '120363025246125486', true FROM "Contacts" WHERE id = $1 RETURNING id`,
      [contactId],
    );
    const groupId = rows[0].id;
    await expectCodes([[app.api.put(`/api/contacts/${groupId}`, { number: '11 97777-6666' }, { token }), 400, 'ERR_CONTACT_IS_GROUP']]);
    expect((await app.api.put(`/api/contacts/${groupId}`, { name: 'Grupo da loja' }, { token })).body.contact).toMatchObject({
      name: 'Grupo da loja',
      number: '120363025246125486',
      isGroup: true,
    });
  } finally {
    await db.end();
  }
});

it('search and the name-ordered list are served by the indexes of migrations 0008 and 0018 (EXPLAIN)', async () => {
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    // 30k contacts in one company and fresh statistics: the planner chooses as it would in production.
    await db.query(`INSERT INTO "Contacts" ("companyId", name, number)
      SELECT 1, 'Cliente ' || g, (5511900000000 + g)::text FROM generate_series(1, 30000) g`);
    await db.query('VACUUM ANALYZE "Contacts"'); // as autovacuum would: flushes the GIN pending lists too
    const plan = async (sql: string) => (await db.query(`EXPLAIN ${sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
    // The list's own search condition: name or number, as listContacts writes it.
    expect(
      await plan(`SELECT id FROM "Contacts" WHERE "companyId" = 1 AND (${folded('name')} LIKE ${foldedContains(`'Ferná'`)} OR number LIKE '%98765%')`),
    ).toMatch(/BitmapOr[\s\S]*Contacts_name_folded_trgm[\s\S]*Contacts_number_trgm/);
    expect(await plan(`SELECT id FROM "Contacts" WHERE "companyId" = 1 AND (lower(name), id) > ('m', 0) ORDER BY lower(name), id LIMIT 51`)).toMatch(
      /Index Scan using "Contacts_company_name_id"/,
    );
  } finally {
    await db.end();
  }
});
