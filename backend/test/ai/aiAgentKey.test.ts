import { execFile } from 'node:child_process';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import winston from 'winston';
import { agentReply, startFakeOpenAi, type FakeOpenAi } from '../../../simulator/src/index.js';
import { one } from '../../src/db/sql.js';
import { configureLogger, logger } from '../../src/lib/logger.js';
import { createAttendant } from '../support/factories.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// An AI agent's API key is write-only: never in an answer, a log line or the database in plain text, and it
// leaves Atende only in the Authorization header of the calls to the agent's own endpoint.
const KEY = 'sk-proj-Atende7Zq9-0123456789abcdefGHIJKLmnopqrstuvWXYZ';
const OTHER_KEY = 'sk-other-9876543210zyxwvutsrqponmlkJIHGFE';
/** Pieces an encoding or a masked echo ("sk-proj…WXYZ") could leave of the key: none may appear anywhere. */
const traces = (key: string) => [key, key.slice(8, 30), key.slice(-16), Buffer.from(key).toString('base64'), Buffer.from(key).toString('hex')];

let app: TestApp;
let ai: FakeOpenAi;
let admin: { token: string };
let attendant: { token: string };
const lines: string[] = [];
const capture = new winston.transports.Stream({ stream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) });

beforeAll(async () => {
  ai = await startFakeOpenAi({ apiKey: KEY });
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  attendant = await createAttendant(app.api, admin.token, 'Ana Atendente');
  // Everything the backend logs from here on, at the most talkative level (SQL included), is searched.
  configureLogger({ level: 'debug', format: 'json' });
  for (const transport of logger.transports) transport.silent = true; // the console stays quiet; the capture hears all
  logger.add(capture);
}, 60_000);
afterEach(async () => {
  await ai.idle();
  ai.reset();
});
afterAll(async () => {
  logger.remove(capture);
  configureLogger({ level: 'error', format: 'pretty', silent: true });
  await app?.stop();
  await ai?.close();
});

const createAgent = async (name: string, apiKey: string | null = KEY) => {
  const res = await app.api.post('/api/ai-agents', { name, baseUrl: ai.url, model: 'gpt-4o-mini', apiKey }, { token: admin.token });
  if (res.status !== 201) throw new Error(`agent not created: ${JSON.stringify(res.body)}`);
  return res.body.aiAgent as { id: number; hasApiKey: boolean };
};
const sealedOf = async (id: number) =>
  (await one<{ apiKeyEncrypted: string | null }>(`SELECT "apiKeyEncrypted" FROM "AiAgents" WHERE id = :id`, { id }))?.apiKeyEncrypted;
const tryAgent = (id: number) =>
  app.api.post(`/api/ai-agents/${id}/test`, { messages: [{ role: 'user', content: 'Qual o horário?' }] }, { token: admin.token });

it('answers only hasApiKey: on create, update, list and read, to admins and attendants alike', async () => {
  const answers = [];
  const created = await app.api.post('/api/ai-agents', { name: 'Com chave', baseUrl: ai.url, model: 'gpt-4o-mini', apiKey: KEY }, { token: admin.token });
  answers.push(created);
  const id = created.body.aiAgent.id as number;
  answers.push(await app.api.put(`/api/ai-agents/${id}`, { apiKey: OTHER_KEY, temperature: 0.9 }, { token: admin.token }));
  for (const who of [admin, attendant]) {
    answers.push(await app.api.get('/api/ai-agents', { token: who.token }), await app.api.get(`/api/ai-agents/${id}`, { token: who.token }));
  }
  for (const res of answers) {
    expect(res.status).toBeLessThan(300);
    const text = JSON.stringify(res.body);
    for (const trace of [...traces(KEY), ...traces(OTHER_KEY), 'apiKey"', 'apiKeyEncrypted', (await sealedOf(id))!]) expect(text).not.toContain(trace);
  }
  expect(created.body.aiAgent.hasApiKey).toBe(true);
  expect((await app.api.get(`/api/ai-agents/${id}`, { token: attendant.token })).body.aiAgent.hasApiKey).toBe(true);
});

it('stores the key sealed (AES-256-GCM, a fresh IV each time): a dump of the database holds no trace of it', async () => {
  const first = await createAgent('Selada 1');
  const second = await createAgent('Selada 2');
  const [sealedFirst, sealedSecond] = [await sealedOf(first.id), await sealedOf(second.id)];
  expect(sealedFirst).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
  expect(sealedFirst).not.toBe(sealedSecond); // same key, same company: still two different values
  const { stdout: dump } = await promisify(execFile)('pg_dump', ['--data-only', '--no-owner', app.databaseUrl], { maxBuffer: 64 * 1024 * 1024 });
  expect(dump).toContain(sealedFirst!); // the dump is the real one: the sealed value is in it…
  for (const trace of traces(KEY)) expect(dump).not.toContain(trace); // …the key is not
});

