import type { Socket } from 'socket.io-client';
import { QueryTypes } from 'sequelize';
import type { TeamMemberView, UserView } from '@atende/contract';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import type { TestApp } from '../support/testApp.js';
import { barrier, connectSocket, nextEvent, record, waitForDisconnect } from '../support/sockets.js';
import { startConnectedApp } from '../support/whatsapp.js';
import { createAttendant, createQueue, ticketIdOf, type Attendant } from '../support/factories.js';
import { until } from '../support/waiting.js';

// Issue 17, availability: a paused attendant gets no distributed ticket; coming back makes them eligible and
// the work waiting is offered; supervisors see the team (presence, pause, load), pause people and log them out.
const PHONE = '5511999990171';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let adminSocket: Socket;
let whatsappId: number;
const sockets: Socket[] = [];
let customers = 0;

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin, whatsappId, adminSocket } = started);
  sockets.push(adminSocket);
}, 60_000);
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
});

async function online(attendant: Attendant): Promise<Socket> {
  const socket = await connectSocket(app.url, attendant.token);
  sockets.push(socket);
  return socket;
}

const setRoundRobin = (queueId: number) =>
  ctx().sequelize.query(`UPDATE "Queues" SET distribution = 'round_robin' WHERE id = :queueId`, { replacements: { queueId } });

/** A queue the connection routes every new customer to (the only one it serves: no menu), round robin. */
async function onlyQueue(name: string, userIds: number[]): Promise<number> {
  await ctx().sequelize.query(`DELETE FROM "WhatsappQueues" WHERE "whatsappId" = :whatsappId`, { replacements: { whatsappId } });
  const queueId = await createQueue(admin.user.companyId, name, userIds, [whatsappId]);
  await setRoundRobin(queueId);
  return queueId;
}

async function newCustomerTicket(): Promise<number> {
  const contact = sim.contact(`55119717${String(++customers).padStart(5, '0')}`, { pushName: `Cliente ${customers}` });
  await contact.sendText(sim.phone(PHONE), 'Olá, preciso de ajuda');
  return ticketIdOf(contact);
}

const ticketRow = (ticketId: number) =>
  ctx()
    .sequelize.query<{ userId: number | null; status: string }>(`SELECT "userId", status FROM "Tickets" WHERE id = :ticketId`, {
      replacements: { ticketId },
      type: QueryTypes.SELECT,
    })
    .then((rows) => rows[0]!);
const assignedTicket = (ticketId: number) =>
  until(
    () => ticketRow(ticketId),
    (t) => t.status === 'open',
    `ticket ${ticketId} assigned`,
  );

const pause = (token: string, userId: number, body: { paused: boolean; reason?: string | null }) =>
  app.api.put(`/api/users/${userId}/availability`, body, { token });
const team = async (token: string) => {
  const res = await app.api.get('/api/team', { token });
  expect(res.status).toBe(200);
  return res.body.members as TeamMemberView[];
};

it('a paused attendant gets no distributed ticket while an available colleague does; back, they get the next one', async () => {
  const ana = await createAttendant(app.api, admin.token, 'Ana Pausa');
  const bia = await createAttendant(app.api, admin.token, 'Bia Livre');
  await onlyQueue('Atendimento', [ana.id, bia.id]);
  await online(ana);
  await online(bia);

  const paused = await pause(ana.token, ana.id, { paused: true, reason: ' Almoço ' });
  expect(paused.status).toBe(200);
  const me = paused.body.user as UserView;
  expect(me.pauseReason).toBe('Almoço');
  expect(me.pausedAt).not.toBeNull();
  // The pause is on the user: another read (a reload, a new login) still says so.
  const again = await app.api.get('/api/auth/me', { token: ana.token });
  expect(again.status).toBe(200);
  expect((again.body.user as UserView).pausedAt).toBe(me.pausedAt);

  // Round robin would alternate: paused, Ana gets none of the three.
  const tickets = [await newCustomerTicket(), await newCustomerTicket(), await newCustomerTicket()];
  for (const id of tickets) expect((await assignedTicket(id)).userId).toBe(bia.id);

  // Bia at her cap: the next ticket waits in pending (nobody free) until Ana is back.
  await ctx().sequelize.query(`UPDATE "Users" SET "maxOpenTickets" = 3 WHERE id = :id`, { replacements: { id: bia.id } });
  const waiting = await newCustomerTicket();
  // The decision is made in the company's lane: a later ticket to an available attendant proves it was made.
  const caio = await createAttendant(app.api, admin.token, 'Caio Marca');
  await online(caio);
  await onlyQueue('Marca', [caio.id]);
  expect((await assignedTicket(await newCustomerTicket())).userId).toBe(caio.id);
  expect(await ticketRow(waiting)).toEqual({ userId: null, status: 'pending' });

  const back = await pause(ana.token, ana.id, { paused: false });
  expect(back.status).toBe(200);
  expect(back.body.user).toMatchObject({ pausedAt: null, pauseReason: null });
  expect((await assignedTicket(waiting)).userId).toBe(ana.id);
}, 90_000);

