import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let admin: { token: string };
let supervisor: { token: string };
let attendant: { token: string };
let adminB: { token: string };

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.post('/api/users', { name: 'Sueli', email: 'sueli@a.test', password: 'sueli-pass-1234', profile: 'supervisor' }, { token: admin.token });
  await app.api.post('/api/users', { name: 'Ana', email: 'ana@a.test', password: 'ana-pass-1234', profile: 'user' }, { token: admin.token });
  supervisor = await app.api.login('sueli@a.test', 'sueli-pass-1234');
  attendant = await app.api.login('ana@a.test', 'ana-pass-1234');
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  adminB = await app.api.login('bia@b.test', 'bia-pass-1234');
});
afterAll(() => app.stop());

it('admins and supervisors create, rename, recolor and delete tags; everyone reads them', async () => {
  const created = await app.api.post('/api/tags', { name: 'Atacado', color: '#00AA00' }, { token: supervisor.token });
  expect(created.status).toBe(201);
  expect(created.body.tag).toMatchObject({ name: 'Atacado', color: '#00AA00' });
  const plain = await app.api.post('/api/tags', { name: '  Varejo  ' }, { token: admin.token });
  expect(plain.body.tag).toMatchObject({ name: 'Varejo', color: '#607d8b' });

  const list = await app.api.get('/api/tags', { token: attendant.token });
  const mine = ['Atacado', 'Varejo'];
  expect(list.body.tags.map((t: { name: string }) => t.name).filter((name: string) => mine.includes(name))).toEqual(mine); // other tests' tags aside
  expect((await app.api.get('/api/tags?search=vare', { token: attendant.token })).body.tags.map((t: { name: string }) => t.name)).toEqual(['Varejo']);
  expect((await app.api.get(`/api/tags/${plain.body.tag.id}`, { token: attendant.token })).body.tag.name).toBe('Varejo');

  const renamed = await app.api.put(`/api/tags/${plain.body.tag.id}`, { name: 'Varejo SP', color: '#123456' }, { token: supervisor.token });
  expect(renamed.body.tag).toMatchObject({ name: 'Varejo SP', color: '#123456' });

  for (const res of [
    await app.api.post('/api/tags', { name: 'Nope' }, { token: attendant.token }),
    await app.api.put(`/api/tags/${plain.body.tag.id}`, { name: 'Nope' }, { token: attendant.token }),
    await app.api.delete(`/api/tags/${plain.body.tag.id}`, { token: attendant.token }),
  ]) {
    expect(res.status).toBe(403);
  }
  expect((await app.api.delete(`/api/tags/${plain.body.tag.id}`, { token: supervisor.token })).status).toBe(204);
  expect((await app.api.get(`/api/tags/${plain.body.tag.id}`, { token: admin.token })).body.error.code).toBe('ERR_TAG_NOT_FOUND');
});

it('a tag name is unique per company, whatever its case; another company may use it', async () => {
  await app.api.post('/api/tags', { name: 'VIP' }, { token: admin.token });
  const again = await app.api.post('/api/tags', { name: 'vip' }, { token: admin.token });
  expect(again.status).toBe(409);
  expect(again.body.error.code).toBe('ERR_TAG_NAME_IN_USE');
  const other = (await app.api.post('/api/tags', { name: 'Outra' }, { token: admin.token })).body.tag;
  const renamed = await app.api.put(`/api/tags/${other.id}`, { name: 'Vip' }, { token: admin.token });
  expect(renamed.body.error.code).toBe('ERR_TAG_NAME_IN_USE');
  expect((await app.api.post('/api/tags', { name: 'VIP' }, { token: adminB.token })).status).toBe(201);
});

it('company B gets 404 for A’s tags and lists only its own', async () => {
  const tagOfA = (await app.api.post('/api/tags', { name: 'Só de A' }, { token: admin.token })).body.tag;
  for (const res of [
    await app.api.get(`/api/tags/${tagOfA.id}`, { token: adminB.token }),
    await app.api.put(`/api/tags/${tagOfA.id}`, { name: 'Hacked' }, { token: adminB.token }),
    await app.api.delete(`/api/tags/${tagOfA.id}`, { token: adminB.token }),
  ]) {
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ERR_TAG_NOT_FOUND');
  }
  const tagOfB = (await app.api.post('/api/tags', { name: 'Só de B' }, { token: adminB.token })).body.tag;
  const idsOf = async (token: string) => (await app.api.get('/api/tags', { token })).body.tags.map((t: { id: number }) => t.id);
  const [listA, listB] = [await idsOf(admin.token), await idsOf(adminB.token)];
  expect(listB).toContain(tagOfB.id);
  expect(listB.filter((id: number) => listA.includes(id))).toEqual([]);
  expect((await app.api.get(`/api/tags/${tagOfA.id}`, { token: admin.token })).body.tag.name).toBe('Só de A');
});

it('deleting a tag takes it off the contacts that had it', async () => {
  const tag = (await app.api.post('/api/tags', { name: 'Temporária' }, { token: admin.token })).body.tag;
  const contact = (await app.api.post('/api/contacts', { name: 'Lia', number: '11 98888-0000', tagIds: [tag.id] }, { token: admin.token })).body.contact;
  expect(contact.tags.map((t: { name: string }) => t.name)).toEqual(['Temporária']);
  await app.api.delete(`/api/tags/${tag.id}`, { token: admin.token });
  expect((await app.api.get(`/api/contacts/${contact.id}`, { token: admin.token })).body.contact.tags).toEqual([]);
});

it('answers bad tag input with 4xx codes', async () => {
  const id = (await app.api.post('/api/tags', { name: 'Base' }, { token: admin.token })).body.tag.id;
  const cases: [Promise<{ status: number; body: { error?: { code?: string } } }>, number, string][] = [
    [app.api.post('/api/tags', { name: '' }, { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.post('/api/tags', { name: 'x'.repeat(61) }, { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.post('/api/tags', { name: 'Cor', color: 'red' }, { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.post('/api/tags', { name: 'Extra', companyId: 2 }, { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.put(`/api/tags/${id}`, {}, { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/tags/abc', { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/tags/99999999999', { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/tags/424242', { token: admin.token }), 404, 'ERR_TAG_NOT_FOUND'],
    [app.api.get('/api/tags?search=x&page=2', { token: admin.token }), 400, 'ERR_VALIDATION'],
    [app.api.get('/api/tags'), 401, 'ERR_UNAUTHORIZED'],
  ];
  for (const [pending, status, code] of cases) {
    const res = await pending;
    expect([res.status, res.body.error?.code]).toEqual([status, code]);
  }
});
