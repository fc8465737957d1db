import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// Each test gets a backend of its own: its own Redis prefix, so no attempt of another test counts.
let app: TestApp;
beforeEach(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_EMAIL: '3', LOGIN_RATE_LIMIT_PER_IP: '8', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '120' });
});
afterEach(() => app.stop());

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
  // The IP allows 8 in the window, whatever the e-mails.
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    statuses.push((await app.api.post('/api/auth/login', { email: `someone${i}@atende.test`, password: 'whatever-1' })).status);
  }
  expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401));
  expect(statuses.slice(8)).toEqual([429, 429]);
});
