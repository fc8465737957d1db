import type { Socket } from 'socket.io-client';
import { startRedis, type ThrowawayRedis } from '../../../scripts/lib/throwaway.js';
import { startWaSimulator, type SimContact, type WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket } from '../support/sockets.js';
import { connectWhatsapp } from '../support/whatsapp.js';
import { ticketOf } from '../support/factories.js';
import { until, withDeadline } from '../support/waiting.js';

// This file owns its redis-server, so it can stop it under the running app (the run's shared one serves other
// files in parallel). A reply written while Redis is away answers at once and goes out once Redis is back, once.
const PHONE = '5511999990071';
let redis: ThrowawayRedis;
let sim: WaSimulator;
let app: TestApp;
let token: string;
let socket: Socket;
let whatsappId: number;
let gil: SimContact;
let ticketId: number;

beforeAll(async () => {
  [redis, sim] = await Promise.all([startRedis(), startWaSimulator()]);
  app = await startTestApp({ REDIS_URL: redis.url, WA_WEBSOCKET_URL: sim.url, LOGIN_RATE_LIMIT_PER_IP: '1000' });
  token = (await app.api.login(ADMIN.email, ADMIN.password)).token;
  socket = await connectSocket(app.url, token);
  whatsappId = await connectWhatsapp(app.api, token, socket, sim, PHONE);
  gil = sim.contact('5511988880071', { pushName: 'Gil' });
  await gil.sendText(sim.phone(PHONE), 'Bom dia');
  ticketId = (await until(() => ticketOf(gil.pn), Boolean, 'the ticket'))!.id;
}, 120_000);
afterAll(async () => {
  socket?.close();
  await redis?.resume(); // a failed test may leave it stopped; the app closes its queues through it
  await app?.stop();
  await Promise.all([sim?.close(), redis?.stop()]);
});

const reply = (body: string) => app.api.post(`/api/messages/${ticketId}`, { body }, { token });

it('answers a reply within a second while Redis is stopped, and delivers it exactly once after Redis returns', async () => {
  expect((await reply('Bom dia, Gil')).status).toBe(201); // the connection's queue is up and working
  expect((await gil.nextMessage({ timeoutMs: 30_000 })).text).toBe('Bom dia, Gil');

  await redis.pause();
  const started = Date.now();
  const res = await withDeadline(reply('Escrita com o Redis fora'), 10_000, 'answer while Redis is stopped');
  const tookMs = Date.now() - started;
  expect(res.status).toBe(201);
  expect(tookMs).toBeLessThanOrEqual(1_000);

  await redis.resume();
  expect((await gil.nextMessage({ timeoutMs: 90_000 })).text).toBe('Escrita com o Redis fora');

  // Every later way of queueing it again (the request's own add, delayed; the sweep) finds it sent.
  ctx().outbound.enqueue(whatsappId, res.body.message.id);
  await ctx().outbound.sweepUnsent();
  expect((await reply('barreira')).status).toBe(201);
  expect((await gil.nextMessage({ timeoutMs: 30_000 })).text).toBe('barreira'); // not a second copy
}, 180_000);

it('rebuilds a connection worker that stopped taking jobs, and the waiting reply goes out once', async () => {
  // What Bull 4's worker sometimes does after a Redis restart — jobs wait, nothing takes them — is forced here by
  // pausing this process's worker locally: the watchdog must see jobs waiting with no send running and rebuild it.
  expect((await reply('Antes da pausa do worker')).status).toBe(201); // the connection's worker exists and works
  expect((await gil.nextMessage({ timeoutMs: 30_000 })).text).toBe('Antes da pausa do worker');
  const lanes = (ctx().outbound as unknown as { lanes: Map<number, { queue: { pause(local: boolean): Promise<void> } }> }).lanes;
  await lanes.get(whatsappId)!.queue.pause(true);
  expect((await reply('Depois da pausa do worker')).status).toBe(201);
  expect((await gil.nextMessage({ timeoutMs: 90_000 })).text).toBe('Depois da pausa do worker');
  expect((await reply('barreira 2')).status).toBe(201);
  expect((await gil.nextMessage({ timeoutMs: 30_000 })).text).toBe('barreira 2'); // not a second copy
}, 120_000);
