import type { Socket } from 'socket.io-client';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { barrier, connectSocket, nextEvent, record } from '../support/sockets.js';

let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let attendant: { token: string };
let adminB: { token: string };
const sockets: Socket[] = [];

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/users', { name: 'Ana Atendente', email: 'ana@a.test', password: 'ana-pass-1234', profile: 'user' }, { token: admin.token });
  attendant = await app.api.login('ana@a.test', 'ana-pass-1234');
  const b = await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } },
    { token: admin.token },
  );
  expect(b.status).toBe(201);
  adminB = await app.api.login('bia@b.test', 'bia-pass-1234');
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app.stop();
});

const create = (body: object, token = admin.token) => app.api.post('/api/contacts', body, { token });

it('creates a contact with its number normalised, shows, edits and deletes it', async () => {
  const created = await create({ name: 'Carla Souza', number: '+55 (11) 98765-4321', email: 'Carla@Example.com' });
  expect(created.status).toBe(201);
  expect(created.body.contact).toMatchObject({ name: 'Carla Souza', number: '5511987654321', email: 'carla@example.com', extraInfo: [], tags: [] });
  const id = created.body.contact.id;

  const shown = await app.api.get(`/api/contacts/${id}`, { token: attendant.token });
  expect(shown.status).toBe(200);
  expect(shown.body.contact.number).toBe('5511987654321');

  // An attendant edits the name, the e-mail and the custom fields while attending.
  const fields = [
    { name: 'CPF', value: '123.456.789-00' },
    { name: 'Plano', value: 'Ouro' },
  ];
  const edited = await app.api.put(`/api/contacts/${id}`, { name: 'Carla S. Lima', email: null, extraInfo: fields }, { token: attendant.token });
  expect(edited.status).toBe(200);
  expect(edited.body.contact).toMatchObject({ name: 'Carla S. Lima', email: null, extraInfo: fields, number: '5511987654321' });

  const renumbered = await app.api.put(`/api/contacts/${id}`, { number: '(21) 3456-7890' }, { token: attendant.token });
  expect(renumbered.body.contact.number).toBe('552134567890');

  // Deleting is for admins and supervisors.
  const refused = await app.api.delete(`/api/contacts/${id}`, { token: attendant.token });
  expect(refused.status).toBe(403);
  expect((await app.api.delete(`/api/contacts/${id}`, { token: admin.token })).status).toBe(204);
  const gone = await app.api.get(`/api/contacts/${id}`, { token: admin.token });
  expect(gone.status).toBe(404);
  expect(gone.body.error.code).toBe('ERR_CONTACT_NOT_FOUND');
});

it('one person is one contact: the old 8-digit form of a mobile is the same number', async () => {
  const first = await create({ name: 'Diego', number: '55 11 99123-4567' });
  expect(first.status).toBe(201);
  for (const number of ['55 11 9123-4567', '(11) 9123-4567', '+5511991234567', '011 99123 4567']) {
    const again = await create({ name: 'Diego de novo', number }, attendant.token);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ERR_CONTACT_NUMBER_IN_USE');
  }
  // A landline is not a mobile: no ninth digit, so it is a different number.
  const landline = await create({ name: 'Diego (fixo)', number: '11 3123-4567' });
  expect(landline.body.contact.number).toBe('551131234567');
  // Renumbering onto someone else's number is the same conflict.
  const moved = await app.api.put(`/api/contacts/${landline.body.contact.id}`, { number: '11 9123-4567' }, { token: admin.token });
  expect(moved.status).toBe(409);
  expect(moved.body.error.code).toBe('ERR_CONTACT_NUMBER_IN_USE');
});

