import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BAD_BODY_ENCODINGS, MALFORMED_MULTIPART } from '../support/malformed.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let token: string;
let companyId: number;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000', BODY_LIMIT: '100kb' });
  ({
    token,
    user: { companyId },
  } = await app.api.login(ADMIN.email, ADMIN.password));
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

it('answers an id with an invalid percent-encoding with 400 ERR_BAD_PATH_ENCODING', async () => {
  for (const path of ['/api/users/%E0%A4%A', '/api/tickets/%', '/api/tickets/1/notes/%C0', '/api/messages/%E0%A4%A/media']) {
    expectClientError(await app.api.get(path, { token }), 'ERR_BAD_PATH_ENCODING');
  }
  expectClientError(await app.api.put('/api/messages/message/%E0%A4%A', { body: 'x' }, { token }), 'ERR_BAD_PATH_ENCODING');
});

it('answers a body whose Content-Encoding lies with 400 ERR_BAD_BODY_ENCODING, and still reads a real gzip body', async () => {
  const lies = BAD_BODY_ENCODINGS.filter((c) => ['gzip that is not gzip', 'deflate that is not deflate', 'brotli that is not brotli'].includes(c.label));
  expect(lies).toHaveLength(3);
  for (const bad of lies) {
    expectClientError(await app.api.request('POST', '/api/tags', { token, rawBody: bad.body, headers: bad.headers }), 'ERR_BAD_BODY_ENCODING');
    expectClientError(await app.api.request('POST', '/api/auth/login', { rawBody: bad.body, headers: bad.headers }), 'ERR_BAD_BODY_ENCODING');
  }
  const unknown = { 'content-type': 'application/json', 'content-encoding': 'x-zip' };
  expectClientError(await app.api.request('POST', '/api/tags', { token, rawBody: '{}', headers: unknown }), 'ERR_UNSUPPORTED_ENCODING', 415);
  const real = await app.api.request('POST', '/api/tags', {
    token,
    rawBody: gzipSync(JSON.stringify({ name: 'Comprimida' })),
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
  });
  expect([real.status, real.body.tag?.name]).toEqual([201, 'Comprimida']);
});

it('answers malformed multipart uploads with 400 ERR_BAD_MULTIPART and leaves no file behind', async () => {
  const ticketId = 2147483647; // the upload is read before the ticket is looked up
  expect(MALFORMED_MULTIPART.length).toBeGreaterThanOrEqual(4);
  for (const bad of MALFORMED_MULTIPART.filter((c) => c.label !== 'multipart with an escaped CR/LF in the file name')) {
    for (const path of [`/api/messages/${ticketId}`, '/api/contacts/import']) {
      const res = await app.api.request('POST', path, { token, rawBody: bad.body, headers: bad.headers });
      expect([bad.label, path, res.status, res.body.error?.code]).toEqual([bad.label, path, 400, 'ERR_BAD_MULTIPART']);
      expectClientError(res, 'ERR_BAD_MULTIPART');
    }
  }
  // A file name with an escaped CR/LF is a readable upload: it gets as far as the ticket lookup.
  const escaped = MALFORMED_MULTIPART.find((c) => c.label === 'multipart with an escaped CR/LF in the file name')!;
  expectClientError(
    await app.api.request('POST', `/api/messages/${ticketId}`, { token, rawBody: escaped.body, headers: escaped.headers }),
    'ERR_TICKET_NOT_FOUND',
    404,
  );
  const outbound = `${app.config.mediaDir}/${companyId}/outbound`;
  expect(readdirSync(outbound)).toEqual([]);
});

it('still works after all of the above', async () => {
  expect((await app.api.get('/api/health')).status).toBe(200);
  expect((await app.api.get('/api/auth/me', { token })).status).toBe(200);
});
