import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { onlineUserIds } from '../../src/realtime/presence.js';
import { fileTicket } from '../../src/services/chatbot/fileTicket.js';
import { loadTicket } from '../../src/services/tickets/loadTicket.js';
import type { TestApp } from '../support/testApp.js';
import { connectSocket, record } from '../support/sockets.js';
import { startConnectedApp } from '../support/whatsapp.js';
import { createAttendant, type Attendant } from '../support/factories.js';
import { until } from '../support/waiting.js';

// No ticket is left stranded: an attendant who leaves gives their open tickets back to the queue, and a ticket
// that found nobody free is offered again as soon as someone can take it (comes online, frees a slot).
const PHONE = '5511999990070';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let adminSocket: Socket;
let whatsappId: number;
const sockets = new Map<number, Socket>();

beforeAll(async () => {
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE));
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
});

interface TicketState {
  id: number;
  status: string;
  userId: number | null;
  queueId: number | null;
}

const team = (...names: string[]) => Promise.all(names.map((n) => createAttendant(app.api, admin.token, n)));

/** A queue of these attendants that every new ticket of the connection lands in. */
async function queueOf(name: string, members: Attendant[], distribution = 'least_busy'): Promise<number> {
  const created = await app.api.post('/api/queues', { name, distribution, userIds: members.map((m) => m.id) }, { token: admin.token });
  expect(created.status).toBe(201);
  expect((await app.api.put(`/api/whatsapps/${whatsappId}`, { queueIds: [created.body.queue.id] }, { token: admin.token })).status).toBe(200);
  return created.body.queue.id;
}

async function online(...attendants: Attendant[]): Promise<void> {
  const connected = await Promise.all(attendants.map((a) => connectSocket(app.url, a.token)));
  attendants.forEach((a, i) => sockets.set(a.id, connected[i]!));
  const ids = attendants.map((a) => a.id);
  await until(
    () => onlineUserIds(admin.user.companyId),
    (set) => ids.every((id) => set.has(id)),
    'presence',
  );
}

const ticketsOf = (number: string) =>
  ctx().sequelize.query<TicketState>(
    `SELECT t.id, t.status, t."userId", t."queueId" FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId" WHERE c.number = :number ORDER BY t.id`,
    { replacements: { number }, type: QueryTypes.SELECT },
  );

/** The customer writes; resolves with their (only) ticket once it satisfies `ok`. */
async function customerWrites(number: string, text: string, ok: (t: TicketState) => boolean, what: string): Promise<TicketState> {
  await sim.contact(number, { pushName: `Cliente ${number.slice(-3)}` }).sendText(sim.phone(PHONE), text);
  const [ticket] = await until(
    () => ticketsOf(number),
    (rows) => rows.length === 1 && ok(rows[0]!),
    what,
  );
  return ticket!;
}

const ticketNow = async (id: number) =>
  (
    await ctx().sequelize.query<TicketState>(`SELECT id, status, "userId", "queueId" FROM "Tickets" WHERE id = :id`, {
      replacements: { id },
      type: QueryTypes.SELECT,
    })
  )[0]!;
const becomes = (id: number, expected: Partial<TicketState>, what: string) =>
  until(
    () => ticketNow(id),
    (t) => Object.entries(expected).every(([k, v]) => t[k as keyof TicketState] === v),
    what,
  );
const historyOf = async (id: number) =>
  (await app.api.get(`/api/tickets/${id}/history`, { token: admin.token })).body.history as {
    id: number;
    action: string;
    userId: number | null;
    fromUserId: number | null;
    toUserId: number | null;
  }[];

