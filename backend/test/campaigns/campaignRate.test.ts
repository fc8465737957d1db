import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { campaignFinished, closeCampaignFixtures, insertContacts, startCampaignThroughApi, type CampaignCaller } from '../support/campaigns.js';
import type { TestApp } from '../support/testApp.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Acceptance 2 of issue 14: the rate is a cap per connection, measured where it matters — the moments the
// simulated phones get the messages. 120/min means at least 500 ms between two messages of the number, whatever
// the jitter adds; two campaigns on one number share that cap (and take turns). A few milliseconds of slack: the
// simulator stamps a message when it has decrypted it, a little after the backend saw it leave. 120/min is the
// default cap (CAMPAIGN_MAX_RATE_PER_MINUTE), so the backend runs with its defaults; campaigns go through the API.
const PHONE = '5511999991402';
const SLACK_MS = 25;
let sim: WaSimulator;
let app: TestApp;
let adminSocket: Socket;
let caller: CampaignCaller;
let whatsappId: number;
/** Every campaign message any phone got: when, and for which campaign (by its text). */
const arrivals: { at: number; text: string }[] = [];

async function audience(prefix: string, size: number): Promise<number[]> {
  const people = Array.from({ length: size }, (_, i) => ({ name: `Pessoa ${prefix}${i}`, number: `55119888${prefix}${String(i).padStart(2, '0')}` }));
  for (const p of people) sim.contact(p.number, { pushName: p.name }).onMessage((m) => arrivals.push({ at: Date.now(), text: m.text ?? '' }));
  return insertContacts(app.databaseUrl, people);
}

const gapsOf = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
const finished = (campaignId: number) => campaignFinished(caller, campaignId, 60_000);

beforeAll(async () => {
  let admin: { token: string };
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE));
  caller = { api: app.api, token: admin.token };
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  await app?.stop();
  await sim?.close();
  await closeCampaignFixtures();
});

it('keeps 120/min with 1 s of jitter: every gap at the phones at least 500 ms, the jitter spreading them', async () => {
  const contactIds = await audience('1411', 10);
  const from = arrivals.length;
  const campaignId: number = (
    await startCampaignThroughApi(caller, {
      whatsappId,
      contactIds,
      messages: ['Ritmo {{firstName}}'],
      ratePerMinute: 120,
      jitterSeconds: 1,
    })
  ).id;
  await finished(campaignId);
  const times = arrivals.slice(from).map((a) => a.at);
  expect(times).toHaveLength(10);
  const gaps = gapsOf(times);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500 - SLACK_MS);
  // Uniform jitter of 0–1 s: nine gaps all within 100 ms of each other would be a one-in-millions draw.
  expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(100);
  expect(Math.max(...gaps)).toBeLessThan(1500 + 500); // and never idle far beyond interval + jitter
}, 60_000);

it('shares the cap between two campaigns on the same connection, which take turns', async () => {
  const first = await audience('1412', 5);
  const second = await audience('1413', 5);
  const from = arrivals.length;
  // Started one after the other, a few milliseconds apart: B joins long before A's second turn (500 ms).
  const a: number = (await startCampaignThroughApi(caller, { whatsappId, contactIds: first, messages: ['Campanha A'], ratePerMinute: 120 })).id;
  const b: number = (await startCampaignThroughApi(caller, { whatsappId, contactIds: second, messages: ['Campanha B'], ratePerMinute: 120 })).id;
  await finished(a);
  await finished(b);
  const got = arrivals.slice(from);
  expect(got).toHaveLength(10);
  // Together, not each on its own: 120/min for the number, i.e. one message per 500 ms at most.
  expect(Math.min(...gapsOf(got.map((g) => g.at)))).toBeGreaterThanOrEqual(500 - SLACK_MS);
  // Round-robin: A and B alternate.
  const order = got.map((g) => (g.text === 'Campanha A' ? 'A' : 'B')).join('');
  expect(['ABABABABAB', 'BABABABABA']).toContain(order);
}, 60_000);
