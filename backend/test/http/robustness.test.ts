import { createAttendant } from '../support/factories.js';
import { BAD_BODY_ENCODINGS, BAD_JSON_BODIES, GARBAGE_PARAMS, MALFORMED_MULTIPART, WEIRD_VALUES, type RawRequest } from '../support/malformed.js';
import { registeredEndpoints, type Endpoint } from '../support/routes.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// Every route Express registers — found by walking the app's router, so a new route is covered the day it is
// added — gets what a broken or hostile client sends: garbage path ids, bodies that do not parse or lie about
// their encoding, broken multipart, wrong types, NUL bytes and huge strings in each field a route asks for,
// garbage query values. As the super admin, as an attendant and anonymously. None may answer 5xx, and no
// answer may carry a stack trace or SQL.
//
// Side effects: ids in paths are garbage or an id that cannot exist (2147483647), so nothing real is deleted,
// no WhatsApp session is started and no message is sent; the only writes are records a mutated body happens
// to create (a user, a contact, a company…) in this file's own database. No route needs to be left out.

/** Plausible values for the fields a route reports missing, so that one weird field at a time gets past the others. */
const PLAUSIBLE: Record<string, unknown> = {
  name: 'Fuzz',
  number: '5511955554444',
  email: 'fuzz@atende.test',
  password: 'fuzz-password-1',
  currentPassword: 'fuzz-password-1',
  newPassword: 'fuzz-password-2',
  profile: 'user',
  body: 'oi',
  value: true,
  color: '#336699',
  admin: { name: 'Fuzz', email: 'fuzz-admin@atende.test', password: 'fuzz-password-1' },
  tagIds: [],
  queueIds: [],
  action: 'read',
};
const ABSENT_ID = '2147483647';
const QUERY_KEYS = [
  'search',
  'cursor',
  'before',
  'until',
  'limit',
  'status',
  'from',
  'to',
  'mine',
  'withoutQueue',
  'queueId',
  'queueIds',
  'tagId',
  'tagIds',
  'userId',
  'whatsappId',
  'ticketId',
  'dryRun',
];
const QUERY_VALUES = ['%00', '%E0%A4%A', 'x'.repeat(3000), '-1', '1.5', '99999999999999999999'];
const DOCUMENTATION = /^\/api\/(openapi\.json|docs)([/?]|$)/;
const LEAKS: [string, RegExp][] = [
  ['a stack trace', /\n\s+at |^\s*at .*:\d+|\.ts:\d|\.js:\d|node_modules/m],
  ['SQL', /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET|WHERE)\b|syntax error|relation "|violates|column "|Sequelize/i],
];

interface Actor {
  name: string;
  token?: string;
}
interface Probe {
  actor: Actor;
  method: string;
  path: string;
  label: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}
interface Answer {
  status: number;
  text: string;
  json: { error?: { code?: string; details?: { path: string; message: string }[] } } | null;
}

let app: TestApp;
let endpoints: Endpoint[];
let actors: Actor[];
let settingKey: string;
const failures: string[] = [];
let sent = 0;

async function send(probe: Probe): Promise<Answer> {
  const headers: Record<string, string> = { ...probe.headers };
  if (probe.actor.token) headers.authorization = `Bearer ${probe.actor.token}`;
  sent += 1;
  let res: Response;
  try {
    res = await fetch(`${app.url}${probe.path}`, { method: probe.method, headers, body: probe.body });
  } catch (err) {
    failures.push(`${probe.actor.name} ${probe.method} ${probe.path.slice(0, 120)} [${probe.label}]: no answer (${String(err)})`);
    return { status: 0, text: '', json: null };
  }
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('application/json') ? (JSON.parse(text) as Answer['json']) : null;
  const where = `${probe.actor.name} ${probe.method} ${probe.path.slice(0, 120)} [${probe.label}]`;
  if (res.status >= 500) failures.push(`${where}: ${res.status} ${text.slice(0, 200)}`);
  // The API's documentation describes routes in words ("Delete a note from…") the SQL pattern would take for SQL; it
  // is built once at boot from the route registry, never from a request, so it is not searched for leaks.
  if (!DOCUMENTATION.test(probe.path))
    for (const [what, pattern] of LEAKS) if (pattern.test(text)) failures.push(`${where}: the answer carries ${what}: ${text.slice(0, 200)}`);
  if (res.status >= 400 && !/^ERR_[A-Z_]+$/.test(json?.error?.code ?? '')) failures.push(`${where}: ${res.status} without an ERR_ code: ${text.slice(0, 200)}`);
  return { status: res.status, text, json };
}

/** Runs the probes a few at a time: fast, without flooding the database pool. */
async function sendAll(probes: Probe[], width = 6): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < probes.length) await send(probes[next++]!);
    }),
  );
}

