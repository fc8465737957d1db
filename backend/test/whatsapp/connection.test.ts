import { startWaSimulator, trustSimulatorRoot, type WaSimulator } from '../../../simulator/src/index.js';
import { ADMIN, createTestDatabase, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket } from '../support/sockets.js';
import { connectWhatsapp, sessionEvents } from '../support/whatsapp.js';
import { until } from '../support/waiting.js';

// The real Baileys inside the real backend, against the project's WhatsApp simulator.
let sim: WaSimulator;
let app: TestApp;
let databaseUrl: string;
const PHONE = '5511999990001';

beforeAll(async () => {
  trustSimulatorRoot();
  sim = await startWaSimulator();
  databaseUrl = await createTestDatabase();
  app = await startTestApp({ DATABASE_URL: databaseUrl, WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
});
afterAll(async () => {
  await app?.stop();
  await sim?.close();
});

it('pairs by QR, connects with the number, and comes back after a backend restart without a new QR', async () => {
  let admin = await app.api.login(ADMIN.email, ADMIN.password);
  let socket = await connectSocket(app.url, admin.token);
  const events = sessionEvents(socket);
  const created = await app.api.post('/api/whatsapps', { name: 'Loja' }, { token: admin.token });
  const id = created.body.whatsapp.id;

  expect((await app.api.post(`/api/whatsapps/${id}/session`, undefined, { token: admin.token })).status).toBe(202);
  const qrEvent = await events.next((e) => e.whatsapp.status === 'qrcode');
  expect(qrEvent.whatsapp.qrcode).toBeTruthy();
  const rest = await app.api.get(`/api/whatsapps/${id}/qrcode`, { token: admin.token });
  expect(rest.body.qrcode).toMatch(/^data:image\/png;base64,/);

  await sim.phone(PHONE).scan(qrEvent.whatsapp.qrcode!);
  const connected = await events.next((e) => e.whatsapp.status === 'CONNECTED');
  expect(connected.whatsapp.number).toBe(PHONE);
  socket.close();

  // Restart the backend on the same database: the session is restored from PostgreSQL.
  await app.stop();
  app = await startTestApp({ DATABASE_URL: databaseUrl, WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  socket = await connectSocket(app.url, admin.token);
  const after = sessionEvents(socket);
  let status = (await app.api.get(`/api/whatsapps/${id}`, { token: admin.token })).body.whatsapp.status;
  if (status !== 'CONNECTED') status = (await after.next((e) => e.whatsapp.status === 'CONNECTED')).whatsapp.status;
  expect(status).toBe('CONNECTED');
  expect(after.seen.some((e) => e.whatsapp.status === 'qrcode')).toBe(false);
  socket.close();
}, 60_000);

it('wipes the credentials and goes DISCONNECTED when the phone removes the device, and tells the admins only', async () => {
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  const socket = await connectSocket(app.url, admin.token);
  const events = sessionEvents(socket);
  await app.api.post('/api/users', { name: 'Ana', email: 'ana@a.test', password: 'ana-pass-123', profile: 'user' }, { token: admin.token });
  const agentSocket = await connectSocket(app.url, (await app.api.login('ana@a.test', 'ana-pass-123')).token);
  const agentEvents = sessionEvents(agentSocket);
  const id = await connectWhatsapp(app.api, admin.token, socket, sim, '5511999990051', 'Celular da loja');
  const whatsapp = (await app.api.get(`/api/whatsapps/${id}`, { token: admin.token })).body.whatsapp;
  sim.phone('5511999990051').unlink();
  const gone = await events.next((e) => e.whatsapp.id === id && e.whatsapp.status === 'DISCONNECTED');
  expect(gone.whatsapp.number).toBeNull();
  const { ctx } = await import('../../src/context.js');
  const [rows] = await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "BaileysAuth" WHERE "whatsappId" = ${Number(whatsapp.id)}`);
  expect((rows as { n: number }[])[0]!.n).toBe(0);
  // Everyone sees the status…
  await until(() => agentEvents.seen.some((e) => e.whatsapp.id === id && e.whatsapp.status === 'DISCONNECTED'), Boolean, 'the attendant told');
  // …only admins get the alert (stored first, then sent).
  await until(
    async () => events.alerts.length,
    (n) => n > 0,
    'the alert',
  );
  expect(events.alerts).toEqual([
    {
      action: 'alert',
      whatsappId: whatsapp.id,
      reason: 'loggedOut',
      alert: expect.objectContaining({ whatsappId: whatsapp.id, reason: 'loggedOut', whatsappName: whatsapp.name }),
    },
  ]);
  expect(agentEvents.alerts).toEqual([]);
  socket.close();
  agentSocket.close();
}, 30_000);

it('logs out from Atende: the phone loses the device and the credentials are wiped', async () => {
  const admin = await app.api.login(ADMIN.email, ADMIN.password);
  const socket = await connectSocket(app.url, admin.token);
  const id = await connectWhatsapp(app.api, admin.token, socket, sim, '5511999990052', 'Celular do caixa');
  expect(sim.phone('5511999990052').devices().length).toBeGreaterThan(0);

  const res = await app.api.delete(`/api/whatsapps/${id}/session`, { token: admin.token });
  expect(res.body.whatsapp).toMatchObject({ status: 'DISCONNECTED', number: null });
  const { ctx } = await import('../../src/context.js');
  const [rows] = await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "BaileysAuth" WHERE "whatsappId" = ${Number(id)}`);
  expect((rows as { n: number }[])[0]!.n).toBe(0);
  socket.close();
}, 30_000);
