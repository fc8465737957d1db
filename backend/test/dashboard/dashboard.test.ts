import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { createAttendant, createQueue, type Attendant } from '../support/factories.js';

// The dashboard over rows written straight to the database with known times (company time zone
// America/Sao_Paulo, UTC-3), so every figure can be checked exactly, including which local day and hour a
// ticket falls in and that another company's rows are never counted.
let app: TestApp;
let admin: { token: string };
let ana: Attendant; // Vendas
let bruno: Attendant; // Suporte
let carla: Attendant; // supervisor
let vendas: number;
let suporte: number;
let otherQueue: number;
let n = 0;

interface Seed {
  companyId?: number;
  status: 'pending' | 'open' | 'closed';
  queueId?: number | null;
  userId?: number | null;
  created: string;
  accepted?: string;
  closed?: string;
}

async function seedTicket(s: Seed): Promise<number> {
  const { sequelize } = ctx();
  const companyId = s.companyId ?? 1;
  const [contact] = await sequelize.query<{ id: number }>(
    `INSERT INTO "Contacts" ("companyId", name, number, "createdAt") VALUES (:companyId, :name, :number, :created) RETURNING id`,
    { replacements: { companyId, name: `Cliente ${++n}`, number: `55119100${String(n).padStart(5, '0')}`, created: s.created }, type: QueryTypes.SELECT },
  );
  const replacements = {
    ...s,
    companyId,
    contactId: contact!.id,
    queueId: s.queueId ?? null,
    userId: s.userId ?? null,
    accepted: s.accepted ?? null,
    closed: s.closed ?? null,
  };
  const [ticket] = await sequelize.query<{ id: number }>(
    `INSERT INTO "Tickets" ("companyId", "contactId", status, "queueId", "userId", "createdAt", "acceptedAt", "closedAt", "lastMessageAt")
     VALUES (:companyId, :contactId, :status, :queueId, :userId, :created, :accepted, :closed, :created) RETURNING id`,
    { replacements, type: QueryTypes.SELECT },
  );
  // A close is a line in the ticket's history (applyTicketChange writes it): the dashboard counts those.
  if (s.closed) {
    await sequelize.query(
      `INSERT INTO "TicketHistories" ("companyId", "ticketId", "userId", action, "fromStatus", "toStatus", "fromUserId", "toUserId", "fromQueueId", "toQueueId", "createdAt")
       VALUES (:companyId, :ticketId, :userId, 'closed', 'open', 'closed', :userId, :userId, :queueId, :queueId, :closed)`,
      { replacements: { ...replacements, ticketId: ticket!.id } },
    );
  }
  return ticket!.id;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  ana = await createAttendant(app.api, admin.token, 'Ana');
  bruno = await createAttendant(app.api, admin.token, 'Bruno');
  carla = await createAttendant(app.api, admin.token, 'Carla', 'supervisor');
  vendas = await createQueue(1, 'Vendas', [ana.id]);
  suporte = await createQueue(1, 'Suporte', [bruno.id]);

  // In the range 2026-03-01 .. 2026-03-02 (local days):
  await seedTicket({
    status: 'closed',
    queueId: vendas,
    userId: ana.id,
    created: '2026-03-01T09:10:00-03:00',
    accepted: '2026-03-01T09:20:00-03:00',
    closed: '2026-03-01T09:50:00-03:00',
  });
  await seedTicket({
    status: 'closed',
    queueId: vendas,
    userId: ana.id,
    created: '2026-03-01T09:40:00-03:00',
    accepted: '2026-03-01T10:00:00-03:00',
    closed: '2026-03-02T10:00:00-03:00',
  });
  await seedTicket({ status: 'open', queueId: suporte, userId: bruno.id, created: '2026-03-02T14:00:00-03:00', accepted: '2026-03-02T14:05:00-03:00' });
  await seedTicket({ status: 'pending', queueId: suporte, created: '2026-03-02T23:30:00-03:00' }); // 03-03 in UTC, 03-02 here
  await seedTicket({ status: 'pending', created: '2026-03-01T00:30:00-03:00' }); // no queue
  // Outside the range: created the evening before (already 03-01 in UTC) but closed inside it; created the day after.
  await seedTicket({
    status: 'closed',
    queueId: suporte,
    userId: bruno.id,
    created: '2026-02-28T23:59:00-03:00',
    accepted: '2026-03-01T07:00:00-03:00',
    closed: '2026-03-01T08:00:00-03:00',
  });
  await seedTicket({ status: 'pending', queueId: vendas, created: '2026-03-03T00:10:00-03:00' });

  // Another company, same days: never counted.
  const { sequelize } = ctx();
  const [other] = await sequelize.query<{ id: number }>(`INSERT INTO "Companies" (name) VALUES ('Empresa B') RETURNING id`, { type: QueryTypes.SELECT });
  const [intruder] = await sequelize.query<{ id: number }>(
    `INSERT INTO "Users" ("companyId", name, email, "passwordHash") VALUES (:id, 'Intrusa', 'intrusa@b.test', 'x') RETURNING id`,
    { replacements: { id: other!.id }, type: QueryTypes.SELECT },
  );
  otherQueue = await createQueue(other!.id, 'Vendas B');
  for (const status of ['pending', 'open', 'closed'] as const) {
    await seedTicket({
      companyId: other!.id,
      status,
      queueId: otherQueue,
      userId: status === 'pending' ? null : intruder!.id,
      created: '2026-03-01T11:00:00-03:00',
      accepted: status === 'pending' ? undefined : '2026-03-01T11:01:00-03:00',
      closed: status === 'closed' ? '2026-03-01T12:00:00-03:00' : undefined,
    });
  }
}, 60_000);
afterAll(() => app.stop());

