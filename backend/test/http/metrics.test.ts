import { startTestApp, type TestApp } from '../support/testApp.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ METRICS_TOKEN });
});
afterAll(() => app.stop());

it('serves Prometheus metrics only with the metrics token', async () => {
  await app.api.get('/api/health');
  expect((await app.api.get('/metrics')).status).toBe(403);
  expect((await app.api.get('/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
  const res = await app.api.get('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/plain/);
  expect(res.body).toMatch(/atende_http_request_duration_seconds_count\{method="GET",route="\/api\/health\/",status="200"\} \d+/);
  expect(res.body).toMatch(/atende_process_resident_memory_bytes/);
});

it('is not under /api, so nginx (which proxies /api and /socket.io only) never exposes it', async () => {
  expect((await app.api.get('/api/metrics')).status).toBe(404);
});
