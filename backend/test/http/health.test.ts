import { startPostgres, startRedis, type ThrowawayPostgres, type ThrowawayRedis } from '../../../scripts/lib/throwaway.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// This file owns its PostgreSQL cluster and redis-server, so it can stop them under the running app.
let postgres: ThrowawayPostgres;
let redis: ThrowawayRedis;
let app: TestApp;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  app = await startTestApp({ DATABASE_URL: postgres.url, REDIS_URL: redis.url });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

it('answers 200 when PostgreSQL and Redis are up', async () => {
  const res = await app.api.get('/api/health');
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
});

it('answers 503 while PostgreSQL is stopped and 200 again once it is back', async () => {
  await postgres.pause();
  const down = await app.api.get('/api/health');
  expect(down.status).toBe(503);
  expect(down.body.checks).toEqual({ database: 'down', redis: 'up' });

  // A request that needs the database meanwhile gets a clean 503 code, not a stack trace.
  const login = await app.api.post('/api/auth/login', { email: 'admin@atende.test', password: 'admin-password-1' });
  expect(login.status).toBe(503);
  expect(login.body.error.code).toBe('ERR_SERVICE_UNAVAILABLE');

  await postgres.resume();
  await until(
    async () => (await app.api.get('/api/health')).status,
    (status) => status === 200,
    'health back to 200',
  );
  expect((await app.api.post('/api/auth/login', { email: 'admin@atende.test', password: 'admin-password-1' })).status).toBe(200);
}, 60_000);

it('answers 503 while Redis is gone and 200 once a Redis is back on its address', async () => {
  await redis.pause();
  const res = await app.api.get('/api/health');
  expect(res.status).toBe(503);
  expect(res.body.checks).toEqual({ database: 'up', redis: 'down' });

  await redis.resume();
  await until(
    async () => (await app.api.get('/api/health')).status,
    (status) => status === 200,
    'health back to 200',
  );
}, 60_000);
