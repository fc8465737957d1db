import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_EMAIL: '3', LOGIN_RATE_LIMIT_PER_IP: '8', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '120' });
});
afterAll(() => app.stop());

it('locks an e-mail after repeated failures, even for the right password, and says when to retry', async () => {
  for (let i = 0; i < 3; i++) {
    expect((await app.api.post('/api/auth/login', { email: ADMIN.email, password: 'wrong-password' })).status).toBe(401);
  }
  const locked = await app.api.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
  expect(locked.status).toBe(429);
  expect(locked.body.error.code).toBe('ERR_TOO_MANY_ATTEMPTS');
  expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(locked.refreshCookie).toBeUndefined();
});

it('limits attempts per IP across different e-mails', async () => {
  // 4 attempts were spent above; the IP allows 8 in the window.
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    statuses.push((await app.api.post('/api/auth/login', { email: `someone${i}@atende.test`, password: 'whatever-1' })).status);
  }
  expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
  expect(statuses.slice(4)).toEqual([429, 429]);
});
