import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000', BODY_LIMIT: '100kb' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
});
afterAll(() => app.stop());

function expectClientError(res: { status: number; body: unknown }, code: string, status = 400): void {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ error: { code, message: expect.any(String) } });
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/); // never a stack trace
}

it('answers malformed JSON with ERR_INVALID_JSON', async () => {
  const res = await app.api.request('POST', '/api/users', { token, rawBody: '{"name": "Ana",' });
  expectClientError(res, 'ERR_INVALID_JSON');
  expectClientError(await app.api.request('POST', '/api/auth/login', { rawBody: '"just a string"' }), 'ERR_INVALID_JSON');
});

it('answers wrong types and missing fields with ERR_VALIDATION and the paths at fault', async () => {
  const res = await app.api.post('/api/users', { name: 42, email: 'not-an-email', password: 'short', profile: 'king' }, { token });
  expectClientError(res, 'ERR_VALIDATION');
  const paths = (res.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path).sort();
  expect(paths).toEqual(['email', 'name', 'password', 'profile']);
  expectClientError(await app.api.post('/api/auth/login', {}), 'ERR_VALIDATION');
  expectClientError(await app.api.post('/api/auth/login', [1, 2]), 'ERR_VALIDATION');
});

it('refuses unknown fields instead of ignoring them (no mass assignment of super or companyId)', async () => {
  const res = await app.api.post(
    '/api/users',
    { name: 'Eve', email: 'eve@a.test', password: 'eve-pass-1234', profile: 'user', super: true, companyId: 999 },
    { token },
  );
  expectClientError(res, 'ERR_VALIDATION');
  const list = await app.api.get('/api/users?search=eve', { token });
  expect(list.body.users).toEqual([]);
});

it('answers a body over the limit with 413 ERR_PAYLOAD_TOO_LARGE', async () => {
  const huge = JSON.stringify({ name: 'x'.repeat(200_000), email: 'a@a.test', password: 'abcdefgh1', profile: 'user' });
  expectClientError(await app.api.request('POST', '/api/users', { token, rawBody: huge }), 'ERR_PAYLOAD_TOO_LARGE', 413);
});

it('answers oversized strings within the body limit with ERR_VALIDATION', async () => {
  const res = await app.api.post('/api/users', { name: 'x'.repeat(5_000), email: 'a@a.test', password: 'abcdefgh1', profile: 'user' }, { token });
  expectClientError(res, 'ERR_VALIDATION');
});

it('answers impossible ids, bad query values and bad cursors with 400', async () => {
  expectClientError(await app.api.get('/api/users/abc', { token }), 'ERR_VALIDATION');
  expectClientError(await app.api.get('/api/users/-1', { token }), 'ERR_VALIDATION');
  expectClientError(await app.api.get('/api/users/99999999999999999999', { token }), 'ERR_VALIDATION');
  expectClientError(await app.api.get('/api/users?limit=100000', { token }), 'ERR_VALIDATION');
  expectClientError(await app.api.get('/api/users?limit=abc', { token }), 'ERR_VALIDATION');
  expectClientError(await app.api.get('/api/users?cursor=bm90LWpzb24', { token }), 'ERR_INVALID_CURSOR');
  expectClientError(await app.api.get('/api/users?unknown=1', { token }), 'ERR_VALIDATION');
  expectClientError(await app.api.get('/api/users?search=a&search=b', { token }), 'ERR_VALIDATION');
});

it('answers a missing user and an unknown route with 404 codes', async () => {
  expectClientError(await app.api.get('/api/users/2147483647', { token }), 'ERR_USER_NOT_FOUND', 404);
  expectClientError(await app.api.get('/api/nothing-here', { token }), 'ERR_NOT_FOUND', 404);
});

it('answers a body that is not JSON at all with ERR_VALIDATION, not a crash', async () => {
  const res = await app.api.request('POST', '/api/users', { token, rawBody: 'name=ana', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  expectClientError(res, 'ERR_VALIDATION');
});

it('still works after all of the above', async () => {
  expect((await app.api.get('/api/health')).status).toBe(200);
  expect((await app.api.get('/api/auth/me', { token })).status).toBe(200);
});