it('omitting apiKey keeps the sealed key as it was; a new one replaces it; null removes it', async () => {
  const agent = await createAgent('Troca de chave');
  const sealed = await sealedOf(agent.id);
  const kept = await app.api.put(`/api/ai-agents/${agent.id}`, { name: 'Troca de chave 2', temperature: 1 }, { token: admin.token });
  expect([kept.body.aiAgent.hasApiKey, await sealedOf(agent.id)]).toEqual([true, sealed]);
  const replaced = await app.api.put(`/api/ai-agents/${agent.id}`, { apiKey: OTHER_KEY }, { token: admin.token });
  expect(replaced.body.aiAgent.hasApiKey).toBe(true);
  expect(await sealedOf(agent.id)).not.toBe(sealed);
  // The new key is the one sent now (the fake accepts only KEY: OTHER_KEY is refused).
  expect((await tryAgent(agent.id)).body.error.code).toBe('ERR_AI_AUTH');
  expect(ai.chatRequests().at(-1)?.headers.authorization).toBe(`Bearer ${OTHER_KEY}`);
  const removed = await app.api.put(`/api/ai-agents/${agent.id}`, { apiKey: null }, { token: admin.token });
  expect([removed.body.aiAgent.hasApiKey, await sealedOf(agent.id)]).toEqual([false, null]);
});

it('sends the key only in the Authorization header of the agent’s own endpoint; an agent without one sends none', async () => {
  const agent = await createAgent('Só no cabeçalho');
  ai.script({ json: agentReply({ reply: 'Abrimos às 9h.' }) });
  expect((await tryAgent(agent.id)).body.reply).toBe('Abrimos às 9h.');
  expect((await app.api.get(`/api/ai-agents/${agent.id}/models`, { token: admin.token })).status).toBe(200);
  const requests = ai.requests.slice(-2);
  expect(requests.map((r) => [r.method, r.path])).toEqual([
    ['POST', '/v1/chat/completions'],
    ['GET', '/v1/models'],
  ]);
  for (const request of requests) {
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    const elsewhere = JSON.stringify({ ...request.headers, authorization: undefined, path: request.path }) + request.raw.toString('latin1');
    for (const trace of traces(KEY)) expect(elsewhere).not.toContain(trace);
  }

  const keyless = await createAgent('Ollama local', null);
  expect(keyless.hasApiKey).toBe(false);
  await tryAgent(keyless.id); // the fake requires KEY: refused, which is beside the point here
  expect(ai.chatRequests().at(-1)?.headers).not.toHaveProperty('authorization');
});

it('a sealed key does not open in another company: copied into its agent, it is unreadable, and nothing is sent', async () => {
  const agent = await createAgent('Original');
  await app.api.post('/api/companies', { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } }, { token: admin.token });
  const adminB = await app.api.login('bia@b.test', 'bia-pass-1234');
  const ofB = (await app.api.post('/api/ai-agents', { name: 'Cópia', baseUrl: ai.url, model: 'gpt-4o-mini' }, { token: adminB.token })).body.aiAgent
    .id as number;
  await one(`UPDATE "AiAgents" SET "apiKeyEncrypted" = :sealed WHERE id = :ofB RETURNING id`, { sealed: await sealedOf(agent.id), ofB });
  const before = ai.requests.length;
  const res = await app.api.post(`/api/ai-agents/${ofB}/test`, { messages: [{ role: 'user', content: 'oi' }] }, { token: adminB.token });
  expect([res.status, res.body.error.code]).toEqual([409, 'ERR_AI_KEY_UNREADABLE']);
  expect(ai.requests.length).toBe(before);
});

it('a provider’s 401 (whose text quotes the key) reaches neither the answer nor the log', async () => {
  const wrong = 'sk-wrong-AtendeLeak-4242424242abcdefXYZ';
  const agent = await createAgent('Chave errada', wrong);
  const res = await tryAgent(agent.id);
  expect([res.status, res.body.error.code]).toEqual([502, 'ERR_AI_AUTH']);
  const provider = ai.chatRequests().at(-1)?.response?.body as { error: { message: string } };
  expect(provider.error.message).toContain('Incorrect API key provided'); // what the SDK's error message would carry
  const text = JSON.stringify(res.body);
  for (const trace of [...traces(wrong), wrong.slice(-4), 'Incorrect API key']) expect(text).not.toContain(trace);
  expect(lines.some((l) => l.includes('AI call failed') && l.includes('ERR_AI_AUTH'))).toBe(true);
});

it('never writes a key, its traces or the provider’s error text to the log (every line of this file’s calls, SQL included)', async () => {
  // The other tests of this file may run before or after: this one makes its own calls first.
  const agent = await createAgent('Log limpo');
  await app.api.put(`/api/ai-agents/${agent.id}`, { apiKey: OTHER_KEY }, { token: admin.token });
  await tryAgent(agent.id);
  expect(lines.length).toBeGreaterThan(10); // the capture works: SQL statements at debug level are in it
  const log = lines.join('\n');
  for (const trace of [...traces(KEY), ...traces(OTHER_KEY), 'Incorrect API key']) expect(log).not.toContain(trace);
});
