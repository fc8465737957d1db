import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
});
afterAll(() => app.stop());

const newUser = (n: string, profile = 'user') => ({ name: `Atendente ${n}`, email: `${n}@empresa-a.test`, password: `senha-${n}-123`, profile });

describe('users of a company, by its admin', () => {
  it('creates, reads, updates and deletes a user', async () => {
    const created = await app.api.post('/api/users', newUser('ana'), { token: admin.token });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ name: 'Atendente ana', email: 'ana@empresa-a.test', profile: 'user', active: true, super: false });
    const id = created.body.user.id;

    expect((await app.api.get(`/api/users/${id}`, { token: admin.token })).body.user.email).toBe('ana@empresa-a.test');
    const updated = await app.api.put(`/api/users/${id}`, { name: 'Ana Souza', profile: 'supervisor' }, { token: admin.token });
    expect(updated.body.user).toMatchObject({ name: 'Ana Souza', profile: 'supervisor' });

    expect((await app.api.delete(`/api/users/${id}`, { token: admin.token })).status).toBe(204);
    expect((await app.api.get(`/api/users/${id}`, { token: admin.token })).body.error.code).toBe('ERR_USER_NOT_FOUND');
  });

  it('refuses a second user with the same e-mail, whatever its case', async () => {
    await app.api.post('/api/users', newUser('bruno'), { token: admin.token });
    const dup = await app.api.post('/api/users', { ...newUser('x'), email: 'BRUNO@empresa-a.test' }, { token: admin.token });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('ERR_EMAIL_IN_USE');
  });

  it('lists users by name with search and keyset pages', async () => {
    for (const n of ['p1', 'p2', 'p3', 'p4', 'p5']) await app.api.post('/api/users', newUser(n), { token: admin.token });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/users?search=${encodeURIComponent('Atendente p')}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await app.api.get(q, { token: admin.token });
      expect(page.status).toBe(200);
      expect(page.body.users.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.users.map((u: { email: string }) => u.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['p1', 'p2', 'p3', 'p4', 'p5'].map((n) => `${n}@empresa-a.test`));
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    const res = await app.api.get('/api/users?search=%25', { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.users).toEqual([]);
  });

  it('sets, lists and clears an attendant’s own cap of open tickets (null: the company default)', async () => {
    const created = await app.api.post('/api/users', { ...newUser('cap'), maxOpenTickets: 3 }, { token: admin.token });
    expect(created.status).toBe(201);
    expect(created.body.user.maxOpenTickets).toBe(3);
    const id = created.body.user.id;
    expect((await app.api.get('/api/users?search=cap@', { token: admin.token })).body.users).toMatchObject([{ id, maxOpenTickets: 3 }]);
    expect((await app.api.put(`/api/users/${id}`, { maxOpenTickets: 500 }, { token: admin.token })).body.user.maxOpenTickets).toBe(500);
    expect((await app.api.put(`/api/users/${id}`, { name: 'Cap' }, { token: admin.token })).body.user.maxOpenTickets).toBe(500); // omitted: kept
    expect((await app.api.put(`/api/users/${id}`, { maxOpenTickets: null }, { token: admin.token })).body.user.maxOpenTickets).toBeNull();
    expect((await app.api.post('/api/users', newUser('nocap'), { token: admin.token })).body.user.maxOpenTickets).toBeNull();
    for (const bad of [0, -1, 1.5, 501, '3', true]) {
      const res = await app.api.put(`/api/users/${id}`, { maxOpenTickets: bad }, { token: admin.token });
      expect([res.status, res.body.error.code, res.body.error.details[0].path]).toEqual([400, 'ERR_VALIDATION', 'maxOpenTickets']);
    }
    expect((await app.api.get(`/api/users/${id}`, { token: admin.token })).body.user.maxOpenTickets).toBeNull();
  });

  it('does not let an admin delete, demote or deactivate themself', async () => {
    const del = await app.api.delete(`/api/users/${admin.user.id}`, { token: admin.token });
    expect(del.body.error.code).toBe('ERR_CANNOT_DELETE_SELF');
    const demote = await app.api.put(`/api/users/${admin.user.id}`, { profile: 'user' }, { token: admin.token });
    expect(demote.body.error.code).toBe('ERR_CANNOT_CHANGE_SELF');
    const off = await app.api.put(`/api/users/${admin.user.id}`, { active: false }, { token: admin.token });
    expect(off.body.error.code).toBe('ERR_CANNOT_CHANGE_SELF');
    expect((await app.api.get('/api/auth/me', { token: admin.token })).body.user.profile).toBe('admin');
  });
});

describe('profiles', () => {
  it('forbids a plain user from creating, listing, changing or deleting users', async () => {
    const created = await app.api.post('/api/users', newUser('carla'), { token: admin.token });
    const carla = await app.api.login('carla@empresa-a.test', 'senha-carla-123');
    const attempt = await app.api.post('/api/users', newUser('intruso'), { token: carla.token });
    expect(attempt.status).toBe(403);
    expect(attempt.body.error.code).toBe('ERR_FORBIDDEN');
    expect((await app.api.get('/api/users', { token: carla.token })).status).toBe(403);
    expect((await app.api.put(`/api/users/${created.body.user.id}`, { profile: 'admin' }, { token: carla.token })).status).toBe(403);
    expect((await app.api.delete(`/api/users/${admin.user.id}`, { token: carla.token })).status).toBe(403);
    // Nothing was created by the refused request.
    const list = await app.api.get('/api/users?search=intruso', { token: admin.token });
    expect(list.body.users).toEqual([]);
  });

  it('lets a supervisor read users but not write them', async () => {
    await app.api.post('/api/users', newUser('sofia', 'supervisor'), { token: admin.token });
    const sofia = await app.api.login('sofia@empresa-a.test', 'senha-sofia-123');
    expect((await app.api.get('/api/users', { token: sofia.token })).status).toBe(200);
    expect((await app.api.post('/api/users', newUser('z'), { token: sofia.token })).status).toBe(403);
  });

  it('keeps companies to super admins', async () => {
    const created = await app.api.post('/api/users', newUser('diego', 'admin'), { token: admin.token });
    expect(created.status).toBe(201);
    const diego = await app.api.login('diego@empresa-a.test', 'senha-diego-123');
    expect((await app.api.get('/api/companies', { token: diego.token })).status).toBe(403);
    const create = await app.api.post('/api/companies', { name: 'X', admin: newUser('x2') }, { token: diego.token });
    expect(create.status).toBe(403);
  });
});
