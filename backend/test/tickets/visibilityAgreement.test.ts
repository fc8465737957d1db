import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import { ctx } from '../../src/context.js';
import type { Profile } from '../../src/db/users.js';
import type { TicketStatus } from '../../src/db/tickets.js';
import { canSee, type TicketSettings } from '../../src/services/tickets/ticketVisibility.js';
import { createAttendant, createQueue } from '../support/factories.js';
import { connectSocket, nextEvent, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';

// The ticket visibility rule is said once (services/tickets/ticketVisibility.ts) and read three ways: the
// check on one ticket (GET /api/tickets/:id, and `canSee` itself), the ticket list's SQL (its tabs, their
// counts, a long and a short search) and the sockets a ticket's events reach (rooms joined at the handshake,
// rooms an event goes to). Here every profile looks at every ticket of two companies — A shows pending
// tickets without a queue to everyone (the default), B does not — and the answers must be the same.
// The tickets cover each case: every status × attendant (nobody, Ana, Beto, Duda) × queue (none, 1, 2), and
// the pending tickets nobody has that the AI agent is answering (the bot phase) in each queue.

const STATUSES: TicketStatus[] = ['pending', 'open', 'closed'];

interface Viewer {
  name: string;
  id: number;
  token: string;
  profile: Profile;
  super: boolean;
  queueIds: number[];
  socket?: Socket;
  notes?: { ticketId: number }[];
}
interface Ticket {
  label: string;
  id: number;
  status: TicketStatus;
  userId: number | null;
  queueId: number | null;
  botActive: boolean;
}
interface Company {
  name: string;
  id: number;
  settings: TicketSettings;
  admin: Viewer;
  viewers: Viewer[];
  tickets: Ticket[];
}

let app: TestApp;
const companies: Company[] = [];
/** Each (viewer, ticket) pair's answers, by way of reading the rule. */
const answers = new Map<string, Record<string, boolean>>();
const pair = (viewer: Viewer, ticket: Ticket) => `${viewer.name} → ${ticket.label}`;

function answer(viewer: Viewer, ticket: Ticket, way: string, sees: boolean): void {
  const key = pair(viewer, ticket);
  answers.set(key, { ...answers.get(key), [way]: sees });
}

async function seedTicket(company: Company, queueIds: (number | null)[], ticket: Omit<Ticket, 'id' | 'label'>, owner: Viewer | null): Promise<void> {
  const n = company.tickets.length + 1;
  const [row] = await ctx().sequelize.query<{ id: number }>(
    `WITH c AS (INSERT INTO "Contacts" ("companyId", name, number) VALUES (:companyId, :name, :number) RETURNING id)
     INSERT INTO "Tickets" ("companyId", "contactId", status, "userId", "queueId", "botActive", "lastMessage", "lastMessageAt")
     SELECT :companyId, c.id, :status, :userId, :queueId, :botActive, 'oi', now() - make_interval(mins => :n) FROM c RETURNING id`,
    {
      replacements: { companyId: company.id, name: `Cliente ${company.name} ${n}`, number: `55119${company.id}${String(n).padStart(5, '0')}`, ...ticket, n },
      type: QueryTypes.SELECT,
    },
  );
  const queue = ticket.queueId === null ? 'no queue' : `queue ${queueIds.indexOf(ticket.queueId)}`;
  const bot = ticket.botActive ? ' (the AI answering it)' : '';
  company.tickets.push({ label: `${company.name}'s ${ticket.status} ticket of ${owner?.name ?? 'nobody'} in ${queue}${bot}`, id: row!.id, ...ticket });
}

async function seedTickets(company: Company, owners: (Viewer | null)[], queueIds: (number | null)[]): Promise<void> {
  for (const status of STATUSES)
    for (const owner of owners)
      for (const queueId of queueIds) await seedTicket(company, queueIds, { status, userId: owner?.id ?? null, queueId, botActive: false }, owner);
  // In the bot phase a ticket is pending and nobody's (any step that gives it to someone ends the phase).
  for (const queueId of queueIds) await seedTicket(company, queueIds, { status: 'pending', userId: null, queueId, botActive: true }, null);
}

/** A company with one user of each profile, four attendants serving two queues, and the 39 tickets. */
async function setUpCompany(name: string, companyId: number, admin: Viewer, superAdmin: Viewer, settings: TicketSettings): Promise<Company> {
  const person = async (who: string, profile: Profile): Promise<Viewer> => {
    const created = await createAttendant(app.api, admin.token, `${who} ${name}`, profile);
    return { name: `${who} (${name})`, id: created.id, token: created.token, profile, super: false, queueIds: [] };
  };
  const [supervisor, ana, beto, caio, duda] = [
    await person('Supervisor', 'supervisor'),
    await person('Ana', 'user'),
    await person('Beto', 'user'),
    await person('Caio', 'user'),
    await person('Duda', 'user'),
  ];
  const queue1 = await createQueue(companyId, `Fila 1 ${name}`, [ana!.id, caio!.id]);
  const queue2 = await createQueue(companyId, `Fila 2 ${name}`, [beto!.id, caio!.id]);
  ana!.queueIds = [queue1];
  beto!.queueIds = [queue2];
  caio!.queueIds = [queue1, queue2];
  const res = await app.api.put('/api/settings', settings, { token: admin.token });
  expect(res.status).toBe(200);
  const company: Company = { name, id: companyId, settings, admin, viewers: [superAdmin, admin, supervisor!, ana!, beto!, caio!, duda!], tickets: [] };
  await seedTickets(company, [null, ana!, beto!, duda!], [null, queue1, queue2]);
  return company;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  const seeded = await app.api.login(ADMIN.email, ADMIN.password);
  const superA: Viewer = { name: 'Super admin (A)', id: seeded.user.id, token: seeded.token, profile: 'admin', super: true, queueIds: [] };
  const adminA = await createAttendant(app.api, superA.token, 'Admin A', 'admin');
  const created = await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Admin B', email: 'admin.b@atende.test', password: 'admin-b-pass-1' } },
    { token: superA.token },
  );
  expect(created.status).toBe(201);
  const companyB: number = created.body.company.id;
  const adminB = await app.api.login('admin.b@atende.test', 'admin-b-pass-1');
  // A second super admin, in B, the way the seed makes the first one (a flag on the user).
  const superBUser = await createAttendant(app.api, adminB.token, 'Super B', 'admin');
  await ctx().sequelize.query(`UPDATE "Users" SET super = true WHERE id = :id`, { replacements: { id: superBUser.id } });
  const superB: Viewer = { name: 'Super admin (B)', id: superBUser.id, token: superBUser.token, profile: 'admin', super: true, queueIds: [] };
  companies.push(
    await setUpCompany('A', seeded.user.companyId, { name: 'Admin (A)', ...adminA, profile: 'admin', super: false, queueIds: [] }, superA, {
      pendingWithoutQueueVisibleToAll: true,
    }),
    await setUpCompany('B', companyB, { name: 'Admin (B)', id: adminB.user.id, token: adminB.token, profile: 'admin', super: false, queueIds: [] }, superB, {
      pendingWithoutQueueVisibleToAll: false,
    }),
  );
  const viewers = companies.flatMap((c) => c.viewers);
  const tickets = companies.flatMap((c) => c.tickets);

  // 1. One ticket at a time: the API's answer, and the pure predicate (another company's ticket is never seen).
  for (const company of companies)
    for (const viewer of company.viewers)
      await Promise.all(
        tickets.map(async (ticket) => {
          const res = await app.api.get(`/api/tickets/${ticket.id}`, { token: viewer.token });
          expect([200, 404]).toContain(res.status);
          answer(viewer, ticket, 'GET /api/tickets/:id', res.status === 200);
          answer(viewer, ticket, 'canSee', company.tickets.includes(ticket) && canSee(viewer, ticket, company.settings));
        }),
      );

  // 2. The list: each tab, its count, and a search through the trigram path and the short one.
  for (const viewer of viewers) {
    for (const [way, search] of [
      ['list', ''],
      ['list searching "cliente"', '&search=cliente'],
      ['list searching "li"', '&search=li'],
    ] as const) {
      const listed = new Set<number>();
      for (const status of STATUSES) {
        const res = await app.api.get(`/api/tickets?status=${status}&limit=100${search}`, { token: viewer.token });
        expect(res.status).toBe(200);
        const ids: number[] = res.body.tickets.map((t: { id: number }) => t.id);
        ids.forEach((id) => listed.add(id));
        expect({ viewer: viewer.name, way, status, count: res.body.counts[status] }).toEqual({ viewer: viewer.name, way, status, count: ids.length });
      }
      for (const ticket of tickets) answer(viewer, ticket, way, listed.has(ticket.id));
    }
  }

  // 3. The sockets: a note on every ticket (its event goes to the ticket's audience). Once an admin has heard
  // of all their company's notes, every emit was made; a settings change then reaches every socket of the
  // company after them (one connection delivers in order), so what each socket holds by then is all it gets.
  for (const viewer of viewers) {
    viewer.socket = await connectSocket(app.url, viewer.token);
    viewer.notes = record<{ action: string; ticketId: number }>(viewer.socket, 'ticket');
  }
  for (const company of companies)
    for (const ticket of company.tickets)
      expect((await app.api.post(`/api/tickets/${ticket.id}/notes`, { body: 'nota' }, { token: company.admin.token })).status).toBe(201);
  for (const company of companies) {
    const heard = company.admin.notes!;
    await until(
      () => new Set(heard.map((n) => n.ticketId)).size,
      (n) => n === company.tickets.length,
      `${company.admin.name} to hear of every note`,
    );
  }
  for (const company of companies) {
    const settled = company.viewers.map((v) => nextEvent(v.socket!, 'settings'));
    expect((await app.api.put('/api/settings', { reopenWindowMinutes: 60 }, { token: company.admin.token })).status).toBe(200);
    await Promise.all(settled);
  }
  for (const viewer of viewers) {
    const heard = new Set(viewer.notes!.map((n) => n.ticketId));
    for (const ticket of tickets) answer(viewer, ticket, 'socket event', heard.has(ticket.id));
  }
}, 180_000);

