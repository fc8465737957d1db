import type { Socket } from 'socket.io-client';
import { QueryTypes } from 'sequelize';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import type { TestApp } from '../support/testApp.js';
import { connectSocket } from '../support/sockets.js';
import { startConnectedApp } from '../support/whatsapp.js';
import { createAttendant, createQueue, type Attendant } from '../support/factories.js';
import { until } from '../support/waiting.js';

// Distribution among the attendants of a queue who are online (socket presence) and under capacity.
const PHONE = '5511999990020';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { companyId: number } };
let whatsappId: number;
const sockets: Socket[] = [];

const setDistribution = (queueId: number, mode: string) =>
  ctx().sequelize.query(`UPDATE "Queues" SET distribution = :mode WHERE id = :queueId`, { replacements: { mode, queueId } });
const openCountOf = async (userId: number) =>
  (
    await ctx().sequelize.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Tickets" WHERE "userId" = :userId AND status = 'open'`, {
      replacements: { userId },
      type: QueryTypes.SELECT,
    })
  )[0]!.n;
async function online(attendant: Attendant): Promise<void> {
  sockets.push(await connectSocket(app.url, attendant.token));
}

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin, whatsappId } = started);
  sockets.push(started.adminSocket);
}, 60_000);
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
});

it('round robin over 3 online attendants and 30 new tickets gives 10 each; the offline one gets none', async () => {
  const team = await Promise.all(['Rita', 'Rui', 'Rosa', 'Raul'].map((n) => createAttendant(app.api, admin.token, n)));
  const [rita, rui, rosa, raul] = team as [Attendant, Attendant, Attendant, Attendant];
  const queue = await createQueue(
    admin.user.companyId,
    'Vendas',
    team.map((t) => t.id),
    [whatsappId],
  );
  await setDistribution(queue, 'round_robin');
  for (const a of [rita, rui, rosa]) await online(a); // Raul stays offline

  const customers = Array.from({ length: 30 }, (_, i) => sim.contact(`55119666${String(i).padStart(5, '0')}`, { pushName: `Cliente ${i}` }));
  await Promise.all(customers.map((c) => c.sendText(sim.phone(PHONE), 'Olá, quero comprar')));
  await until(
    async () => (await Promise.all([rita, rui, rosa].map((a) => openCountOf(a.id)))).reduce((x, y) => x + y, 0),
    (total) => total === 30,
    '30 tickets distributed',
    40_000,
  );
  expect(await Promise.all([rita, rui, rosa, raul].map((a) => openCountOf(a.id)))).toEqual([10, 10, 10, 0]);
  const [history] = await ctx().sequelize.query(
    `SELECT count(*)::int AS n FROM "TicketHistories" h JOIN "Tickets" t ON t.id = h."ticketId" JOIN "Contacts" c ON c.id = t."contactId"
     WHERE h.action = 'assigned' AND h."userId" IS NULL AND c.number LIKE '55119666%'`,
  );
  expect((history as { n: number }[])[0]!.n).toBe(30);
}, 90_000);

async function ticketLandingIn(queueId: number, n: number): Promise<number> {
  const contact = sim.contact(`55119555${String(n).padStart(5, '0')}`, { pushName: `Avulso ${n}` });
  await contact.sendText(sim.phone(PHONE), 'oi');
  // The connection serves Vendas only: move the new ticket to the queue under test, as a supervisor would.
  const [row] = await until(
    () =>
      ctx().sequelize.query<{ id: number }>(`SELECT t.id FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number = :number`, {
        replacements: { number: contact.pn },
        type: QueryTypes.SELECT,
      }),
    (rows) => rows.length === 1,
    'the ticket',
  );
  await app.api.put(`/api/tickets/${row!.id}`, { action: 'transfer', queueId }, { token: admin.token });
  return row!.id;
}

const assigneeOf = async (ticketId: number) =>
  (
    await until(
      () =>
        ctx().sequelize.query<{ userId: number | null; status: string }>(`SELECT "userId", status FROM "Tickets" WHERE id = :ticketId`, {
          replacements: { ticketId },
          type: QueryTypes.SELECT,
        }),
      ([t]) => t !== undefined,
      'the ticket row',
    )
  )[0]!;

it('least busy gives the ticket to the lowest load, skipping full and offline attendants; nobody free → it waits', async () => {
  const [lia, leo, lua, lara] = (await Promise.all(['Lia', 'Leo', 'Lua', 'Lara'].map((n) => createAttendant(app.api, admin.token, n)))) as [
    Attendant,
    Attendant,
    Attendant,
    Attendant,
  ];
  const suporte = await createQueue(admin.user.companyId, 'Suporte', [lia.id, leo.id, lua.id, lara.id]);
  await setDistribution(suporte, 'least_busy');
  // Loads: Lia 2, Leo 1 but full (capacity 1), Lua 3, Lara offline with 0.
  await ctx().sequelize.query(`UPDATE "Users" SET "maxOpenTickets" = 1 WHERE id = :id`, { replacements: { id: leo.id } });
  let n = 0;
  for (const [who, count] of [
    [lia, 2],
    [leo, 1],
    [lua, 3],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const id = await ticketLandingIn(suporte, ++n); // nobody online yet: waits in pending…
      expect((await assigneeOf(id)).status).toBe('pending');
      await app.api.put(`/api/tickets/${id}`, { action: 'transfer', userId: who.id }, { token: admin.token });
    }
  }
  for (const a of [lia, leo, lua]) await online(a);

  const next = await ticketLandingIn(suporte, ++n);
  const assigned = await until(
    () => assigneeOf(next),
    (t) => t.status === 'open',
    'the assignment',
  );
  expect(assigned.userId).toBe(lia.id); // Lara offline, Leo full, Lua busier

  // Everyone online is now at or over capacity once capacities are tightened: the next ticket waits. Decisions
  // are made one at a time per company, in order: once a ticket that landed after it in another queue, where
  // someone is free, has been given to them, the waiting ticket's decision was made.
  const bento = await createAttendant(app.api, admin.token, 'Bento');
  const barreira = await createQueue(admin.user.companyId, 'Barreira', [bento.id]);
  await setDistribution(barreira, 'round_robin');
  await online(bento);
  await ctx().sequelize.query(`UPDATE "Users" SET "maxOpenTickets" = 3 WHERE id IN (:ids)`, { replacements: { ids: [lia.id, lua.id] } });
  const waiting = await ticketLandingIn(suporte, ++n);
  const later = await ticketLandingIn(barreira, n + 1);
  expect(
    await until(
      () => assigneeOf(later),
      (t) => t.status === 'open',
      'the later ticket given to Bento',
    ),
  ).toEqual({ userId: bento.id, status: 'open' });
  expect(await assigneeOf(waiting)).toEqual({ userId: null, status: 'pending' });

  // A supervisor redistributes Lia's newest ticket: it goes to the other free attendant, never back to Lia.
  await ctx().sequelize.query(`UPDATE "Users" SET "maxOpenTickets" = NULL WHERE id IN (:ids)`, { replacements: { ids: [lia.id, lua.id] } });
  const moved = await app.api.put(`/api/tickets/${next}`, { action: 'redistribute' }, { token: admin.token });
  expect(moved.body.ticket).toMatchObject({ status: 'open', userId: lua.id });
  expect((await app.api.put(`/api/tickets/${next}`, { action: 'redistribute' }, { token: lia.token })).status).toBe(403);
}, 90_000);