it('a supervisor pauses an attendant: they are paused and told who did it; the team panel shows it live', async () => {
  const supervisor = await createAttendant(app.api, admin.token, 'Sara Supervisora', 'supervisor');
  const duda = await createAttendant(app.api, admin.token, 'Duda Equipe');
  const queueId = await createQueue(admin.user.companyId, 'Equipe', [duda.id]);
  const supervisorSocket = await online(supervisor);
  const dudaSocket = await online(duda);

  const told = nextEvent<{ user: UserView; byUserId: number; byName: string }>(dudaSocket, 'availability');
  const teamEvent = nextEvent<{ userId: number }>(supervisorSocket, 'team', (e) => e.userId === duda.id);
  const res = await pause(supervisor.token, duda.id, { paused: true, reason: 'Reunião' });
  expect(res.status).toBe(200);
  expect(await told).toMatchObject({ byUserId: supervisor.id, byName: 'Sara Supervisora', user: { id: duda.id, pauseReason: 'Reunião' } });
  await teamEvent;

  const members = await team(supervisor.token);
  const row = members.find((m) => m.id === duda.id)!;
  expect(row).toMatchObject({ online: true, pauseReason: 'Reunião', openTickets: 0, queueIds: [queueId], profile: 'user' });
  expect(row.pausedAt).not.toBeNull();
  // Load: a ticket given to Duda by hand (transfer) is counted, and the panel hears it.
  const ticketId = await newCustomerTicket();
  const loadEvent = nextEvent<{ userId: number }>(supervisorSocket, 'team', (e) => e.userId === duda.id);
  const moved = await app.api.put(`/api/tickets/${ticketId}`, { action: 'transfer', userId: duda.id }, { token: supervisor.token });
  expect(moved.status).toBe(200);
  expect(moved.body.ticket).toMatchObject({ userId: duda.id, userName: 'Duda Equipe' });
  await loadEvent;
  expect((await team(supervisor.token)).find((m) => m.id === duda.id)?.openTickets).toBe(1);

  // The attendant's own read of the ticket names who attends it (the chat header).
  expect((await app.api.get(`/api/tickets/${ticketId}`, { token: duda.token })).body.ticket.userName).toBe('Duda Equipe');
}, 60_000);

/** What reached `socket` in order: its `session` events and its disconnect (with socket.io's reason). */
function sessionLog(socket: Socket): unknown[] {
  const log: unknown[] = [];
  socket.on('session', (payload: unknown) => log.push(payload));
  socket.on('disconnect', (reason: string) => log.push(`disconnect: ${reason}`));
  return log;
}

