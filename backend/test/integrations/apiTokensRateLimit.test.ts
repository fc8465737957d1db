import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// A backend of its own, started with a low per-token rate (and its own Redis prefix: no other file's counts).
let app: TestApp;
let admin: { token: string };
beforeAll(async () => {
  app = await startTestApp({ API_TOKEN_RATE_PER_MINUTE: '3' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
});
afterAll(() => app.stop());

async function createToken(name: string): Promise<string> {
  const res = await app.api.post('/api/api-tokens', { name, scopes: ['contacts:read'] }, { token: admin.token });
  expect(res.status).toBe(201);
  return res.body.token;
}

it('limits each token per minute: over it → 429 ERR_RATE_LIMITED with Retry-After; other tokens and sessions go on', async () => {
  const token = await createToken('Apressado');
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) statuses.push((await app.api.get('/api/contacts', { token })).status);
  expect(statuses).toEqual([200, 200, 200]);

  const limited = await app.api.get('/api/contacts', { token });
  expect(limited.status).toBe(429);
  expect(limited.body.error.code).toBe('ERR_RATE_LIMITED');
  const retryAfter = Number(limited.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(limited.body.error.details.retryAfterSeconds).toBe(retryAfter);

  expect((await app.api.get('/api/contacts', { token: await createToken('Calmo') })).status).toBe(200);
  expect((await app.api.get('/api/contacts', { token: admin.token })).status).toBe(200);
});

it('counts refused requests too: probing forbidden routes does not get around the limit', async () => {
  const token = await createToken('Sondando');
  for (let i = 0; i < 3; i++) expect((await app.api.get('/api/users', { token })).status).toBe(403);
  const limited = await app.api.get('/api/contacts', { token });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
});
