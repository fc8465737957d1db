import jwt from 'jsonwebtoken';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeAll(async () => {
  // A generous per-IP limit: every request here comes from 127.0.0.1 (rate limits have their own file).
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
});
afterAll(() => app.stop());

describe('login', () => {
  it('logs the seeded admin in and sets an httpOnly refresh cookie scoped to /api/auth', async () => {
    const res = await app.api.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
    expect(res.status).toBe(200);
    expect(typeof res.body.accessToken).toBe('string');
    expect(res.body.user).toMatchObject({ email: ADMIN.email, profile: 'admin', super: true, active: true });
    expect(res.body.user.passwordHash).toBeUndefined();
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('atende_rt='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('accepts the e-mail in any case and with spaces around it', async () => {
    const res = await app.api.post('/api/auth/login', { email: `  ${ADMIN.email.toUpperCase()} `, password: ADMIN.password });
    expect(res.status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail with the same error', async () => {
    const wrong = await app.api.post('/api/auth/login', { email: ADMIN.email, password: 'not-the-password' });
    const unknown = await app.api.post('/api/auth/login', { email: 'nobody@atende.test', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('ERR_INVALID_CREDENTIALS');
    expect(wrong.refreshCookie).toBeUndefined();
  });

  it('gives /me to a valid token and 401 without one or with a forged one', async () => {
    const { token } = await app.api.login(ADMIN.email, ADMIN.password);
    expect((await app.api.get('/api/auth/me', { token })).body.user.email).toBe(ADMIN.email);
    expect((await app.api.get('/api/auth/me')).body.error.code).toBe('ERR_UNAUTHORIZED');
    const forged = `${token.slice(0, -4)}AAAA`;
    const res = await app.api.get('/api/auth/me', { token: forged });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('ERR_SESSION_EXPIRED');
  });

  it('accepts a token signed with the secret as a plain string (sessions from before the prepared key) and refuses another secret', async () => {
    const { user } = await app.api.login(ADMIN.email, ADMIN.password);
    const claims = { sub: String(user.id), companyId: user.companyId, profile: 'admin', super: true, tv: 0 };
    const options = { algorithm: 'HS256', issuer: 'atende', audience: 'access', expiresIn: 60 } as const;
    const older = jwt.sign(claims, app.config.jwtSecret, options);
    expect((await app.api.get('/api/auth/me', { token: older })).body.user?.email).toBe(ADMIN.email);
    const foreign = jwt.sign(claims, `${app.config.jwtSecret}x`, options);
    expect((await app.api.get('/api/auth/me', { token: foreign })).body.error.code).toBe('ERR_SESSION_EXPIRED');
  });
});

describe('refresh rotation', () => {
  it('rotates: each refresh gives a new access token and a new cookie', async () => {
    const session = await app.api.login(ADMIN.email, ADMIN.password);
    const first = await app.api.post('/api/auth/refresh', undefined, { cookie: session.cookie });
    expect(first.status).toBe(200);
    expect(first.refreshCookie).toBeTruthy();
    expect(first.refreshCookie).not.toBe(session.cookie);
    expect((await app.api.get('/api/auth/me', { token: first.body.accessToken })).status).toBe(200);
    const second = await app.api.post('/api/auth/refresh', undefined, { cookie: first.refreshCookie });
    expect(second.status).toBe(200);
    expect(second.refreshCookie).not.toBe(first.refreshCookie);
  });

  it('revokes the whole family when a used refresh cookie is replayed', async () => {
    const session = await app.api.login(ADMIN.email, ADMIN.password);
    const rotated = await app.api.post('/api/auth/refresh', undefined, { cookie: session.cookie });
    expect(rotated.status).toBe(200);

    const replay = await app.api.post('/api/auth/refresh', undefined, { cookie: session.cookie });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('ERR_REFRESH_REUSED');
    expect(replay.refreshCookie).toBe('');

    // The newer token of the same family died with it.
    const newer = await app.api.post('/api/auth/refresh', undefined, { cookie: rotated.refreshCookie });
    expect(newer.status).toBe(401);
    expect(newer.body.error.code).toBe('ERR_SESSION_EXPIRED');
  });

  it('leaves other families (other devices) alone when one family is revoked', async () => {
    const laptop = await app.api.login(ADMIN.email, ADMIN.password);
    const phone = await app.api.login(ADMIN.email, ADMIN.password);
    await app.api.post('/api/auth/refresh', undefined, { cookie: laptop.cookie });
    await app.api.post('/api/auth/refresh', undefined, { cookie: laptop.cookie }); // replay
    expect((await app.api.post('/api/auth/refresh', undefined, { cookie: phone.cookie })).status).toBe(200);
  });

  it('answers 401 to a missing or garbage cookie', async () => {
    expect((await app.api.post('/api/auth/refresh')).body.error.code).toBe('ERR_SESSION_EXPIRED');
    expect((await app.api.post('/api/auth/refresh', undefined, { cookie: 'garbage' })).status).toBe(401);
  });
});

describe('logout', () => {
  it('revokes the refresh cookie and clears it', async () => {
    const session = await app.api.login(ADMIN.email, ADMIN.password);
    const out = await app.api.post('/api/auth/logout', undefined, { cookie: session.cookie });
    expect(out.status).toBe(204);
    expect(out.refreshCookie).toBe('');
    const res = await app.api.post('/api/auth/refresh', undefined, { cookie: session.cookie });
    expect(res.status).toBe(401);
  });

  it('is harmless without a cookie', async () => {
    expect((await app.api.post('/api/auth/logout')).status).toBe(204);
  });
});

describe('password change', () => {
  const agent = { name: 'Beatriz', email: 'beatriz@atende.test', password: 'beatriz-pass-1', profile: 'user' };

  it('ends every other session of the user, and keeps the caller logged in with fresh tokens', async () => {
    const admin = await app.api.login(ADMIN.email, ADMIN.password);
    expect((await app.api.post('/api/users', agent, { token: admin.token })).status).toBe(201);
    const elsewhere = await app.api.login(agent.email, agent.password);
    const here = await app.api.login(agent.email, agent.password);

    const changed = await app.api.put('/api/auth/password', { currentPassword: agent.password, newPassword: 'beatriz-pass-2' }, { token: here.token });
    expect(changed.status).toBe(200);

    for (const old of [elsewhere, here]) {
      expect((await app.api.get('/api/auth/me', { token: old.token })).status).toBe(401);
      expect((await app.api.post('/api/auth/refresh', undefined, { cookie: old.cookie })).status).toBe(401);
    }
    expect((await app.api.get('/api/auth/me', { token: changed.body.accessToken })).status).toBe(200);
    expect((await app.api.post('/api/auth/refresh', undefined, { cookie: changed.refreshCookie })).status).toBe(200);
    expect((await app.api.post('/api/auth/login', { email: agent.email, password: agent.password })).status).toBe(401);
    expect((await app.api.post('/api/auth/login', { email: agent.email, password: 'beatriz-pass-2' })).status).toBe(200);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const admin = await app.api.login(ADMIN.email, ADMIN.password);
    const res = await app.api.put('/api/auth/password', { currentPassword: 'wrong-one!', newPassword: 'whatever-123' }, { token: admin.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ERR_WRONG_PASSWORD');
    expect((await app.api.get('/api/auth/me', { token: admin.token })).status).toBe(200);
  });

  it('by an admin on another user also ends that user’s sessions', async () => {
    const admin = await app.api.login(ADMIN.email, ADMIN.password);
    const created = await app.api.post(
      '/api/users',
      { name: 'Carlos', email: 'carlos@atende.test', password: 'carlos-pass-1', profile: 'user' },
      { token: admin.token },
    );
    const carlos = await app.api.login('carlos@atende.test', 'carlos-pass-1');
    const res = await app.api.put(`/api/users/${created.body.user.id}`, { password: 'carlos-pass-2' }, { token: admin.token });
    expect(res.status).toBe(200);
    expect((await app.api.get('/api/auth/me', { token: carlos.token })).status).toBe(401);
    expect((await app.api.post('/api/auth/refresh', undefined, { cookie: carlos.cookie })).status).toBe(401);
  });
});

describe('deactivation', () => {
  it('ends the sessions of a deactivated user and blocks their login', async () => {
    const admin = await app.api.login(ADMIN.email, ADMIN.password);
    const created = await app.api.post(
      '/api/users',
      { name: 'Daniela', email: 'daniela@atende.test', password: 'daniela-pass-1', profile: 'supervisor' },
      { token: admin.token },
    );
    const daniela = await app.api.login('daniela@atende.test', 'daniela-pass-1');
    await app.api.put(`/api/users/${created.body.user.id}`, { active: false }, { token: admin.token });
    expect((await app.api.get('/api/auth/me', { token: daniela.token })).status).toBe(401);
    expect((await app.api.post('/api/auth/refresh', undefined, { cookie: daniela.cookie })).status).toBe(401);
    const login = await app.api.post('/api/auth/login', { email: 'daniela@atende.test', password: 'daniela-pass-1' });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('ERR_USER_INACTIVE');
  });
});
