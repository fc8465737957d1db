import { startRedis, type ThrowawayRedis } from '../../../scripts/lib/throwaway.js';
import { startWaSimulator, type WaSimulator } from '../../../simulator/src/index.js';
import { startBackendProcess, type BackendProcess } from '../support/backendProcess.js';
import {
  campaignFinished,
  closeCampaignFixtures,
  insertContacts,
  moveCampaign,
  shippingsOf,
  startCampaignThroughApi,
  type CampaignCaller,
} from '../support/campaigns.js';
import { connectSocket } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { connectWhatsapp } from '../support/whatsapp.js';

// Acceptance 3 of issue 14: every recipient exactly once — counted at the simulated phones — through a kill -9 of
// the backend process in the middle of a 200-recipient campaign, a pause and a resume, and a Redis restart (its
// data lost: alarms and queued jobs gone). A message caught between WhatsApp taking it and the backend storing
// that is sent again after a crash with the same WhatsApp id, which a phone shows once (WhatsApp dedupes by id):
// so a phone counts the distinct ids it got, and each must be its shipping's one id.
const PHONE = '5511999991405'; // the killed backend process's connection
const PHONE_IN_PROCESS = '5511999991406';
let sim: WaSimulator;
let redis: ThrowawayRedis;
let backend: BackendProcess | undefined;
let app: TestApp | undefined;
/** The ids each phone got, in order, duplicates included. */
const got = new Map<string, string[]>();

function people(prefix: string, size: number) {
  const list = Array.from({ length: size }, (_, i) => ({ name: `Cliente ${prefix}${i}`, number: `551198881${prefix}${String(i).padStart(3, '0')}` }));
  for (const p of list) {
    got.set(p.number, []);
    sim.contact(p.number, { pushName: p.name }).onMessage((m) => got.get(p.number)!.push(m.id));
  }
  return list;
}
const arrivedAt = (list: { number: string }[]) => list.filter((p) => got.get(p.number)!.length > 0).length;

/** Every phone of `list` got exactly one distinct message, its shipping's; the campaign finished. */
async function expectExactlyOnce(caller: CampaignCaller, databaseUrl: string, campaignId: number, list: { number: string }[]): Promise<number> {
  const finished = await campaignFinished(caller, campaignId, 90_000, () => `; ${arrivedAt(list)} of ${list.length} phones reached`);
  expect(finished.stats).toMatchObject({ total: list.length, sent: list.length, pending: 0, sending: 0, failed: 0 });
  const shippings = await shippingsOf(databaseUrl, campaignId);
  expect(shippings.filter((s) => !['sent', 'delivered', 'read'].includes(s.status))).toEqual([]);
  const wrong = list.filter((p) => {
    const ids = new Set(got.get(p.number));
    return ids.size !== 1 || !ids.has(shippings.find((s) => s.number === p.number)!.wid!);
  });
  expect(wrong.map((p) => [p.number, got.get(p.number)])).toEqual([]);
  // Raw copies beyond one per phone: only a message caught in flight by the crash may be resent (same id).
  return list.reduce((extra, p) => extra + got.get(p.number)!.length - 1, 0);
}

beforeAll(async () => {
  [sim, redis] = await Promise.all([startWaSimulator(), startRedis()]);
}, 60_000);
afterAll(async () => {
  await backend?.stop();
  await redis?.resume(); // a failed test may leave it stopped; the app closes its queues through it
  await app?.stop();
  await Promise.all([sim?.close(), redis?.stop()]);
  await closeCampaignFixtures();
});