it('logging an attendant out tells every tab of theirs, and only theirs, then ends their sockets and session; the panel shows them offline', async () => {
  const supervisor = await createAttendant(app.api, admin.token, 'Saulo Supervisor', 'supervisor');
  const edu = await createAttendant(app.api, admin.token, 'Edu Saindo');
  const colleague = await createAttendant(app.api, admin.token, 'Ester Ficando');
  const eduTabs = [await online(edu), await online(edu)];
  const supervisorSocket = await online(supervisor);
  const colleagueSocket = await online(colleague);
  expect((await team(supervisor.token)).find((m) => m.id === edu.id)?.online).toBe(true);

  const eduLogs = eduTabs.map(sessionLog);
  const othersHeard = [...record(supervisorSocket, 'session'), ...record(colleagueSocket, 'session')];
  const gone = eduTabs.map((tab) => waitForDisconnect(tab));
  const offline = nextEvent<{ userId: number }>(supervisorSocket, 'team', (e) => e.userId === edu.id);
  const res = await app.api.post(`/api/users/${edu.id}/logout`, {}, { token: supervisor.token });
  expect(res.status).toBe(204);
  await Promise.all(gone);
  await offline;
  // Told before the disconnect, so the page knows why it lost its socket (the browser signs out at once).
  for (const log of eduLogs) expect(log).toEqual([{ action: 'ended', reason: 'loggedOut' }, 'disconnect: io server disconnect']);
  // The supervisor's panel heard Edu go offline after the tell was emitted: nothing more is on its way to them.
  // For the colleague, a later company-wide event marks the same point.
  await barrier(colleagueSocket, 'user', () => app.api.put(`/api/users/${colleague.id}`, { name: 'Ester Fica' }, { token: admin.token }));
  expect(othersHeard).toEqual([]);
  expect((await app.api.get('/api/tickets', { token: edu.token })).status).toBe(401);
  await until(
    () => team(supervisor.token),
    (members) => members.find((m) => m.id === edu.id)?.online === false,
    'Edu offline on the panel',
  );
}, 60_000);

it('deactivating or deleting a user tells their page why before disconnecting it; a new password set by an admin too, but not one the user chose themself', async () => {
  const ivo = await createAttendant(app.api, admin.token, 'Ivo Desativado');
  const jade = await createAttendant(app.api, admin.token, 'Jade Removida');
  const kiko = await createAttendant(app.api, admin.token, 'Kiko Senha');
  const lia = await createAttendant(app.api, admin.token, 'Lia Propria');
  const [ivoLog, jadeLog, kikoLog, liaLog] = [
    sessionLog(await online(ivo)),
    sessionLog(await online(jade)),
    sessionLog(await online(kiko)),
    sessionLog(await online(lia)),
  ];
  const ended = (log: unknown[]) =>
    until(
      () => log,
      (l) => l.some((e) => typeof e === 'string'),
      'the socket disconnected',
    );

  expect((await app.api.put(`/api/users/${ivo.id}`, { active: false }, { token: admin.token })).status).toBe(200);
  expect(await ended(ivoLog)).toEqual([{ action: 'ended', reason: 'deactivated' }, 'disconnect: io server disconnect']);
  expect((await app.api.delete(`/api/users/${jade.id}`, { token: admin.token })).status).toBe(204);
  expect(await ended(jadeLog)).toEqual([{ action: 'ended', reason: 'deleted' }, 'disconnect: io server disconnect']);
  expect((await app.api.put(`/api/users/${kiko.id}`, { password: 'new-pass-by-admin' }, { token: admin.token })).status).toBe(200);
  expect(await ended(kikoLog)).toEqual([{ action: 'ended', reason: 'passwordChanged' }, 'disconnect: io server disconnect']);
  // Lia's own change: the tab that made it stays signed in with the session it gets back, so nothing tells it to leave.
  const changed = await app.api.put('/api/auth/password', { currentPassword: 'attendant-pass-1', newPassword: 'lia-new-pass-1' }, { token: lia.token });
  expect(changed.status).toBe(200);
  expect(await ended(liaLog)).toEqual(['disconnect: io server disconnect']);
  expect((await app.api.get('/api/auth/me', { token: changed.body.accessToken as string })).status).toBe(200);
}, 60_000);

