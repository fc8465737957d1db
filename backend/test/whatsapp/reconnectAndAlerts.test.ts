import type { Socket } from 'socket.io-client';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { raiseAlert } from '../../src/services/alerts/raiseAlert.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket } from '../support/sockets.js';
import { connectWhatsapp, sessionEvents } from '../support/whatsapp.js';
import { createAttendant } from '../support/factories.js';
import { until } from '../support/waiting.js';

// A connection that loses the network for longer than WA_MAX_RECONNECTS attempts: the admins are alerted once,
// the attempts go on (the connections page sees which and when the next comes), and the connection is back by
// itself when the network is. The alert is stored: an admin who was offline finds it, each admin marks it seen.
const PHONE = '5511999990091';
let sim: WaSimulator;
let app: TestApp;
let token: string;
let socket: Socket;

beforeAll(async () => {
  sim = await startWaSimulator();
  app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000', WA_MAX_RECONNECTS: '1' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  socket = await connectSocket(app.url, token);
}, 60_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const alertsOf = async (as: string) =>
  (await app.api.get('/api/alerts', { token: as })).body.alerts as { id: number; reason: string; whatsappId: number; whatsappName: string }[];

it('keeps reconnecting through an outage, alerts the admins once and stores the alert until each admin saw it', async () => {
  const bruno = await createAttendant(app.api, token, 'Bruno Admin', 'admin'); // never online during the outage
  const whatsappId = await connectWhatsapp(app.api, token, socket, sim, PHONE, 'Loja');
  const events = sessionEvents(socket);

  sim.networkDown(PHONE);
  // The attempts go on past WA_MAX_RECONNECTS=1, each announced with its number and when the next one comes…
  const later = await events.next((e) => e.whatsapp.status === 'OPENING' && e.whatsapp.retries >= 3, 30_000);
  // …and the second failed attempt alerted the admins.
  await until(
    async () => events.alerts.length,
    (n) => n > 0,
    'the alert',
    30_000,
  );
  expect(events.alerts).toEqual([{ action: 'alert', whatsappId, reason: 'unreachable', alert: expect.objectContaining({ whatsappName: 'Loja' }) }]);
  expect(Date.parse(later.whatsapp.nextAttemptAt ?? '')).toBeGreaterThan(Date.parse('2020-01-01'));
  const listed = (await app.api.get(`/api/whatsapps/${whatsappId}`, { token })).body.whatsapp;
  expect(listed).toMatchObject({ status: 'OPENING', retries: expect.any(Number), nextAttemptAt: expect.any(String) });
  expect(listed.retries).toBeGreaterThanOrEqual(3);
  expect(events.seen.some((e) => e.whatsapp.status === 'DISCONNECTED')).toBe(false);

  sim.networkUp(PHONE);
  const back = await events.next((e) => e.whatsapp.status === 'CONNECTED', 60_000);
  expect(back.whatsapp).toMatchObject({ retries: 0, nextAttemptAt: null });
  const [rows] = await ctx().sequelize.query(`SELECT count(*)::int AS n FROM "Alerts" WHERE "whatsappId" = ${Number(whatsappId)}`);
  expect((rows as { n: number }[])[0]!.n).toBe(1); // once for the whole outage

  // Bruno was not online: he finds the alert when he comes. Each admin marks it seen for themself.
  const ofThisConnection = async (as: string) => (await alertsOf(as)).filter((a) => a.whatsappId === whatsappId); // other tests' aside
  const [alert] = await ofThisConnection(bruno.token);
  expect(alert).toMatchObject({ whatsappId, whatsappName: 'Loja', reason: 'unreachable' });
  expect(await ofThisConnection(token)).toEqual([alert]);
  expect((await app.api.post(`/api/alerts/${alert!.id}/seen`, undefined, { token })).status).toBe(204);
  expect((await app.api.post(`/api/alerts/${alert!.id}/seen`, undefined, { token })).status).toBe(204); // again: no change
  expect(await ofThisConnection(token)).toEqual([]);
  expect(await ofThisConnection(bruno.token)).toEqual([alert]);
  expect((await app.api.post('/api/alerts/seen', undefined, { token: bruno.token })).status).toBe(204);
  expect(await alertsOf(bruno.token)).toEqual([]);
}, 120_000);

it('keeps alerts to the admins of their company', async () => {
  const attendant = await createAttendant(app.api, token, 'Clara Atendente');
  expect((await app.api.get('/api/alerts', { token: attendant.token })).status).toBe(403);
  await app.api.post('/api/companies', { name: 'Outra', admin: { name: 'Olga', email: 'olga@outra.test', password: 'olga-pass-123' } }, { token });
  const olga = await app.api.login('olga@outra.test', 'olga-pass-123');
  expect(await alertsOf(olga.token)).toEqual([]);
  const connection = (await app.api.post('/api/whatsapps', { name: 'Balcão' }, { token })).body.whatsapp;
  const { id } = (await raiseAlert({ whatsappId: connection.id, reason: 'loggedOut' }))!;
  expect((await alertsOf(token)).map((a) => a.id)).toContain(id);
  const foreign = await app.api.post(`/api/alerts/${id}/seen`, undefined, { token: olga.token });
  expect(foreign.status).toBe(404);
  expect(foreign.body.error.code).toBe('ERR_ALERT_NOT_FOUND');
  expect((await app.api.post('/api/alerts/abc/seen', undefined, { token })).body.error.code).toBe('ERR_VALIDATION');
});