afterAll(async () => {
  for (const company of companies) for (const viewer of company.viewers) viewer.socket?.close();
  await app.stop();
});

/** Pairs where the ways disagree, each with every way's answer. */
function disagreements(company: Company): string[] {
  return company.viewers.flatMap((viewer) =>
    companies
      .flatMap((c) => c.tickets)
      .map((ticket) => [pair(viewer, ticket), answers.get(pair(viewer, ticket))!] as const)
      .filter(([, ways]) => new Set(Object.values(ways)).size > 1)
      .map(([key, ways]) => `${key}: ${JSON.stringify(ways)}`),
  );
}

const seen = (viewer: Viewer, tickets: Ticket[]) => tickets.filter((t) => Object.values(answers.get(pair(viewer, t))!).every(Boolean));

it.each(['A', 'B'])('company %s: the ticket check, the list and the socket audience agree for every profile on every ticket', (name) => {
  const company = companies.find((c) => c.name === name)!;
  expect(answers.size).toBe(companies.flatMap((c) => c.viewers).length * companies.flatMap((c) => c.tickets).length);
  for (const ways of answers.values()) expect(Object.keys(ways)).toHaveLength(6);
  expect(disagreements(company)).toEqual([]);
  // …and they agree on something: supervisors see their whole company and nothing else, attendants a part of it.
  const other = companies.filter((c) => c !== company).flatMap((c) => c.tickets);
  for (const viewer of company.viewers) {
    expect({ viewer: viewer.name, others: seen(viewer, other).length }).toEqual({ viewer: viewer.name, others: 0 });
    const own = seen(viewer, company.tickets).length;
    if (viewer.super || viewer.profile !== 'user') expect({ viewer: viewer.name, own }).toEqual({ viewer: viewer.name, own: 39 });
    else expect({ viewer: viewer.name, some: own > 0, all: own === 39 }).toEqual({ viewer: viewer.name, some: true, all: false });
  }
});