it('deactivating an attendant gives their open ticket back to the queue; a free colleague gets it, live; the customer goes on in the same ticket', async () => {
  const [ana, bia] = (await team('Ana Saída', 'Bia Livre')) as [Attendant, Attendant];
  const queueId = await queueOf('Saída', [ana, bia]);
  await online(ana);
  const ticket = await customerWrites('5511977770001', 'Olá', (t) => t.status === 'open', 'the ticket given to Ana');
  expect(ticket).toMatchObject({ userId: ana.id, queueId });
  await online(bia);
  const updates = record<{ action: string; ticket: { id: number; status: string; userId: number | null } }>(adminSocket, 'ticket');

  expect((await app.api.put(`/api/users/${ana.id}`, { active: false }, { token: admin.token })).status).toBe(200);
  await becomes(ticket.id, { status: 'open', userId: bia.id, queueId }, 'the ticket given to Bia');
  const history = await historyOf(ticket.id);
  expect(history.slice(-2)).toMatchObject([
    { action: 'returned', userId: admin.user.id, fromUserId: ana.id, toUserId: null },
    { action: 'assigned', userId: null, toUserId: bia.id },
  ]);
  // The inbox follows live: first back to pending, then Bia's.
  const seen = () => updates.filter((u) => u.action === 'update' && u.ticket.id === ticket.id).map((u) => `${u.ticket.status}:${u.ticket.userId}`);
  await until(
    async () => seen(),
    (states) => states.includes(`open:${bia.id}`),
    'the live updates',
  );
  expect(seen()).toEqual(['pending:null', `open:${bia.id}`]);

  // The customer writes again: the same ticket, Bia's, no second one.
  await sim.contact('5511977770001').sendText(sim.phone(PHONE), 'Ainda preciso de ajuda');
  await until(
    () =>
      ctx().sequelize.query(`SELECT 1 FROM "Messages" WHERE body = 'Ainda preciso de ajuda' AND "ticketId" = :id`, {
        replacements: { id: ticket.id },
        type: QueryTypes.SELECT,
      }),
    (rows) => rows.length === 1,
    'the message in the same ticket',
  );
  expect(await ticketsOf('5511977770001')).toEqual([{ id: ticket.id, status: 'open', userId: bia.id, queueId }]);
}, 90_000);

it('deleting an attendant while nobody else is free: their tickets wait in the queue and go to the first colleague who comes online', async () => {
  const [caio, dani] = (await team('Caio Excluído', 'Dani Depois')) as [Attendant, Attendant];
  const queueId = await queueOf('Exclusão', [caio, dani]);
  await online(caio);
  const first = await customerWrites('5511977770002', 'Oi', (t) => t.status === 'open', 'the first ticket given to Caio');
  const second = await customerWrites('5511977770003', 'Oi', (t) => t.status === 'open', 'the second ticket given to Caio');
  expect([first.userId, second.userId]).toEqual([caio.id, caio.id]);

  expect((await app.api.delete(`/api/users/${caio.id}`, { token: admin.token })).status).toBe(204);
  // Returned in the same transaction as the deletion: pending in their queue, nobody's.
  expect(await ticketNow(first.id)).toEqual({ id: first.id, status: 'pending', userId: null, queueId });
  expect(await ticketNow(second.id)).toEqual({ id: second.id, status: 'pending', userId: null, queueId });

  await online(dani);
  await becomes(first.id, { status: 'open', userId: dani.id }, 'the first ticket given to Dani');
  await becomes(second.id, { status: 'open', userId: dani.id }, 'the second ticket given to Dani');
  // The contact writes on in the same ticket: the active-ticket index no longer holds a stranded one.
  await sim.contact('5511977770002').sendText(sim.phone(PHONE), 'Alguém aí?');
  await until(
    () => ticketsOf('5511977770002'),
    (rows) => rows.length === 1,
    'one ticket',
  );
}, 90_000);

it('a queue where everyone is at their cap: the next ticket waits, and goes to the attendant who closes one', async () => {
  const [eva, fabio] = (await team('Eva Cheia', 'Fábio Cheio')) as [Attendant, Attendant];
  for (const a of [eva, fabio]) {
    const res = await app.api.put(`/api/users/${a.id}`, { maxOpenTickets: 1 }, { token: admin.token });
    expect(res.body.user.maxOpenTickets).toBe(1);
  }
  await queueOf('Lotada', [eva, fabio]);
  await online(eva, fabio);
  const one = await customerWrites('5511977770004', 'Oi', (t) => t.status === 'open', 'the first ticket');
  const two = await customerWrites('5511977770005', 'Oi', (t) => t.status === 'open', 'the second ticket');
  expect(new Set([one.userId, two.userId])).toEqual(new Set([eva.id, fabio.id]));
  const waiting = await customerWrites('5511977770006', 'Oi', (t) => t.status === 'pending', 'the third ticket');

  const closer = one.userId === eva.id ? eva : fabio;
  const closed = await app.api.put(`/api/tickets/${one.id}`, { action: 'close', sendFarewell: false }, { token: closer.token });
  expect(closed.status).toBe(200);
  await becomes(waiting.id, { status: 'open', userId: closer.id }, 'the waiting ticket given to whoever closed one');
  // Given once, and only after the close that made room (history ids are in commit order).
  const assigned = (await historyOf(waiting.id)).filter((h) => h.action === 'assigned');
  expect(assigned).toHaveLength(1);
  const closing = (await historyOf(one.id)).find((h) => h.action === 'closed')!;
  expect(assigned[0]!.id).toBeGreaterThan(closing.id);
  expect(await ticketNow(two.id)).toMatchObject({ status: 'open', userId: two.userId }); // untouched
}, 90_000);