it('attendants cannot pause or log out others (403); supervisors cannot act on an admin; anyone may pause themself', async () => {
  const fabi = await createAttendant(app.api, admin.token, 'Fabi Atendente');
  const gil = await createAttendant(app.api, admin.token, 'Gil Atendente');
  const supervisor = await createAttendant(app.api, admin.token, 'Sofia Supervisora', 'supervisor');

  expect((await pause(fabi.token, gil.id, { paused: true })).status).toBe(403);
  expect((await app.api.post(`/api/users/${gil.id}/logout`, {}, { token: fabi.token })).status).toBe(403);
  expect((await app.api.get('/api/team', { token: fabi.token })).status).toBe(403);
  expect((await pause(supervisor.token, admin.user.id, { paused: true })).status).toBe(403);
  expect((await app.api.post(`/api/users/${admin.user.id}/logout`, {}, { token: supervisor.token })).status).toBe(403);
  expect((await pause(admin.token, supervisor.id, { paused: true })).status).toBe(200);
  expect((await pause(gil.token, gil.id, { paused: true, reason: 'x'.repeat(121) })).status).toBe(400);
  const [row] = await ctx().sequelize.query<{ pausedAt: Date | null }>(`SELECT "pausedAt" FROM "Users" WHERE id = :id`, {
    replacements: { id: gil.id },
    type: QueryTypes.SELECT,
  });
  expect(row!.pausedAt).toBeNull();
});

let otherCompany: Promise<{ id: number; token: string }> | undefined;
/** A second company with its admin Olga (created once, whichever test needs it first). */
function otherCompanyAdmin(): Promise<{ id: number; token: string }> {
  otherCompany ??= (async () => {
    const created = await app.api.post(
      '/api/companies',
      { name: 'Outra Empresa', timezone: 'America/Sao_Paulo', admin: { name: 'Olga', email: 'olga@outra.test', password: 'olga-pass-1' } },
      { token: admin.token },
    );
    expect(created.status).toBe(201);
    const { token } = await app.api.login('olga@outra.test', 'olga-pass-1');
    return { id: created.body.company.id as number, token };
  })();
  return otherCompany;
}

it('company scope: another company’s user is not found, and its team panel lists only its own people', async () => {
  const olga = await otherCompanyAdmin();
  const hugo = await createAttendant(app.api, admin.token, 'Hugo Daqui');

  expect((await pause(olga.token, hugo.id, { paused: true })).status).toBe(404);
  expect((await app.api.post(`/api/users/${hugo.id}/logout`, {}, { token: olga.token })).status).toBe(404);
  const members = await team(olga.token);
  expect(members.map((m) => m.name)).toEqual(['Olga']);
  expect((await team(admin.token)).some((m) => m.name === 'Olga')).toBe(false);
});

it('the user form sets the queues and the cap: the user serves those queues, and distribution follows', async () => {
  const vendas = await createQueue(admin.user.companyId, 'Form Vendas');
  const suporte = await createQueue(admin.user.companyId, 'Form Suporte');
  const created = await app.api.post(
    '/api/users',
    { name: 'Iris Form', email: 'iris.form@atende.test', password: 'iris-pass-12', profile: 'user', maxOpenTickets: 4, queueIds: [vendas, suporte] },
    { token: admin.token },
  );
  expect(created.status).toBe(201);
  const iris = created.body.user as UserView;
  expect(iris.maxOpenTickets).toBe(4);
  const queues = async () => (await app.api.get('/api/queues', { token: admin.token })).body.queues as { id: number; userIds: number[] }[];
  expect(
    (await queues())
      .filter((q) => q.userIds.includes(iris.id))
      .map((q) => q.id)
      .sort(),
  ).toEqual([vendas, suporte].sort());

  const queueEvent = nextEvent<{ action: string; queue: { id: number; userIds: number[] } }>(adminSocket, 'queue', (e) => e.queue?.id === suporte);
  const updated = await app.api.put(`/api/users/${iris.id}`, { queueIds: [vendas], maxOpenTickets: null }, { token: admin.token });
  expect(updated.status).toBe(200);
  expect(updated.body.user.maxOpenTickets).toBeNull();
  expect((await queueEvent).queue.userIds).not.toContain(iris.id);
  expect((await queues()).filter((q) => q.userIds.includes(iris.id)).map((q) => q.id)).toEqual([vendas]);

  // Another company's queue is not found, and nothing changes.
  const foreign = await createQueue((await otherCompanyAdmin()).id, 'Fila de fora');
  const refused = await app.api.put(`/api/users/${iris.id}`, { queueIds: [vendas, foreign] }, { token: admin.token });
  expect(refused.status).toBe(404);
  expect(refused.body.error.code).toBe('ERR_QUEUE_NOT_FOUND');
  expect((await queues()).filter((q) => q.userIds.includes(iris.id)).map((q) => q.id)).toEqual([vendas]);
});