it('the setting shows pending tickets without a queue to attendants in A and hides them in B', () => {
  for (const company of companies) {
    const duda = company.viewers.find((v) => v.name.startsWith('Duda'))!;
    const pendingWithoutQueue = company.tickets.filter((t) => t.status === 'pending' && t.queueId === null && t.userId !== duda.id && !t.botActive);
    expect(seen(duda, pendingWithoutQueue)).toHaveLength(company.settings.pendingWithoutQueueVisibleToAll ? pendingWithoutQueue.length : 0);
  }
});

it('keeps the tickets the AI agent is answering from every attendant, in their queues and out of any, until it lets go', () => {
  for (const company of companies) {
    const bot = company.tickets.filter((t) => t.botActive);
    expect(bot).toHaveLength(3);
    for (const viewer of company.viewers.filter((v) => !v.super && v.profile === 'user'))
      expect({ viewer: viewer.name, sees: seen(viewer, bot).length }).toEqual({ viewer: viewer.name, sees: 0 });
    // The same tickets out of the bot phase: the queue's attendants (and, in A, everyone) see them.
    const ana = company.viewers.find((v) => v.name.startsWith('Ana'))!;
    const waiting = company.tickets.filter((t) => !t.botActive && t.status === 'pending' && t.userId === null && t.queueId === ana.queueIds[0]);
    expect(seen(ana, waiting)).toHaveLength(1);
  }
});