const dashboard = (token: string, query: string) => app.api.get(`/api/dashboard?${query}`, { token });
const hours = (entries: [number, number][]) => Object.fromEntries(entries);
// No ratings in these periods (the CSAT figures: test/csat/csat.test.ts).
const NO_CSAT = { count: 0, average: null, distribution: [0, 0, 0, 0, 0] };

const nonZero = (perHour: { hour: number; created: number; closed: number }[], key: 'created' | 'closed') =>
  Object.fromEntries(perHour.filter((h) => h[key] > 0).map((h) => [h.hour, h[key]]));

it('gives the figures of a period by local day and hour, with waiting and handling times', async () => {
  const res = await dashboard(admin.token, 'from=2026-03-01&to=2026-03-02');
  expect(res.status).toBe(200);
  const d = res.body;
  expect(d.range).toEqual({ from: '2026-03-01T03:00:00.000Z', to: '2026-03-03T03:00:00.000Z', timezone: 'America/Sao_Paulo' });
  expect(d.now).toEqual({ pending: 3, open: 1 }); // now, whatever the period
  // waiting: 600, 1200, 300 s → 700; handling: 1800, 86400, 3600 s → 30600
  expect(d.totals).toEqual({ created: 5, closed: 3, contactsCreated: 5, avgWaitingSeconds: 700, avgHandlingSeconds: 30600 });
  expect(d.perDay).toEqual([
    { day: '2026-03-01', created: 3, closed: 2, contactsCreated: 3 },
    { day: '2026-03-02', created: 2, closed: 1, contactsCreated: 2 },
  ]);
  expect(d.perHour).toHaveLength(24);
  expect(nonZero(d.perHour, 'created')).toEqual(
    hours([
      [0, 1],
      [9, 2],
      [14, 1],
      [23, 1],
    ]),
  );
  expect(nonZero(d.perHour, 'closed')).toEqual(
    hours([
      [8, 1],
      [9, 1],
      [10, 1],
    ]),
  );
  expect(d.queues).toEqual([
    { queueId: suporte, name: 'Suporte', created: 2, closed: 1, avgWaitingSeconds: 300, avgHandlingSeconds: 3600, csat: NO_CSAT },
    { queueId: vendas, name: 'Vendas', created: 2, closed: 2, avgWaitingSeconds: 900, avgHandlingSeconds: 44100, csat: NO_CSAT },
    { queueId: null, name: null, created: 1, closed: 0, avgWaitingSeconds: null, avgHandlingSeconds: null, csat: NO_CSAT },
  ]);
  expect(d.attendants.slice(0, 2)).toEqual([
    { userId: ana.id, name: 'Ana', closed: 2, avgHandlingSeconds: 44100, csat: NO_CSAT },
    { userId: bruno.id, name: 'Bruno', closed: 1, avgHandlingSeconds: 3600, csat: NO_CSAT },
  ]);
  // The rest of the team is listed with nothing closed; nobody from the other company.
  expect(
    d.attendants
      .slice(2)
      .map((a: { name: string; closed: number }) => [a.name, a.closed])
      .sort(),
  ).toEqual(
    [
      ['Administrador', 0],
      ['Carla', 0],
    ].sort(),
  );
});

it('narrows to one queue: its tickets, its members and whoever closed its tickets', async () => {
  const d = (await dashboard(carla.token, `from=2026-03-01&to=2026-03-02&queueId=${vendas}`)).body;
  expect(d.now).toEqual({ pending: 1, open: 0 });
  expect(d.totals).toEqual({ created: 2, closed: 2, contactsCreated: 5, avgWaitingSeconds: 900, avgHandlingSeconds: 44100 });
  expect(d.queues.map((q: { queueId: number }) => q.queueId)).toEqual([vendas]);
  expect(d.attendants).toEqual([{ userId: ana.id, name: 'Ana', closed: 2, avgHandlingSeconds: 44100, csat: NO_CSAT }]);
});

