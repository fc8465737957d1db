import type { Socket } from 'socket.io-client';
import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { createAttendant, type Attendant } from '../support/factories.js';
import { barrier, connectSocket, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// Contact lists (issue 14): saved campaign audiences, filled by ids, by tags or by a CSV import, read through the
// contacts list's `contactListId` filter; admins and supervisors only, each company's own.
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let adminB: { token: string; user: { id: number; companyId: number } };
let supervisor: Attendant;
let attendant: Attendant;
let ana: number;
let bruno: number;
let carla: number;
let vip: number;

const post = (path: string, body: unknown, token = admin.token) => app.api.post(path, body, { token });
const newContact = async (name: string, number: string, token = admin.token) =>
  (await post('/api/contacts', { name, number }, token)).body.contact.id as number;
const newList = async (name: string, token = admin.token) => (await post('/api/contact-lists', { name }, token)).body.contactList.id as number;
const members = async (listId: number, query = '') =>
  (await app.api.get(`/api/contacts?contactListId=${listId}${query}`, { token: admin.token })).body.contacts.map((c: { name: string }) => c.name);

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@listas-b.test', password: 'bia-pass-12' } });
  adminB = await app.api.login('bia@listas-b.test', 'bia-pass-12');
  supervisor = await createAttendant(app.api, admin.token, 'Supervisor Listas', 'supervisor');
  attendant = await createAttendant(app.api, admin.token, 'Atendente Listas');
  ana = await newContact('Ana', '5511922220001');
  bruno = await newContact('Bruno', '5511922220002');
  carla = await newContact('Carla', '5511922220003');
  vip = (await post('/api/tags', { name: 'VIP listas' })).body.tag.id;
  await app.api.put(`/api/contacts/${bruno}/tags`, { tagIds: [vip] }, { token: admin.token });
  await app.api.put(`/api/contacts/${carla}/tags`, { tagIds: [vip] }, { token: admin.token });
}, 60_000);
afterAll(() => app?.stop());

it('creates, renames, lists and deletes a list; names are unique per company whatever the case', async () => {
  const created = await post('/api/contact-lists', { name: ' Clientes de Natal ' });
  expect(created.status).toBe(201);
  expect(created.body.contactList).toMatchObject({ name: 'Clientes de Natal', size: 0 });
  const id = created.body.contactList.id;
  const taken = await post('/api/contact-lists', { name: 'clientes de natal' });
  expect([taken.status, taken.body.error.code]).toEqual([409, 'ERR_CONTACT_LIST_NAME_IN_USE']);
  expect((await post('/api/contact-lists', { name: 'Clientes de Natal' }, adminB.token)).status).toBe(201);
  expect((await post('/api/contact-lists', { name: '' })).body.error.code).toBe('ERR_VALIDATION');
  expect((await post('/api/contact-lists', { name: 'x'.repeat(81) })).body.error.code).toBe('ERR_VALIDATION');

  const renamed = await app.api.put(`/api/contact-lists/${id}`, { name: 'Natal 2026' }, { token: admin.token });
  expect(renamed.body.contactList.name).toBe('Natal 2026');
  expect((await app.api.get(`/api/contact-lists/${id}`, { token: admin.token })).body.contactList.name).toBe('Natal 2026');
  expect((await app.api.get('/api/contact-lists', { token: admin.token })).body.contactLists.map((l: { id: number }) => l.id)).toContain(id);

  await post(`/api/contact-lists/${id}/contacts`, { contactIds: [ana] });
  const deleted = await app.api.delete(`/api/contact-lists/${id}`, { token: admin.token });
  expect(deleted.body.contactList).toMatchObject({ id, size: 1 });
  expect((await app.api.get(`/api/contact-lists/${id}`, { token: admin.token })).body.error.code).toBe('ERR_CONTACT_LIST_NOT_FOUND');
  expect((await app.api.get(`/api/contacts/${ana}`, { token: admin.token })).status).toBe(200); // the contact stays
});

it('adds members by ids and by tags once each, removes them, and the contacts list filters by list', async () => {
  const id = await newList('Promo');
  const byIds = await post(`/api/contact-lists/${id}/contacts`, { contactIds: [ana, bruno] });
  expect(byIds.body).toMatchObject({ added: 2, contactList: { id, size: 2 } });
  const byTag = await post(`/api/contact-lists/${id}/contacts`, { tagIds: [vip] });
  expect(byTag.body).toMatchObject({ added: 1, contactList: { size: 3 } }); // Bruno was in already
  expect((await post(`/api/contact-lists/${id}/contacts`, { contactIds: [ana], tagIds: [vip] })).body.added).toBe(0);
  expect(await members(id)).toEqual(['Ana', 'Bruno', 'Carla']);
  expect(await members(id, '&search=car')).toEqual(['Carla']);
  expect(await members(id, '&limit=2')).toEqual(['Ana', 'Bruno']);

  const removed = await app.api.delete(`/api/contact-lists/${id}/contacts`, { token: admin.token, body: { contactIds: [bruno, 2147483647] } });
  expect(removed.body).toMatchObject({ removed: 1, contactList: { size: 2 } });
  expect(await members(id)).toEqual(['Ana', 'Carla']);
  expect((await post(`/api/contact-lists/${id}/contacts`, {})).body.error.code).toBe('ERR_VALIDATION');
});