it('searches by part of the name (any case, with or without accents) and by part of the number however it is typed', async () => {
  await create({ name: 'Fernanda Albuquerque', number: '+55 31 98888-1111' });
  await create({ name: 'João Araújo', number: '+55 31 96666-3333' });
  await create({ name: 'Fernando Alves', number: '+55 31 97777-2222' });
  await create({ name: 'Zuleica', number: '+1 415 555 2671' });
  const names = async (search: string) =>
    (await app.api.get(`/api/contacts?search=${encodeURIComponent(search)}`, { token: attendant.token })).body.contacts.map((c: { name: string }) => c.name);
  expect(await names('fernand')).toEqual(['Fernanda Albuquerque', 'Fernando Alves']);
  expect(await names('ALBUQ')).toEqual(['Fernanda Albuquerque']);
  expect(await names('7777-2')).toEqual(['Fernando Alves']);
  expect(await names('(31) 98888')).toEqual(['Fernanda Albuquerque']);
  expect(await names('555 2671')).toEqual(['Zuleica']);
  expect(await names('100%_')).toEqual([]); // LIKE wildcards are text, not patterns
  // Accents and case do not matter, either way round.
  expect(await names('joao')).toEqual(['João Araújo']);
  expect(await names('ARAUJO')).toEqual(['João Araújo']);
  expect(await names('JOÃO ARAÚ')).toEqual(['João Araújo']);
});

