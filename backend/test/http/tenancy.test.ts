import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let superAdmin: { token: string; user: { id: number; companyId: number } };
let adminB: { token: string; user: { id: number; companyId: number } };
let companyBId: number;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  superAdmin = await app.api.login(ADMIN.email, ADMIN.password);
  const res = await app.api.post(
    '/api/companies',
    { name: 'Empresa B', timezone: 'America/Manaus', admin: { name: 'Bianca', email: 'bianca@empresa-b.test', password: 'bianca-pass-1' } },
    { token: superAdmin.token },
  );
  expect(res.status).toBe(201);
  companyBId = res.body.company.id;
  expect(res.body.admin).toMatchObject({ companyId: companyBId, profile: 'admin', super: false });
  adminB = await app.api.login('bianca@empresa-b.test', 'bianca-pass-1');
});
afterAll(() => app.stop());

it('the admin created with company B logs in and sees only B', async () => {
  await app.api.post(
    '/api/users',
    { name: 'Agente A', email: 'agente@empresa-a.test', password: 'agente-pass-1', profile: 'user' },
    { token: superAdmin.token },
  );
  const list = await app.api.get('/api/users', { token: adminB.token });
  expect(list.status).toBe(200);
  expect(list.body.users.map((u: { email: string }) => u.email)).toEqual(['bianca@empresa-b.test']);
  expect(list.body.users.every((u: { companyId: number }) => u.companyId === companyBId)).toBe(true);
});

it('an admin of B gets 404 for a user of A on read, update and delete, and A’s user is untouched', async () => {
  const aUserId = superAdmin.user.id;
  const read = await app.api.get(`/api/users/${aUserId}`, { token: adminB.token });
  expect(read.status).toBe(404);
  expect(read.body.error.code).toBe('ERR_USER_NOT_FOUND');
  const update = await app.api.put(`/api/users/${aUserId}`, { name: 'Hacked', password: 'hacked-pass-1' }, { token: adminB.token });
  expect(update.status).toBe(404);
  const del = await app.api.delete(`/api/users/${aUserId}`, { token: adminB.token });
  expect(del.status).toBe(404);

  const me = await app.api.get('/api/auth/me', { token: superAdmin.token });
  expect(me.body.user.name).not.toBe('Hacked');
  expect((await app.api.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password })).status).toBe(200);
});

it('an admin of A gets 404 for a user of B likewise', async () => {
  const bId = adminB.user.id;
  expect((await app.api.get(`/api/users/${bId}`, { token: superAdmin.token })).status).toBe(404);
  expect((await app.api.put(`/api/users/${bId}`, { active: false }, { token: superAdmin.token })).status).toBe(404);
  expect((await app.api.delete(`/api/users/${bId}`, { token: superAdmin.token })).status).toBe(404);
  expect((await app.api.get('/api/auth/me', { token: adminB.token })).status).toBe(200);
});

it('a super admin manages companies: list, rename, deactivate (its users cannot log in), reactivate', async () => {
  const list = await app.api.get('/api/companies', { token: superAdmin.token });
  expect(list.body.companies.map((c: { name: string }) => c.name)).toEqual(['Empresa A', 'Empresa B']);
  const renamed = await app.api.put(`/api/companies/${companyBId}`, { name: 'Empresa B Ltda' }, { token: superAdmin.token });
  expect(renamed.body.company.name).toBe('Empresa B Ltda');

  await app.api.put(`/api/companies/${companyBId}`, { active: false }, { token: superAdmin.token });
  expect((await app.api.get('/api/auth/me', { token: adminB.token })).body.error.code).toBe('ERR_COMPANY_INACTIVE');
  const login = await app.api.post('/api/auth/login', { email: 'bianca@empresa-b.test', password: 'bianca-pass-1' });
  expect(login.body.error.code).toBe('ERR_COMPANY_INACTIVE');

  await app.api.put(`/api/companies/${companyBId}`, { active: true }, { token: superAdmin.token });
  expect((await app.api.get('/api/auth/me', { token: adminB.token })).status).toBe(200);
});

it('a company and its first admin are created together or not at all', async () => {
  const taken = await app.api.post(
    '/api/companies',
    { name: 'Empresa C', admin: { name: 'Dup', email: 'BIANCA@empresa-b.test', password: 'dup-pass-123' } },
    { token: superAdmin.token },
  );
  expect(taken.status).toBe(409);
  expect(taken.body.error.code).toBe('ERR_EMAIL_IN_USE');
  const list = await app.api.get('/api/companies', { token: superAdmin.token });
  expect(list.body.companies.map((c: { name: string }) => c.name)).not.toContain('Empresa C');
});

it('a super admin cannot delete their own company; deleting another removes it and its users', async () => {
  const own = await app.api.delete(`/api/companies/${superAdmin.user.companyId}`, { token: superAdmin.token });
  expect(own.body.error.code).toBe('ERR_CANNOT_DELETE_OWN_COMPANY');
  const created = await app.api.post(
    '/api/companies',
    { name: 'Empresa D', admin: { name: 'Dora', email: 'dora@empresa-d.test', password: 'dora-pass-123' } },
    { token: superAdmin.token },
  );
  const dora = await app.api.login('dora@empresa-d.test', 'dora-pass-123');
  expect((await app.api.delete(`/api/companies/${created.body.company.id}`, { token: superAdmin.token })).status).toBe(204);
  expect((await app.api.get('/api/auth/me', { token: dora.token })).status).toBe(401);
  expect((await app.api.get(`/api/companies/${created.body.company.id}`, { token: superAdmin.token })).status).toBe(404);
});