it('takes instants with an offset as exact bounds', async () => {
  const from = encodeURIComponent('2026-03-01T09:00:00-03:00');
  const to = encodeURIComponent('2026-03-01T12:05:00Z'); // 09:05 local: before anything happened
  const d = (await dashboard(admin.token, `from=${from}&to=${to}`)).body;
  expect(d.totals).toMatchObject({ created: 0, closed: 0 });
  const later = (await dashboard(admin.token, `from=${from}&to=${encodeURIComponent('2026-03-01T10:00:00-03:00')}`)).body;
  expect(later.totals).toMatchObject({ created: 2, closed: 1, avgWaitingSeconds: 900, avgHandlingSeconds: 1800 });
  expect(later.perDay).toEqual([{ day: '2026-03-01', created: 2, closed: 1, contactsCreated: 2 }]);
});

it('defaults to the last 30 days', async () => {
  const res = await dashboard(admin.token, '');
  expect(res.status).toBe(200);
  expect(res.body.perDay).toHaveLength(30);
  expect(res.body.now).toEqual({ pending: 3, open: 1 });
});

it('answers bad ranges and parameters with 400 and a stable code', async () => {
  const cases: [string, string][] = [
    ['from=2026-03-02&to=2026-03-01', 'ERR_DASHBOARD_RANGE_INVALID'],
    [`from=${encodeURIComponent('2026-03-01T10:00:00Z')}&to=${encodeURIComponent('2026-03-01T10:00:00Z')}`, 'ERR_DASHBOARD_RANGE_INVALID'],
    ['from=2025-01-01&to=2026-01-02', 'ERR_DASHBOARD_RANGE_TOO_LONG'], // 367 days
    ['from=2026-02-30', 'ERR_VALIDATION'],
    ['from=0000-01-01&to=0000-01-02', 'ERR_VALIDATION'], // no year 0 in PostgreSQL's calendar
    ['from=yesterday', 'ERR_VALIDATION'],
    ['from=2026-03-01T10:00:00', 'ERR_VALIDATION'], // an instant needs its offset
    ['to=' + '9'.repeat(300), 'ERR_VALIDATION'],
    ['queueId=abc', 'ERR_VALIDATION'],
    ['from=2026-03-01&from=2026-03-02', 'ERR_VALIDATION'],
    ['status=open', 'ERR_VALIDATION'],
  ];
  for (const [query, code] of cases) {
    const res = await dashboard(admin.token, query);
    expect([query, res.status, res.body.error?.code]).toEqual([query, 400, code]);
  }
  // A leap year's worth of days is allowed.
  expect((await dashboard(admin.token, 'from=2024-01-01&to=2024-12-31')).status).toBe(200);
  const foreign = await dashboard(admin.token, `queueId=${otherQueue}`);
  expect([foreign.status, foreign.body.error.code]).toEqual([404, 'ERR_QUEUE_NOT_FOUND']);
});

it('is for admins and supervisors only', async () => {
  const res = await dashboard(ana.token, 'from=2026-03-01&to=2026-03-02');
  expect([res.status, res.body.error.code]).toEqual([403, 'ERR_FORBIDDEN']);
  expect((await app.api.get('/api/dashboard')).status).toBe(401);
  expect((await dashboard(carla.token, 'from=2026-03-01&to=2026-03-02')).status).toBe(200);
});

it('counts a conversation an attendant started as opened, but not in the customers’ average wait', async () => {
  const { sequelize } = ctx();
  await sequelize.query(`INSERT INTO "Whatsapps" ("companyId", name, "isDefault") VALUES (1, 'Loja', true)`);
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  // A customer who waited two minutes today…
  const waited = await seedTicket({ status: 'open', queueId: vendas, userId: ana.id, created: minutesAgo(10), accepted: minutesAgo(8) });
  // …and a customer Ana wrote to first: nobody waited.
  const contact = await app.api.post('/api/contacts', { name: 'Dora', number: '5511977770031' }, { token: ana.token });
  const started = await app.api.post('/api/tickets', { contactId: contact.body.contact.id, queueId: vendas }, { token: ana.token });
  try {
    expect(started.status).toBe(201);
    const range = `from=${encodeURIComponent(minutesAgo(60))}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;
    const d = (await dashboard(admin.token, range)).body;
    expect(d.totals).toMatchObject({ created: 2, avgWaitingSeconds: 120 });
    expect(d.queues.find((q: { queueId: number }) => q.queueId === vendas)).toMatchObject({ created: 2, avgWaitingSeconds: 120 });
  } finally {
    // The other tests count the tickets open now: these two go again.
    await sequelize.query(`DELETE FROM "Tickets" WHERE id IN (:ids)`, { replacements: { ids: [waited, started.body.ticket?.id ?? waited] } });
  }
});