it('keeps each company’s lists, contacts and tags apart (404), and attendants out (403)', async () => {
  const mine = await newList('Só da A');
  const theirs = await newList('Só da B', adminB.token);
  const theirContact = await newContact('Cliente B', '5511922220009', adminB.token);
  const theirTag = (await post('/api/tags', { name: 'Tag B' }, adminB.token)).body.tag.id;
  for (const [method, path, body] of [
    ['GET', `/api/contact-lists/${theirs}`, undefined],
    ['PUT', `/api/contact-lists/${theirs}`, { name: 'roubada' }],
    ['DELETE', `/api/contact-lists/${theirs}`, undefined],
    ['POST', `/api/contact-lists/${theirs}/contacts`, { contactIds: [ana] }],
    ['DELETE', `/api/contact-lists/${theirs}/contacts`, { contactIds: [ana] }],
    ['GET', `/api/contacts?contactListId=${theirs}`, undefined],
  ] as const) {
    const res = await app.api.request(method, path, { token: admin.token, body });
    expect([method, path, res.status, res.body.error?.code]).toEqual([method, path, 404, 'ERR_CONTACT_LIST_NOT_FOUND']);
  }
  expect((await post(`/api/contact-lists/${mine}/contacts`, { contactIds: [ana, theirContact] })).body.error.code).toBe('ERR_CONTACT_NOT_FOUND');
  expect((await post(`/api/contact-lists/${mine}/contacts`, { tagIds: [theirTag] })).body.error.code).toBe('ERR_TAG_NOT_FOUND');
  expect((await app.api.get(`/api/contact-lists/${mine}`, { token: admin.token })).body.contactList.size).toBe(0);
  const listedForB = (await app.api.get('/api/contact-lists', { token: adminB.token })).body.contactLists.map((l: { id: number }) => l.id);
  expect([listedForB.includes(theirs), listedForB.includes(mine)]).toEqual([true, false]);

  for (const [method, path] of [
    ['GET', '/api/contact-lists'],
    ['POST', '/api/contact-lists'],
    ['GET', `/api/contact-lists/${mine}`],
    ['POST', `/api/contact-lists/${mine}/contacts`],
  ] as const) {
    const res = await app.api.request(method, path, { token: attendant.token, body: method === 'GET' ? undefined : { name: 'x', contactIds: [ana] } });
    expect([method, path, res.status, res.body.error?.code]).toEqual([method, path, 403, 'ERR_FORBIDDEN']);
  }
  expect((await post('/api/contact-lists', { name: 'Do supervisor' }, supervisor.token)).status).toBe(201);
});

it('imports a CSV into a list: new contacts and the ones the file matches join it; a dry run adds nobody', async () => {
  const id = await newList('Importados');
  const csv = 'name;number\nDiego Novo;5511922220010\nAna de novo;5511922220001\nSem número;\n';
  const upload = (query: string) =>
    app.api.request('POST', `/api/contacts/import?contactListId=${id}${query}`, { token: admin.token, rawBody: csv, headers: { 'content-type': 'text/csv' } });
  const dry = await upload('&dryRun=true');
  expect(dry.status).toBe(200);
  expect((await app.api.get(`/api/contact-lists/${id}`, { token: admin.token })).body.contactList.size).toBe(0);
  const done = await upload('');
  expect(done.status).toBe(201);
  expect(done.body.summary).toMatchObject({ ok: 1, duplicate: 1, malformed: 1, imported: 1 });
  expect(await members(id)).toEqual(['Ana', 'Diego Novo']);

  const theirs = await newList('Alheia', adminB.token);
  const refused = await app.api.request('POST', `/api/contacts/import?contactListId=${theirs}`, {
    token: admin.token,
    rawBody: 'name;number\nNinguém;5511922220011\n',
    headers: { 'content-type': 'text/csv' },
  });
  expect([refused.status, refused.body.error.code]).toEqual([404, 'ERR_CONTACT_LIST_NOT_FOUND']);
  const [row] = await ctx().sequelize.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Contacts" WHERE number = '5511922220011'`, {
    type: QueryTypes.SELECT,
  });
  expect(row!.n).toBe(0);
});

it('tells supervisors (not attendants) when a list changes', async () => {
  const sockets: Socket[] = [await connectSocket(app.url, supervisor.token), await connectSocket(app.url, attendant.token)];
  try {
    type Event = { action: string; contactList: { id: number; size: number } };
    const bySupervisor = record<Event>(sockets[0]!, 'contactList');
    const byAttendant = record<Event>(sockets[1]!, 'contactList');
    const id = await newList('Ao vivo');
    await post(`/api/contact-lists/${id}/contacts`, { contactIds: [ana] });
    await app.api.delete(`/api/contact-lists/${id}`, { token: admin.token });
    await barrier(sockets[1]!, 'tag', () => post('/api/tags', { name: 'Barreira listas' }));
    await barrier(sockets[0]!, 'tag', () => post('/api/tags', { name: 'Barreira listas 2' }));
    expect(bySupervisor.filter((e) => e.contactList.id === id).map((e) => [e.action, e.contactList.size])).toEqual([
      ['created', 0],
      ['updated', 1],
      ['deleted', 1],
    ]);
    expect(byAttendant).toEqual([]);
  } finally {
    sockets.forEach((s) => s.close());
  }
});
