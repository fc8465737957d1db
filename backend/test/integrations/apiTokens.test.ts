import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import winston from 'winston';
import { configureLogger, logger } from '../../src/lib/logger.js';
import type { Json } from '../support/api.js';
import { createAttendant } from '../support/factories.js';
import { connectSocket } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// Issue 16, acceptance 1: API tokens through HTTP against the real backend, PostgreSQL and Redis. The rate limit
// has a file of its own (apiTokensRateLimit.test.ts): it needs a backend started with a low limit.
let app: TestApp;
let db: pg.Client;
let admin: { token: string; user: { id: number; companyId: number } };
let adminB: { token: string; user: { id: number; companyId: number } };

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  const companyB = await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Bianca', email: 'bianca@empresa-b.test', password: 'bianca-pass-1' } },
    { token: admin.token },
  );
  expect(companyB.status).toBe(201);
  adminB = await app.api.login('bianca@empresa-b.test', 'bianca-pass-1');
});
afterAll(async () => {
  await db.end();
  await app.stop();
});

async function createToken(body: Json, sessionToken = admin.token): Promise<{ token: string; apiToken: Json }> {
  const res = await app.api.post('/api/api-tokens', body, { token: sessionToken });
  expect(res.status).toBe(201);
  return res.body;
}

let contactSeq = 0;
async function createContact(sessionToken = admin.token): Promise<number> {
  contactSeq += 1;
  const res = await app.api.post('/api/contacts', { name: `Cliente ${contactSeq}`, number: `55119${String(70000000 + contactSeq)}` }, { token: sessionToken });
  expect(res.status).toBe(201);
  return res.body.contact.id;
}

