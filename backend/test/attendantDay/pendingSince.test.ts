import { QueryTypes } from 'sequelize';
import type { TicketView } from '@atende/contract';
import type { WaSimulator } from '../../../simulator/src/index.js';
import type { Socket } from 'socket.io-client';
import { ctx } from '../../src/context.js';
import { createAttendant, createQueue, ticketIdOf, type Attendant } from '../support/factories.js';
import { connectSocket } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Issue 17, "pendingSince" (migration 0035): the moment a ticket last became pending. The Aguardando tab's
// "waiting for N min" and its oldest-waiting-first order count from it, so a ticket reopened or returned to the
// queue starts waiting again instead of counting from its creation; one moved between queues keeps its wait.
const PHONE = '5511999990176';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let socket: Socket;
let whatsappId: number;
let xavier: Attendant;
let entrada: number;
let outra: number;
let customers = 0;

beforeAll(async () => {
  ({ sim, app, admin, whatsappId, adminSocket: socket } = await startConnectedApp(PHONE));
  xavier = await createAttendant(app.api, admin.token, 'Xavier Espera');
  // Manual queues (nobody is handed anything): what is tested is where the tickets wait and since when.
  entrada = await createQueue(admin.user.companyId, 'Entrada', [xavier.id], [whatsappId]);
  outra = await createQueue(admin.user.companyId, 'Outra', [xavier.id]);
}, 60_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const ticket = async (id: number): Promise<TicketView> => (await app.api.get(`/api/tickets/${id}`, { token: admin.token })).body.ticket;
const put = (id: number, body: object, token = admin.token) => app.api.put(`/api/tickets/${id}`, body, { token });
const minutesAgo = (iso: string) => (Date.now() - Date.parse(iso)) / 60_000;

/** A new customer's waiting ticket, made as if it had been created (and waiting) `minutes` ago. */
async function waitingSince(minutes: number): Promise<number> {
  const contact = sim.contact(`55119717600${String(++customers).padStart(2, '0')}`, { pushName: `Espera ${customers}` });
  await contact.sendText(sim.phone(PHONE), 'Olá');
  const id = await ticketIdOf(contact);
  // Only the clock is moved back: no status is written, so the trigger leaves pendingSince as set here.
  await ctx().sequelize.query(
    `UPDATE "Tickets" SET "createdAt" = now() - make_interval(mins => :minutes), "pendingSince" = date_trunc('milliseconds', now() - make_interval(mins => :minutes)) WHERE id = :id`,
    { replacements: { id, minutes } },
  );
  return id;
}

it('starts counting when a ticket is created pending, keeps its wait through a queue change, and starts again when it is returned', async () => {
  const contact = sim.contact('5511971760090', { pushName: 'Nova' });
  await contact.sendText(sim.phone(PHONE), 'Oi');
  const fresh = await ticket(await ticketIdOf(contact));
  expect(fresh).toMatchObject({ status: 'pending', queueId: entrada });
  // Its creation, to the millisecond (the column keeps milliseconds: the list's cursor carries no more).
  expect(Math.abs(Date.parse(fresh.pendingSince) - Date.parse(fresh.createdAt))).toBeLessThanOrEqual(1);

  const id = await waitingSince(180);
  const before = await ticket(id);
  // Moved to another queue while waiting: the customer has been waiting all along.
  expect((await put(id, { action: 'transfer', queueId: outra })).status).toBe(200);
  expect(await ticket(id)).toMatchObject({ status: 'pending', queueId: outra, pendingSince: before.pendingSince });
  // Accepted: it no longer waits, and keeps when its last wait began.
  expect((await put(id, { action: 'accept' }, xavier.token)).status).toBe(200);
  expect(await ticket(id)).toMatchObject({ status: 'open', pendingSince: before.pendingSince });
  // Given back to the queue: waiting again, from now.
  expect((await put(id, { action: 'return' }, xavier.token)).status).toBe(200);
  const returned = await ticket(id);
  expect(returned.status).toBe('pending');
  expect(minutesAgo(returned.pendingSince)).toBeLessThan(1);
  expect(minutesAgo(returned.createdAt)).toBeGreaterThan(179);
  const [stored] = await ctx().sequelize.query<{ exact: boolean }>(
    `SELECT "pendingSince" = date_trunc('milliseconds', "pendingSince") AS exact FROM "Tickets" WHERE id = :id`,
    { replacements: { id }, type: QueryTypes.SELECT },
  );
  expect(stored!.exact).toBe(true);
}, 60_000);

it('starts again when a ticket closed from Aguardando is reopened by the customer writing again', async () => {
  const contact = sim.contact('5511971760091', { pushName: 'Volta' });
  await contact.sendText(sim.phone(PHONE), 'Oi');
  const id = await ticketIdOf(contact);
  await ctx().sequelize.query(`UPDATE "Tickets" SET "createdAt" = now() - interval '2 hours', "pendingSince" = now() - interval '2 hours' WHERE id = :id`, {
    replacements: { id },
  });
  expect((await put(id, { action: 'close', sendFarewell: false })).status).toBe(200);
  await contact.sendText(sim.phone(PHONE), 'Voltei');
  const reopened = await until(
    () => ticket(id),
    (t) => t.status === 'pending',
    'the ticket reopened, waiting',
  );
  expect(minutesAgo(reopened.pendingSince)).toBeLessThan(1);
  expect(minutesAgo(reopened.createdAt)).toBeGreaterThan(119);
}, 60_000);

it('lists the Aguardando tab longest-waiting first by pendingSince, keyset-paged: a returned ticket goes behind', async () => {
  const oldest = await waitingSince(300); // will be returned: its wait starts again now
  const b = await waitingSince(120);
  const c = await waitingSince(60);
  expect((await put(oldest, { action: 'accept' }, xavier.token)).status).toBe(200);
  expect((await put(oldest, { action: 'return' }, xavier.token)).status).toBe(200);
  const ids = [oldest, b, c];

  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `status=pending&order=oldest&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await app.api.get(`/api/tickets?${query}`, { token: admin.token });
    expect(res.status).toBe(200);
    seen.push(...(res.body.tickets as TicketView[]).map((t) => t.id));
    cursor = res.body.nextCursor;
  } while (cursor);
  expect(seen.filter((id) => ids.includes(id))).toEqual([b, c, oldest]);
  expect(new Set(seen).size).toBe(seen.length); // a page boundary hands nothing out twice
}, 60_000);

it('distribution offers the longest-waiting ticket first: one given back a moment ago waits behind an older wait', async () => {
  const yara = await createAttendant(app.api, admin.token, 'Yara Limite');
  const fila = await createQueue(admin.user.companyId, 'Fila distribuída', [yara.id]);
  await ctx().sequelize.query(`UPDATE "Queues" SET distribution = 'round_robin' WHERE id = :fila; UPDATE "Users" SET "maxOpenTickets" = 1 WHERE id = :yara`, {
    replacements: { fila, yara: yara.id },
  });
  // Created three hours ago but given back just now (its wait starts again), and one waiting for an hour.
  const givenBack = await waitingSince(180);
  const hourLong = await waitingSince(60);
  await ctx().sequelize.query(
    `UPDATE "Tickets" SET "queueId" = :fila WHERE id IN (:ids); UPDATE "Tickets" SET "pendingSince" = date_trunc('milliseconds', now()) WHERE id = :givenBack`,
    { replacements: { fila, ids: [givenBack, hourLong], givenBack } },
  );

  // Yara comes online with room for one: the sweep offers her the hour-long wait, not the older creation.
  const online = await connectSocket(app.url, yara.token);
  try {
    await until(
      () => ticket(hourLong),
      (t) => t.status === 'open',
      'the longest wait given to Yara',
    );
    expect(await ticket(hourLong)).toMatchObject({ userId: yara.id });
    expect(await ticket(givenBack)).toMatchObject({ status: 'pending', userId: null });
  } finally {
    online.close();
  }
}, 60_000);
