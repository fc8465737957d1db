import pg from 'pg';
import { ctx } from '../../src/context.js';
import type { Json } from '../support/api.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, nextEvent } from '../support/sockets.js';

let app: TestApp;
let admin: { token: string; user: { companyId: number } };
let adminB: { token: string };

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-1234');
});
afterAll(() => app.stop());
// Every test starts from empty address books, in both companies.
beforeEach(() => ctx().sequelize.query(`DELETE FROM "Contacts"; DELETE FROM "Tags"`));

const csv = (text: string, query = '', token = admin.token) =>
  app.api.request('POST', `/api/contacts/import${query}`, { token, rawBody: text, headers: { 'content-type': 'text/csv' } });

async function upload(file: Buffer | string, query = '', token = admin.token) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'text/csv' }), 'contatos.csv');
  const res = await fetch(`${app.url}/api/contacts/import${query}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Json };
}

async function allContacts(token = admin.token): Promise<{ name: string; number: string; email: string | null; tags: { name: string }[] }[]> {
  return (await app.api.get('/api/contacts?limit=200', { token })).body.contacts;
}

// Brazilian Excel: ";" between cells, a BOM, CRLF, an accented header, quoted cells.
const MIXED = [
  '\ufeffNome;Número;E-mail;Tags',
  'Ana Paula;(11) 98765-4321;ana@cliente.com;VIP, Atacado', // 2 ok
  '"Bruno ""Bê"" Dias";+55 21 3456-7890;;Atacado', // 3 ok (landline, quotes in the name)
  'Ana de novo;55 11 8765-4321;;', // 4 duplicate of row 2 (same person, old 8-digit form)
  'Sem número;;;', // 5 malformed: no number
  ';11 97777-0000;;', // 6 malformed: no name
  'Carlos;12345;carlos@;', // 7 malformed: bad number and bad e-mail
  ';;;', // blank: not a row
  'Já Cadastrado;+55 31 99999-0000;;', // 9 duplicate of a stored contact
  'Dora;+1 (415) 555-2671;DORA@Mail.com;', // 10 ok, another country
].join('\r\n');

it('previews a file with good, duplicate and malformed rows, row by row, and changes nothing', async () => {
  const existing = (await app.api.post('/api/contacts', { name: 'Já Cadastrado', number: '31 99999-0000' }, { token: admin.token })).body.contact;
  const before = await allContacts();
  const preview = await csv(MIXED, '?dryRun=true');
  expect(preview.status).toBe(200);
  expect(preview.body.dryRun).toBe(true);
  expect(preview.body.summary).toEqual({ rows: 8, ok: 3, duplicate: 2, malformed: 3, imported: 0 });
  expect(preview.body.newTags).toEqual(['VIP', 'Atacado']);
  expect(preview.body.rows).toEqual([
    { row: 2, status: 'ok', name: 'Ana Paula', number: '5511987654321' },
    { row: 3, status: 'ok', name: 'Bruno "Bê" Dias', number: '552134567890' },
    { row: 4, status: 'duplicate', name: 'Ana de novo', number: '5511987654321', duplicateOf: { row: 2 } },
    { row: 5, status: 'malformed', name: 'Sem número', number: '', problems: ['ERR_NUMBER_REQUIRED'] },
    { row: 6, status: 'malformed', name: '', number: '5511977770000', problems: ['ERR_NAME_REQUIRED'] },
    { row: 7, status: 'malformed', name: 'Carlos', number: '12345', problems: ['ERR_INVALID_PHONE_NUMBER', 'ERR_INVALID_EMAIL'] },
    { row: 9, status: 'duplicate', name: 'Já Cadastrado', number: '5531999990000', duplicateOf: { contactId: existing.id } },
    { row: 10, status: 'ok', name: 'Dora', number: '14155552671' },
  ]);
  expect(await allContacts()).toEqual(before);
  expect((await app.api.get('/api/tags', { token: admin.token })).body.tags).toEqual([]);
});

it('imports the good rows, and nothing else, in one go', async () => {
  await app.api.post('/api/contacts', { name: 'Já Cadastrado', number: '31 99999-0000' }, { token: admin.token });
  const before = await allContacts();
  const done = await upload(MIXED); // the same file, this time as a browser uploads it
  expect(done.status).toBe(201);
  expect(done.body.summary).toEqual({ rows: 8, ok: 3, duplicate: 2, malformed: 3, imported: 3 });
  expect(done.body.rows.filter((r: { status: string }) => r.status === 'ok').every((r: { contactId?: number }) => r.contactId)).toBe(true);

  const after = await allContacts();
  expect(after).toHaveLength(before.length + 3);
  const imported = after.filter((c) => !before.some((b) => b.number === c.number));
  expect(imported.map((c) => [c.name, c.number, c.email, c.tags.map((t) => t.name)])).toEqual([
    ['Ana Paula', '5511987654321', 'ana@cliente.com', ['Atacado', 'VIP']],
    ['Bruno "Bê" Dias', '552134567890', null, ['Atacado']],
    ['Dora', '14155552671', 'dora@mail.com', []],
  ]);
  expect((await app.api.get('/api/tags', { token: admin.token })).body.tags.map((t: { name: string }) => t.name)).toEqual(['Atacado', 'VIP']);

  // Importing the same file again finds only duplicates.
  const again = await csv(MIXED);
  expect(again.body.summary).toMatchObject({ ok: 0, duplicate: 5, malformed: 3, imported: 0 });
});

it('reads comma-separated files with quoted commas and line breaks, and Windows-1252 from older Excel', async () => {
  const commas = 'name,number,email,Empresa\n"Silva, Eduardo","+55 41 98888-7777",,"Loja ""Centro""\nsala 2"\n';
  const res = await csv(commas, '?dryRun=true');
  expect(res.body.rows).toEqual([{ row: 2, status: 'ok', name: 'Silva, Eduardo', number: '5541988887777' }]);
  const committed = await csv(commas);
  const contact = (await app.api.get(`/api/contacts/${committed.body.rows[0].contactId}`, { token: admin.token })).body.contact;
  expect(contact.extraInfo).toEqual([{ name: 'Empresa', value: 'Loja "Centro"\nsala 2' }]);

  const latin1 = Buffer.from('nome;telefone\rJoão Conceição;11 96666-5555\r', 'latin1');
  const decoded = await upload(latin1, '?dryRun=true');
  expect(decoded.body.rows[0]).toMatchObject({ status: 'ok', name: 'João Conceição', number: '5511966665555' });
});

it('a failing commit leaves nothing behind: no contact, no tag', async () => {
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    // The database refuses one row mid-import (as a full disk or a constraint would).
    await db.query(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = 'Boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER refuse_boom BEFORE INSERT ON "Contacts" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    const before = await allContacts();
    const tagsBefore = (await app.api.get('/api/tags', { token: admin.token })).body.tags;
    const file = 'name;number;tags\nPrimeiro;11 95555-0001;Nova Tag\nBoom;11 95555-0002;\nTerceiro;11 95555-0003;Nova Tag\n';
    expect((await csv(file, '?dryRun=true')).body.summary.ok).toBe(3);
    const failed = await csv(file);
    expect(failed.status).toBe(500);
    expect(failed.body.error.code).toBe('ERR_INTERNAL');
    expect(await allContacts()).toEqual(before);
    expect((await app.api.get('/api/tags', { token: admin.token })).body.tags).toEqual(tagsBefore);
  } finally {
    await db.query('DROP TRIGGER IF EXISTS refuse_boom ON "Contacts"; DROP FUNCTION IF EXISTS refuse_boom()');
    await db.end();
  }
});

it('exports what it imports: A’s export imported into B exports the same file', async () => {
  const tag = (await app.api.post('/api/tags', { name: 'Fiel; "sempre"' }, { token: admin.token })).body.tag;
  const tricky = await app.api.post(
    '/api/contacts',
    { name: '=SOMA(1;2)', number: '11 94444-3333', email: 'x@y.com', extraInfo: [{ name: 'CPF', value: '123.456.789-00' }], tagIds: [tag.id] },
    { token: admin.token },
  );
  expect(tricky.status).toBe(201);
  // The same custom field written in another case is one column, as the import reads headers.
  await app.api.post('/api/contacts', { name: 'Outro CPF', number: '11 94444-2222', extraInfo: [{ name: 'cpf', value: '987' }] }, { token: admin.token });
  const company = [{ name: 'Empresa', value: 'Loja "Centro"\nsala 2' }];
  await app.api.post('/api/contacts', { name: 'Silva, Eduardo', number: '+55 41 98888-7777', extraInfo: company }, { token: admin.token });
  const exported = await app.api.get('/api/contacts/export', { token: admin.token });
  expect(exported.status).toBe(200);
  expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="contatos-\d{4}-\d{2}-\d{2}\.csv"$/);
  // fetch's text() drops a BOM: read the bytes to see what a spreadsheet sees.
  const bytes = async (token: string) =>
    Buffer.from(await (await fetch(`${app.url}/api/contacts/export`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer());
  const file = await bytes(admin.token);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.toString('utf8');
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^name;number;email;tags;(CPF|cpf);Empresa$/);
  // A formula-looking name gets Excel's text apostrophe; cells holding ";" or quotes are quoted.
  expect(lines).toContain(`"'=SOMA(1;2)";+55 11 94444-3333;x@y.com;"Fiel; ""sempre""";123.456.789-00;`);
  expect(lines[lines.length - 1]).toBe('');

  const socketB = await connectSocket(app.url, adminB.token);
  const announced = nextEvent(socketB, 'contact');
  const intoB = await csv(text, '', adminB.token);
  expect(intoB.status).toBe(201);
  expect(await announced).toEqual({ action: 'imported', count: intoB.body.summary.imported }); // one event, not one per row
  socketB.close();
  expect(intoB.body.summary.malformed).toBe(0);
  expect(intoB.body.summary.imported).toBe(intoB.body.summary.rows);
  expect((await bytes(adminB.token)).equals(file)).toBe(true);
  const bContact = (await allContacts(adminB.token)).find((c) => c.number === '5511944443333');
  expect(bContact).toMatchObject({ name: '=SOMA(1;2)', email: 'x@y.com', tags: [{ name: 'Fiel; "sempre"' }] });
});

it('refuses files that are too large, too long, empty, headless or broken, with codes', async () => {
  const big = `name;number\n${'x'.repeat(2 * 1024 * 1024)}`;
  for (const res of [await csv(big), await upload(big)]) {
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('ERR_IMPORT_TOO_LARGE');
  }
  const rows = Array.from({ length: 5001 }, (_, i) => `C${i};+44 7700 ${String(900000 + i)}`);
  const tooMany = await csv(`name;number\n${rows.join('\n')}`);
  expect(tooMany.status).toBe(400);
  expect(tooMany.body.error).toMatchObject({ code: 'ERR_IMPORT_TOO_MANY_ROWS', details: { maxRows: 5000 } });
  const atLimit = await csv(`name;number\n${rows.slice(0, 5000).join('\n')}`, '?dryRun=true');
  expect(atLimit.status).toBe(200);
  expect(atLimit.body.summary.ok).toBe(5000);

  const cases: [Promise<{ status: number; body: { error?: { code?: string } } }>, number, string][] = [
    [app.api.request('POST', '/api/contacts/import', { token: admin.token }), 400, 'ERR_IMPORT_NO_FILE'],
    [app.api.post('/api/contacts/import', { name: 'json' }, { token: admin.token }), 400, 'ERR_IMPORT_NO_FILE'],
    [csv('\ufeff\r\n'), 400, 'ERR_IMPORT_EMPTY'],
    [csv('name;email\nAna;a@b.c'), 400, 'ERR_IMPORT_HEADER'],
    [csv('name;number;Nome\nAna;11 98765-4321;x'), 400, 'ERR_IMPORT_HEADER'],
    [csv('name;number\n"Ana;11 98765-4321\n'), 400, 'ERR_IMPORT_MALFORMED_CSV'],
    [csv('name;number\nAna;11 98765-4321', '?dryRun=maybe'), 400, 'ERR_VALIDATION'],
    [csv('name;number\nAna;11 98765-4321', '?overwrite=true'), 400, 'ERR_VALIDATION'],
  ];
  for (const [pending, status, code] of cases) {
    const res = await pending;
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
  }
});

it('import and export are for admins and supervisors', async () => {
  await app.api.post('/api/users', { name: 'Ana', email: 'ana@a.test', password: 'ana-pass-1234', profile: 'user' }, { token: admin.token });
  const attendant = await app.api.login('ana@a.test', 'ana-pass-1234');
  expect((await csv('name;number\nX;11 98765-0000', '?dryRun=true', attendant.token)).status).toBe(403);
  expect((await app.api.get('/api/contacts/export', { token: attendant.token })).status).toBe(403);
  await app.api.post('/api/users', { name: 'Sueli', email: 'sueli@a.test', password: 'sueli-pass-1234', profile: 'supervisor' }, { token: admin.token });
  const supervisor = await app.api.login('sueli@a.test', 'sueli-pass-1234');
  expect((await csv('name;number\nX;11 98765-0000', '?dryRun=true', supervisor.token)).status).toBe(200);
});

it('knows a contact stored by WhatsApp’s 8-digit form as the person typed with the ninth digit', async () => {
  // What an inbound message from an old account leaves: the number as WhatsApp addresses it.
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  const { rows } = await db.query(`INSERT INTO "Contacts" ("companyId", name, number) VALUES ($1, 'Zap Antigo', '552188776655') RETURNING id`, [
    admin.user.companyId,
  ]);
  await db.end();
  const preview = await csv('name;number\nZap Novo;(21) 98877-6655\n', '?dryRun=true');
  expect(preview.body.rows).toEqual([{ row: 2, status: 'duplicate', name: 'Zap Novo', number: '5521988776655', duplicateOf: { contactId: rows[0].id } }]);
  const typed = await app.api.post('/api/contacts', { name: 'Zap Novo', number: '+55 21 98877-6655' }, { token: admin.token });
  expect([typed.status, typed.body.error?.code]).toEqual([409, 'ERR_CONTACT_NUMBER_IN_USE']);
  // Another company is another address book.
  expect((await app.api.post('/api/contacts', { name: 'Zap Novo', number: '+55 21 98877-6655' }, { token: adminB.token })).status).toBe(201);
});