const fill = (path: string, value: (param: string) => string) => path.replace(/:(\w+)/g, (_, param: string) => value(param));
const plausibleParam = (param: string) => (param === 'key' ? settingKey : ABSENT_ID);
const hasBody = (method: string) => method !== 'GET' && method !== 'DELETE';
const json = (value: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

/** Each path parameter in turn replaced by each garbage value, the others plausible. */
function garbageIdProbes(actor: Actor, { method, path }: Endpoint): Probe[] {
  const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  return params.flatMap((bad) =>
    GARBAGE_PARAMS.map((garbage) => ({
      actor,
      method,
      path: fill(path, (param) => (param === bad ? garbage : plausibleParam(param))),
      label: `:${bad} = ${garbage.slice(0, 20)}`,
      ...(hasBody(method) ? json({}) : {}),
    })),
  );
}

/** Bodies that do not parse, lie about their encoding or are broken multipart, on the route's plausible path. */
function badBodyProbes(actor: Actor, { method, path }: Endpoint): Probe[] {
  if (method === 'GET') return [];
  const filled = fill(path, plausibleParam);
  return [...BAD_JSON_BODIES, ...BAD_BODY_ENCODINGS, ...MALFORMED_MULTIPART].map((raw: RawRequest) => ({
    actor,
    method,
    path: filled,
    label: raw.label,
    headers: raw.headers,
    body: raw.body,
  }));
}

/**
 * Asks the route which of the usual query keys it takes (a strict query schema names the ones it does not),
 * then sends each taken key with each garbage value; plus a key with a bad escape and repeated keys.
 */
async function queryProbes(actor: Actor, { method, path }: Endpoint): Promise<Probe[]> {
  if (method !== 'GET') return [];
  const filled = fill(path, plausibleParam);
  const asked = await send({ actor, method, path: `${filled}?${[...QUERY_KEYS, 'notAKey'].map((k) => `${k}=1`).join('&')}`, label: 'the usual query keys' });
  const unknown = (asked.json?.error?.details ?? []).filter((d) => /^Unrecognized key/.test(d.message)).map((d) => d.message);
  // Query schemas are strict: a route that does not name `notAKey` never read the query (or refused first).
  const reads = unknown.some((message) => message.includes('"notAKey"'));
  const taken = reads ? QUERY_KEYS.filter((key) => !unknown.some((message) => message.includes(`"${key}"`))) : [];
  return [
    { actor, method, path: `${filled}?%E0%A4%A=1`, label: 'a query key with a bad escape' },
    { actor, method, path: `${filled}?limit=1&limit=2&search=a&search=b`, label: 'repeated query keys' },
    ...taken.flatMap((key) => QUERY_VALUES.map((value) => ({ actor, method, path: `${filled}?${key}=${value}`, label: `?${key}=${value.slice(0, 20)}` }))),
  ];
}

/**
 * Asks the route which fields it wants (an empty body answers ERR_VALIDATION with their paths), then sends a
 * plausible body with one field at a time replaced by each weird value: NUL bytes, huge strings, wrong types.
 */
async function fieldProbes(actor: Actor, { method, path }: Endpoint): Promise<Probe[]> {
  if (!hasBody(method)) return [];
  const filled = fill(path, plausibleParam);
  const asked = await send({ actor, method, path: filled, label: 'an empty object', ...json({}) });
  const fields = [...new Set((asked.json?.error?.details ?? []).map((d) => d.path.split('.')[0]!).filter(Boolean))];
  const base = Object.fromEntries(fields.map((field) => [field, PLAUSIBLE[field] ?? 'x']));
  return fields.flatMap((field) =>
    WEIRD_VALUES.map((weird) => ({
      actor,
      method,
      path: filled,
      label: `${field} = ${JSON.stringify(weird)?.slice(0, 20)}`,
      ...json({ ...base, [field]: weird }),
    })),
  );
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '100000' });
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  const attendant = await createAttendant(app.api, admin.token, 'Atendente Fuzz');
  actors = [{ name: 'admin', token: admin.token }, { name: 'attendant', token: attendant.token }, { name: 'anonymous' }];
  settingKey = Object.keys((await app.api.get('/api/settings', { token: admin.token })).body.settings)[0]!;
  endpoints = registeredEndpoints();
});
afterAll(() => app.stop());

it('finds the routes by walking the app’s router (a broken walk must not pass as "no failures")', () => {
  expect(endpoints.length).toBeGreaterThan(60);
  const listed = endpoints.map((e) => `${e.method} ${e.path}`);
  expect(listed).toEqual(expect.arrayContaining(['POST /api/messages/:ticketId', 'PUT /api/tickets/:id', 'POST /api/whatsapps/:id/session', 'GET /metrics']));
  expect(new Set(listed).size).toBe(listed.length);
});

it('answers every route’s malformed input with a 4xx and an ERR_ code: no 5xx, no stack trace, no SQL', async () => {
  for (const actor of actors) {
    await sendAll(endpoints.flatMap((e) => [...garbageIdProbes(actor, e), ...badBodyProbes(actor, e)]));
    if (!actor.token) continue; // anonymous: refused before any route reads a query or a field
    const asked = await Promise.all(endpoints.map(async (e) => [...(await queryProbes(actor, e)), ...(await fieldProbes(actor, e))]));
    await sendAll(asked.flat());
  }
  expect(sent).toBeGreaterThan(3000);
  expect(failures).toEqual([]);
  // And the server is still whole.
  expect((await app.api.get('/api/health')).status).toBe(200);
}, 180_000);