it('kill -9 in the middle of a 200-recipient campaign, then a restart: every recipient exactly once', async () => {
  backend = await startBackendProcess({ WA_WEBSOCKET_URL: sim.url, CAMPAIGN_MAX_RATE_PER_MINUTE: '6000' });
  const { token } = await backend.api.login(ADMIN.email, ADMIN.password);
  const socket = await connectSocket(backend.url, token);
  const whatsappId = await connectWhatsapp(backend.api, token, socket, sim, PHONE);
  socket.close();
  const { settings } = backend;
  const databaseUrl = settings.DATABASE_URL!;
  const audience = people('50', 200);
  const contactIds = await insertContacts(databaseUrl, audience);
  const campaignId: number = (
    await startCampaignThroughApi({ api: backend.api, token }, { whatsappId, contactIds, messages: ['Oferta {{firstName}}'], ratePerMinute: 3000 })
  ).id;

  await until(
    () => arrivedAt(audience),
    (n) => n >= 60,
    'a third of the campaign out',
    60_000,
  );
  await backend.kill();
  const beforeCrash = arrivedAt(audience);
  expect(beforeCrash).toBeLessThan(200);

  // Same database, same Redis data (the dead process's jobs are there, stalled); same secrets: the token holds.
  backend = await startBackendProcess({ ...settings, WA_WEBSOCKET_URL: sim.url });
  const resent = await expectExactlyOnce({ api: backend.api, token }, databaseUrl, campaignId, audience);
  expect(resent).toBeLessThanOrEqual(1);
}, 180_000);

describe('in one process', () => {
  let whatsappId: number;
  let caller: CampaignCaller;
  beforeAll(async () => {
    app = await startTestApp({ WA_WEBSOCKET_URL: sim.url, REDIS_URL: redis.url, CAMPAIGN_MAX_RATE_PER_MINUTE: '6000', LOGIN_RATE_LIMIT_PER_IP: '1000' });
    const { token } = await app.api.login(ADMIN.email, ADMIN.password);
    caller = { api: app.api, token };
    const socket = await connectSocket(app.url, token);
    whatsappId = await connectWhatsapp(app.api, token, socket, sim, PHONE_IN_PROCESS);
    socket.close();
  }, 60_000);

  it('pauses (at most the message in flight still leaves) and resumes: every recipient exactly once', async () => {
    const audience = people('60', 40);
    const contactIds = await insertContacts(app!.databaseUrl, audience);
    const campaignId: number = (await startCampaignThroughApi(caller, { whatsappId, contactIds, messages: ['Pausa {{firstName}}'], ratePerMinute: 3000 })).id;
    await until(
      () => arrivedAt(audience),
      (n) => n >= 10,
      'a quarter out',
      30_000,
    );
    expect((await moveCampaign(caller, campaignId, 'pause')).status).toBe('paused');
    const atPause = arrivedAt(audience);
    // Paused for a second and a half — at this rate a dozen or more would have left meanwhile.
    const pausedAt = Date.now();
    await until(
      () => Date.now(),
      (now) => now > pausedAt + 1_500,
      'the pause to last',
    );
    expect(arrivedAt(audience) - atPause).toBeLessThanOrEqual(1);
    expect((await moveCampaign(caller, campaignId, 'resume')).status).toBe('running');
    expect(await expectExactlyOnce(caller, app!.databaseUrl, campaignId, audience)).toBe(0);
  }, 90_000);

  // A Redis restart in the middle of a send used to leave the connection's outbound Bull worker taking nothing more
  // (jobs waiting, no handler running: the Bull "stuck after reconnect" family); whatsapp/outbound/OutboundSender.ts
  // rebuilds the worker when Redis comes back and whenever jobs wait untaken.
  it('Redis restarted mid-campaign (its alarms and jobs lost): every recipient exactly once', async () => {
    const audience = people('70', 40);
    const contactIds = await insertContacts(app!.databaseUrl, audience);
    const campaignId: number = (await startCampaignThroughApi(caller, { whatsappId, contactIds, messages: ['Redis {{firstName}}'], ratePerMinute: 3000 })).id;
    await until(
      () => arrivedAt(audience),
      (n) => n >= 10,
      'a quarter out',
      30_000,
    );
    await redis.pause();
    const downAt = Date.now();
    await until(
      () => Date.now(),
      (now) => now > downAt + 1_500,
      'Redis to stay down a moment',
    );
    await redis.resume();
    expect(await expectExactlyOnce(caller, app!.databaseUrl, campaignId, audience)).toBe(0);
  }, 120_000);
});