it('several attendants coming online at once share the waiting tickets oldest first, each given once, within their caps', async () => {
  const members = (await team('Gabi Junta', 'Hugo Junto', 'Iris Junta')) as Attendant[];
  for (const a of members) await app.api.put(`/api/users/${a.id}`, { maxOpenTickets: 2 }, { token: admin.token });
  await queueOf('Fila de espera', members, 'round_robin');
  const numbers = Array.from({ length: 8 }, (_, i) => `55119777710${String(i).padStart(2, '0')}`);
  const waiting: TicketState[] = [];
  for (const n of numbers) waiting.push(await customerWrites(n, 'Oi', (t) => t.status === 'pending', `the ticket of ${n}`));

  await online(...members);
  const states = await until(
    () => Promise.all(waiting.map((t) => ticketNow(t.id))),
    (rows) => rows.filter((r) => r.status === 'open').length === 6,
    'six tickets given',
  );
  for (const a of members) expect(states.filter((s) => s.userId === a.id)).toHaveLength(2);
  expect(states.slice(6).map((s) => s.status)).toEqual(['pending', 'pending']); // the two newest still wait
  for (const t of waiting) expect((await historyOf(t.id)).filter((h) => h.action === 'assigned').length).toBeLessThanOrEqual(1);
}, 120_000);

it('a customer writing again to a ticket closed by an attendant who left: reopened for the queue, not for them', async () => {
  const [joao, kaua] = (await team('João Saiu', 'Kauã Ficou')) as [Attendant, Attendant];
  const queueId = await queueOf('Reabertura', [joao, kaua]);
  await online(joao);
  const ticket = await customerWrites('5511977770020', 'Oi', (t) => t.status === 'open', 'the ticket given to João');
  expect((await app.api.put(`/api/tickets/${ticket.id}`, { action: 'close', sendFarewell: false }, { token: joao.token })).status).toBe(200);
  await online(kaua);
  expect((await app.api.put(`/api/users/${joao.id}`, { active: false }, { token: admin.token })).status).toBe(200);

  await sim.contact('5511977770020').sendText(sim.phone(PHONE), 'Voltei');
  await becomes(ticket.id, { status: 'open', userId: kaua.id, queueId }, 'the reopened ticket given to Kauã');
  expect(await ticketsOf('5511977770020')).toHaveLength(1);
}, 90_000);

it('a menu option that names an attendant who has left files the ticket in its queue instead of giving it to them', async () => {
  const [lia] = (await team('Lia Saiu Do Menu')) as [Attendant];
  const queueId = await queueOf('Menu com atendente', [lia]); // Lia is offline: the ticket waits in the queue
  const ticket = await customerWrites('5511977770030', 'Oi', (t) => t.status === 'pending', 'the waiting ticket');
  expect((await app.api.put(`/api/users/${lia.id}`, { active: false }, { token: admin.token })).status).toBe(200);

  // What the chatbot does for an option whose targetUserId is Lia.
  const filed = await fileTicket(await loadTicket(admin.user.companyId, ticket.id), { queueId, userId: lia.id });
  expect(filed).toMatchObject({ status: 'pending', userId: null, queueId });
}, 60_000);

it('an accept already on its way when the attendant is deactivated is refused: the ticket stays in the queue, not stranded with them', async () => {
  const [mel] = (await team('Mel Aceita Tarde')) as [Attendant];
  await queueOf('Aceite tardio', [mel]); // Mel is offline: the ticket waits for a manual accept
  const ticket = await customerWrites('5511977770031', 'Oi', (t) => t.status === 'pending', 'the waiting ticket');

  // A deactivation in progress: Mel's row updated and locked, not committed yet.
  const deactivation = await ctx().sequelize.transaction();
  await ctx().sequelize.query(`UPDATE "Users" SET active = false WHERE id = :id`, { replacements: { id: mel.id }, transaction: deactivation });
  const accept = app.api.put(`/api/tickets/${ticket.id}`, { action: 'accept' }, { token: mel.token });
  // The accept has read Mel as active and now waits on her row (or has already decided without looking).
  await until(
    () =>
      ctx().sequelize.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%FROM "Users"%FOR SHARE%'`,
        { type: QueryTypes.SELECT },
      ),
    (rows) => rows[0]!.n > 0,
    'the accept waiting on the deactivation',
  );
  await deactivation.commit();

  const res = await accept;
  expect([res.status, res.body.error?.code]).toEqual([403, 'ERR_USER_INACTIVE']);
  expect(await ticketNow(ticket.id)).toMatchObject({ status: 'pending', userId: null });
}, 60_000);