it('pages through contacts in name order with a cursor, without repeats or gaps', async () => {
  for (const [name, number] of [
    ['bruna', '11 95555-0001'],
    ['Diana', '11 95555-0002'],
    ['Bruno', '11 95555-0003'],
    ['carlos', '11 95555-0004'],
    ['Ana', '11 95555-0005'],
  ]) {
    expect((await create({ name, number })).status).toBe(201);
  }
  const { body: all } = await app.api.get('/api/contacts?limit=200', { token: admin.token });
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { contacts: { name: string }[]; nextCursor: string | null } } = await app.api.get(
      `/api/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      { token: admin.token },
    );
    expect(page.body.contacts.length).toBeLessThanOrEqual(2);
    seen.push(...page.body.contacts.map((c) => c.name));
    cursor = page.body.nextCursor;
  } while (cursor);
  expect(seen).toEqual(all.contacts.map((c: { name: string }) => c.name));
  expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
});

it('tags a contact with the company’s tags only, and filters the list by tag', async () => {
  const vip = (await app.api.post('/api/tags', { name: 'VIP', color: '#ff0000' }, { token: admin.token })).body.tag;
  const lead = (await app.api.post('/api/tags', { name: 'Lead' }, { token: admin.token })).body.tag;
  const tagOfB = (await app.api.post('/api/tags', { name: 'VIP' }, { token: adminB.token })).body.tag;
  const contact = (await create({ name: 'Helena', number: '11 94444-5555' })).body.contact;

  const tagged = await app.api.put(`/api/contacts/${contact.id}/tags`, { tagIds: [vip.id, lead.id] }, { token: attendant.token });
  expect(tagged.status).toBe(200);
  expect(tagged.body.contact.tags.map((t: { name: string }) => t.name)).toEqual(['Lead', 'VIP']);

  const foreign = await app.api.put(`/api/contacts/${contact.id}/tags`, { tagIds: [vip.id, tagOfB.id] }, { token: admin.token });
  expect(foreign.status).toBe(404);
  expect(foreign.body.error.code).toBe('ERR_TAG_NOT_FOUND');
  expect((await app.api.get(`/api/contacts/${contact.id}`, { token: admin.token })).body.contact.tags).toHaveLength(2); // untouched

  const byTag = await app.api.get(`/api/contacts?tagId=${vip.id}`, { token: admin.token });
  expect(byTag.body.contacts.map((c: { name: string }) => c.name)).toEqual(['Helena']);
  const untagged = await app.api.put(`/api/contacts/${contact.id}/tags`, { tagIds: [lead.id] }, { token: admin.token });
  expect(untagged.body.contact.tags.map((t: { name: string }) => t.name)).toEqual(['Lead']);
  expect((await app.api.get(`/api/contacts?tagId=${vip.id}`, { token: admin.token })).body.contacts).toEqual([]);
});

it('company B gets 404 for A’s contacts and never sees them in its list', async () => {
  const contact = (await create({ name: 'Segredo de A', number: '11 93333-2222' })).body.contact;
  for (const res of [
    await app.api.get(`/api/contacts/${contact.id}`, { token: adminB.token }),
    await app.api.put(`/api/contacts/${contact.id}`, { name: 'Hacked' }, { token: adminB.token }),
    await app.api.put(`/api/contacts/${contact.id}/tags`, { tagIds: [] }, { token: adminB.token }),
    await app.api.delete(`/api/contacts/${contact.id}`, { token: adminB.token }),
  ]) {
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ERR_CONTACT_NOT_FOUND');
  }
  const list = await app.api.get('/api/contacts?search=Segredo', { token: adminB.token });
  expect(list.body.contacts).toEqual([]);
  expect((await app.api.get(`/api/contacts/${contact.id}`, { token: admin.token })).body.contact.name).toBe('Segredo de A');
  // The same number may be a contact of B too: numbers are unique per company, not globally.
  expect((await create({ name: 'Cliente de B', number: '11 93333-2222' }, adminB.token)).status).toBe(201);
});

it('tells the company’s sockets about created, updated and deleted contacts, and only that company', async () => {
  const socketA = await connectSocket(app.url, attendant.token);
  const socketB = await connectSocket(app.url, adminB.token);
  sockets.push(socketA, socketB);
  const seenByB = record(socketB, 'contact');

  const createdEvent = nextEvent<{ action: string; contact: { id: number; number: string } }>(socketA, 'contact');
  const contact = (await create({ name: 'Ivo', number: '11 92222-1111' })).body.contact;
  expect(await createdEvent).toMatchObject({ action: 'created', contact: { id: contact.id, number: '5511922221111' } });

  const updatedEvent = nextEvent<{ action: string; contact: { name: string } }>(socketA, 'contact');
  await app.api.put(`/api/contacts/${contact.id}`, { name: 'Ivo Lima' }, { token: admin.token });
  expect(await updatedEvent).toMatchObject({ action: 'updated', contact: { name: 'Ivo Lima' } });

  const deletedEvent = nextEvent(socketA, 'contact');
  await app.api.delete(`/api/contacts/${contact.id}`, { token: admin.token });
  expect(await deletedEvent).toEqual({ action: 'deleted', contactId: contact.id });

  // A refused change publishes nothing: the next change's event is the first to arrive after it.
  const takenEvent = nextEvent(socketA, 'contact');
  const taken = (await create({ name: 'Jair', number: '11 92222-3333' })).body.contact;
  await takenEvent;
  const seenByA = record(socketA, 'contact');
  expect((await create({ name: 'Outro', number: '11 92222-3333' })).status).toBe(409);
  const marker = await barrier(socketA, 'contact', () => app.api.delete(`/api/contacts/${taken.id}`, { token: admin.token }));
  expect(seenByA).toEqual([marker]);
  // Company B heard none of A's changes: its own change is the first thing it hears.
  const markerB = await barrier(socketB, 'contact', () => create({ name: 'Cliente de B', number: '11 92222-4444' }, adminB.token));
  expect(seenByB).toEqual([markerB]);
});

it('refuses to delete a contact while one of its tickets is open', async () => {
  const contact = (await create({ name: 'Joana', number: '11 91111-0000' })).body.contact;
  const { Client } = (await import('pg')).default;
  const db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    await db.query(`INSERT INTO "Tickets" ("companyId", "contactId", status) VALUES ($1, $2, 'open')`, [admin.user.companyId, contact.id]);
    const refused = await app.api.delete(`/api/contacts/${contact.id}`, { token: admin.token });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ERR_CONTACT_HAS_OPEN_TICKETS');
    await db.query(`UPDATE "Tickets" SET status = 'closed' WHERE "contactId" = $1`, [contact.id]);
    expect((await app.api.delete(`/api/contacts/${contact.id}`, { token: admin.token })).status).toBe(204);
  } finally {
    await db.end();
  }
});