it('shows a new token once: the list and the database hold its prefix and hash, never the token', async () => {
  const created = await app.api.post('/api/api-tokens', { name: 'ERP', scopes: ['contacts:read', 'messages:send'] }, { token: admin.token });
  expect(created.status).toBe(201);
  expect(created.headers.get('cache-control')).toBe('no-store');
  const { token, apiToken } = created.body;
  expect(token).toMatch(/^atd_[A-Za-z0-9_-]{43}$/); // 32 bytes in base64url
  expect(apiToken).toEqual({
    id: expect.any(Number),
    name: 'ERP',
    prefix: token.slice(0, 8),
    scopes: ['contacts:read', 'messages:send'],
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    createdAt: expect.any(String),
    createdBy: { id: admin.user.id, name: expect.any(String) },
  });

  const list = await app.api.get('/api/api-tokens', { token: admin.token });
  expect(list.status).toBe(200);
  expect(list.body.apiTokens).toContainEqual(apiToken);
  const secretPart = token.slice(8);
  expect(JSON.stringify(list.body)).not.toContain(secretPart);

  const { rows } = await db.query(`SELECT * FROM "ApiTokens" WHERE id = $1`, [apiToken.id]);
  expect(rows).toHaveLength(1);
  expect(rows[0].tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
  expect(JSON.stringify(rows[0])).not.toContain(secretPart);
  expect(rows[0].prefix).toBe(token.slice(0, 8));
});

it('works on a route its scope allows, as its creator inside its company, and records the use once a minute', async () => {
  const contactId = await createContact();
  const { token, apiToken } = await createToken({ name: 'Leitura', scopes: ['contacts:read'] });

  const list = await app.api.get('/api/contacts', { token });
  expect(list.status).toBe(200);
  expect(list.body.contacts.map((c: Json) => c.id)).toContain(contactId);
  const one = await app.api.get(`/api/contacts/${contactId}`, { token });
  expect(one.status).toBe(200);
  expect(one.body.contact.id).toBe(contactId);

  const firstUse = (await db.query(`SELECT "lastUsedAt" FROM "ApiTokens" WHERE id = $1`, [apiToken.id])).rows[0].lastUsedAt;
  expect(firstUse).toBeInstanceOf(Date);
  // Used again within the minute: no new write (the column keeps the first use).
  expect((await app.api.get('/api/contacts', { token })).status).toBe(200);
  const secondRead = (await db.query(`SELECT "lastUsedAt" FROM "ApiTokens" WHERE id = $1`, [apiToken.id])).rows[0].lastUsedAt;
  expect(secondRead.getTime()).toBe(firstUse.getTime());
  const shown = (await app.api.get('/api/api-tokens', { token: admin.token })).body.apiTokens.find((t: Json) => t.id === apiToken.id);
  expect(shown.lastUsedAt).toBe(firstUse.toISOString());
});

it('refuses a scope the token lacks with 403 ERR_TOKEN_SCOPE naming the scope', async () => {
  const { token } = await createToken({ name: 'Só leitura', scopes: ['contacts:read'] });
  const write = await app.api.post('/api/contacts', { name: 'Novo', number: '5511988887777' }, { token });
  expect(write.status).toBe(403);
  expect(write.body.error).toMatchObject({ code: 'ERR_TOKEN_SCOPE', details: { required: 'contacts:write' } });
  const tickets = await app.api.get('/api/tickets', { token });
  expect(tickets.status).toBe(403);
  expect(tickets.body.error).toMatchObject({ code: 'ERR_TOKEN_SCOPE', details: { required: 'tickets:read' } });
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Contacts" WHERE number = '5511988887777'`);
  expect(rows[0].n).toBe(0);
});

it.each([
  ['GET', '/api/users'],
  ['POST', '/api/users'],
  ['GET', '/api/api-tokens'],
  ['POST', '/api/api-tokens'],
  ['DELETE', '/api/api-tokens/1'],
  ['GET', '/api/companies'],
  ['GET', '/api/auth/me'],
  ['GET', '/api/settings'],
  ['GET', '/api/campaigns'],
])('never lets a token reach %s %s, whatever its scopes (403 ERR_TOKEN_ROUTE_FORBIDDEN)', async (method, path) => {
  const { token } = await createToken({
    name: 'Tudo',
    scopes: ['messages:send', 'tickets:read', 'tickets:write', 'contacts:read', 'contacts:write', 'webhooks:manage'],
  });
  const body = method === 'POST' ? { name: 'Mint', scopes: ['contacts:read'] } : undefined;
  const res = await app.api.request(method, path, { token, body });
  expect(res.status).toBe(403);
  expect(res.body.error.code).toBe('ERR_TOKEN_ROUTE_FORBIDDEN');
});

it("answers 404 for another company's contact, and lists only its own company", async () => {
  const contactOfA = await createContact();
  const contactOfB = await createContact(adminB.token);
  const { token } = await createToken({ name: 'ERP B', scopes: ['contacts:read', 'contacts:write'] }, adminB.token);

  const read = await app.api.get(`/api/contacts/${contactOfA}`, { token });
  expect(read.status).toBe(404);
  expect(read.body.error.code).toBe('ERR_CONTACT_NOT_FOUND');
  expect((await app.api.put(`/api/contacts/${contactOfA}`, { name: 'Hacked' }, { token })).status).toBe(404);
  expect((await app.api.delete(`/api/contacts/${contactOfA}`, { token })).status).toBe(404);
  const list = await app.api.get('/api/contacts', { token });
  expect(list.body.contacts.map((c: Json) => c.id)).toEqual([contactOfB]);
  const { rows } = await db.query(`SELECT name FROM "Contacts" WHERE id = $1`, [contactOfA]);
  expect(rows[0].name).not.toBe('Hacked');
});

it('refuses a revoked token with 401 ERR_TOKEN_REVOKED; the row stays, named in the list', async () => {
  const { token, apiToken } = await createToken({ name: 'Antigo', scopes: ['contacts:read'] });
  expect((await app.api.get('/api/contacts', { token })).status).toBe(200);

  // Another company cannot revoke it.
  const foreign = await app.api.delete(`/api/api-tokens/${apiToken.id}`, { token: adminB.token });
  expect(foreign.status).toBe(404);
  expect(foreign.body.error.code).toBe('ERR_API_TOKEN_NOT_FOUND');
  expect((await app.api.get('/api/contacts', { token })).status).toBe(200);

  const revoked = await app.api.delete(`/api/api-tokens/${apiToken.id}`, { token: admin.token });
  expect(revoked.status).toBe(200);
  expect(revoked.body.apiToken).toMatchObject({ id: apiToken.id, name: 'Antigo', revokedAt: expect.any(String) });
  const refused = await app.api.get('/api/contacts', { token });
  expect(refused.status).toBe(401);
  expect(refused.body.error.code).toBe('ERR_TOKEN_REVOKED');

  const again = await app.api.delete(`/api/api-tokens/${apiToken.id}`, { token: admin.token });
  expect(again.body.apiToken.revokedAt).toBe(revoked.body.apiToken.revokedAt);
  const listed = (await app.api.get('/api/api-tokens', { token: admin.token })).body.apiTokens.find((t: Json) => t.id === apiToken.id);
  expect(listed.revokedAt).toBe(revoked.body.apiToken.revokedAt);
  expect((await app.api.get('/api/api-tokens', { token: adminB.token })).body.apiTokens.map((t: Json) => t.id)).not.toContain(apiToken.id);
});

it('refuses an expired token with 401 ERR_TOKEN_EXPIRED, and an expiry in the past at creation', async () => {
  const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
  const { token, apiToken } = await createToken({ name: 'Temporário', scopes: ['contacts:read'], expiresAt });
  expect(apiToken.expiresAt).toBe(expiresAt);
  expect((await app.api.get('/api/contacts', { token })).status).toBe(200);

  await db.query(`UPDATE "ApiTokens" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [apiToken.id]);
  const refused = await app.api.get('/api/contacts', { token });
  expect(refused.status).toBe(401);
  expect(refused.body.error.code).toBe('ERR_TOKEN_EXPIRED');

  const past = await app.api.post('/api/api-tokens', { name: 'Passado', scopes: ['contacts:read'], expiresAt: '2020-01-01T00:00:00Z' }, { token: admin.token });
  expect(past.status).toBe(400);
  expect(past.body.error.code).toBe('ERR_TOKEN_EXPIRY_PAST');
});

it('refuses an unknown token with 401 ERR_TOKEN_INVALID', async () => {
  for (const token of [`atd_${randomBytes(32).toString('base64url')}`, 'atd_', 'atd_x']) {
    const res = await app.api.get('/api/contacts', { token });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('ERR_TOKEN_INVALID');
  }
});

it('loses its rights with its creator: deactivated → 401 ERR_TOKEN_INVALID, active again → works', async () => {
  const other = await createAttendant(app.api, admin.token, 'Outra Admin', 'admin');
  const { token } = await createToken({ name: 'Da Outra', scopes: ['contacts:read'] }, other.token);
  expect((await app.api.get('/api/contacts', { token })).status).toBe(200);

  expect((await app.api.put(`/api/users/${other.id}`, { active: false }, { token: admin.token })).status).toBe(200);
  const refused = await app.api.get('/api/contacts', { token });
  expect(refused.status).toBe(401);
  expect(refused.body.error.code).toBe('ERR_TOKEN_INVALID');

  expect((await app.api.put(`/api/users/${other.id}`, { active: true }, { token: admin.token })).status).toBe(200);
  expect((await app.api.get('/api/contacts', { token })).status).toBe(200);
});

it('lets only admins manage tokens, and checks what they send', async () => {
  const supervisor = await createAttendant(app.api, admin.token, 'Supervisora Tokens', 'supervisor');
  expect((await app.api.get('/api/api-tokens', { token: supervisor.token })).status).toBe(403);
  expect((await app.api.post('/api/api-tokens', { name: 'x', scopes: ['contacts:read'] }, { token: supervisor.token })).status).toBe(403);
  expect((await app.api.get('/api/api-tokens')).status).toBe(401);

  for (const body of [
    { name: '', scopes: ['contacts:read'] },
    { name: 'x', scopes: [] },
    { name: 'x', scopes: ['users:admin'] },
    { name: 'x', scopes: ['contacts:read'], extra: 1 },
  ]) {
    const res = await app.api.post('/api/api-tokens', body, { token: admin.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ERR_VALIDATION');
  }
  expect((await app.api.delete('/api/api-tokens/abc', { token: admin.token })).status).toBe(400);
});

it('keeps sockets to session JWTs: a token cannot open one', async () => {
  const { token } = await createToken({ name: 'Socket', scopes: ['tickets:read'] });
  await expect(connectSocket(app.url, token)).rejects.toThrow(/ERR_/);
});

it("logs each token request with the token's name and id, never the token", async () => {
  const lines: string[] = [];
  const capture = new winston.transports.Stream({ stream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) });
  const consoles = logger.transports.filter((t) => t instanceof winston.transports.Console);
  consoles.forEach((t) => (t.silent = true));
  configureLogger({ level: 'http', format: 'json' });
  logger.add(capture);
  try {
    const { token, apiToken } = await createToken({ name: 'ERP Logado', scopes: ['contacts:read'] });
    expect((await app.api.get('/api/contacts', { token })).status).toBe(200);
    expect((await app.api.get('/api/users', { token })).status).toBe(403);
    const entries = lines.map((l) => JSON.parse(l) as Json).filter((e) => e.apiTokenId === apiToken.id);
    expect(entries.map((e) => e.message)).toEqual([expect.stringMatching(/^GET \/api\/contacts 200 /), expect.stringMatching(/^GET \/api\/users 403 /)]);
    expect(entries.every((e) => e.apiTokenName === 'ERP Logado')).toBe(true);
    expect(entries[0].userId).toBe(admin.user.id);
    expect(lines.join('\n')).not.toContain(token.slice(8));
  } finally {
    logger.remove(capture);
    configureLogger({ level: 'error', format: 'pretty', silent: !process.env.TEST_LOGS });
    consoles.forEach((t) => (t.silent = false));
  }
});

it('opens the send API to messages:send and the webhooks to webhooks:manage, and nothing else to them', async () => {
  const sender = (await createToken({ name: 'ERP envio', scopes: ['messages:send'] })).token;
  const hooks = (await createToken({ name: 'n8n', scopes: ['webhooks:manage'] })).token;

  // Through authentication and the scope check to the route itself: an unknown message is the route's own 404.
  const unknown = await app.api.get('/api/messages/send/999999999', { token: sender });
  expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ERR_MESSAGE_NOT_FOUND']);
  const noScope = await app.api.get('/api/messages/send/999999999', { token: hooks });
  expect([noScope.status, noScope.body.error.code]).toEqual([403, 'ERR_TOKEN_SCOPE']);
  expect(noScope.body.error.details).toEqual({ required: 'messages:send' });
  const badSend = await app.api.post('/api/messages/send', { number: 'não é número', body: 'Oi' }, { token: sender });
  expect([badSend.status, badSend.body.error.code]).toEqual([400, 'ERR_INVALID_PHONE_NUMBER']);

  const created = await app.api.post(
    '/api/webhooks',
    { name: 'n8n local', url: 'http://127.0.0.1:5678/webhook/atende', events: ['message.created'], allowLocal: true },
    { token: hooks },
  );
  expect(created.status).toBe(201);
  expect(created.body.secret).toMatch(/^whsec_/);
  const listed = await app.api.get('/api/webhooks', { token: hooks });
  expect(listed.body.webhooks.map((w: Json) => w.id)).toContain(created.body.webhook.id);
  const refused = await app.api.get('/api/webhooks', { token: sender });
  expect([refused.status, refused.body.error.code]).toEqual([403, 'ERR_TOKEN_SCOPE']);
  // Another company's token reaches the route but not this company's webhook.
  const other = (await createToken({ name: 'n8n B', scopes: ['webhooks:manage'] }, adminB.token)).token;
  expect((await app.api.get(`/api/webhooks/${created.body.webhook.id}`, { token: other })).status).toBe(404);
});
