import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { localClock } from '../../src/lib/businessHours.js';
import { campaignFinished, closeCampaignFixtures, insertContacts, startCampaignThroughApi, statusCounts, type CampaignCaller } from '../support/campaigns.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Acceptance 5 of issue 14 (and the scheduled start): nothing leaves while the campaign's sending window is closed
// — a weekly schedule in the company's time zone — and it goes out once the window opens; a scheduled campaign
// starts at its time. "Not before" is the arrival time at the phones, never a sleep. The window opens at the next
// minute boundary (windows are HH:MM), so this file waits up to a minute for it.
const PHONE = '5511999991403';
const TIMEZONE = 'America/Sao_Paulo'; // the company's (the default)
let sim: WaSimulator;
let app: TestApp;
let adminSocket: Socket;
let caller: CampaignCaller;
let whatsappId: number;
const arrivals: { number: string; at: number; text: string }[] = [];

async function audience(prefix: string, size: number): Promise<{ ids: number[]; phones: SimContact[] }> {
  const people = Array.from({ length: size }, (_, i) => ({ name: `Janela ${prefix}${i}`, number: `55119888${prefix}${String(i).padStart(2, '0')}` }));
  const phones = people.map((p) => {
    const phone = sim.contact(p.number, { pushName: p.name });
    phone.onMessage((m) => arrivals.push({ number: p.number, at: Date.now(), text: m.text ?? '' }));
    return phone;
  });
  return { ids: await insertContacts(app.databaseUrl, people), phones };
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

beforeAll(async () => {
  let admin: { token: string };
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE, { CAMPAIGN_MAX_RATE_PER_MINUTE: '6000' }));
  caller = { api: app.api, token: admin.token };
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  await app?.stop();
  await sim?.close();
  await closeCampaignFixtures();
});

it('sends nothing while its window is closed and everything once it opens', async () => {
  // Opens at the next minute boundary (at least 3 s ahead), local time, for half an hour.
  const opensAt = new Date(Math.ceil((Date.now() + 3_000) / 60_000) * 60_000);
  const local = localClock(TIMEZONE, opensAt);
  const sendingWindow = { [local.weekday]: [{ start: hhmm(local.minutes), end: local.minutes + 30 >= 1440 ? '24:00' : hhmm(local.minutes + 30) }] };
  const { ids } = await audience('1431', 3);
  const started = await startCampaignThroughApi(caller, { whatsappId, contactIds: ids, messages: ['Na janela'], ratePerMinute: 6000, sendingWindow });
  expect(started.status).toBe('running'); // running, waiting for its window
  const campaignId: number = started.id;
  expect(Date.now()).toBeLessThan(opensAt.getTime()); // still closed: the checks below mean something

  await campaignFinished(caller, campaignId, 90_000, () => ' once its window opened');
  const got = arrivals.filter((a) => a.text === 'Na janela');
  expect(got).toHaveLength(3);
  for (const a of got) expect(a.at).toBeGreaterThanOrEqual(opensAt.getTime());
  await until(
    () => statusCounts(app.databaseUrl, campaignId),
    (c) => c.delivered === 3,
    'the three delivered',
  );
}, 100_000);

it('starts a scheduled campaign at its time, not before', async () => {
  const { ids } = await audience('1432', 2);
  const scheduledAt = new Date(Date.now() + 2_500);
  const started = await startCampaignThroughApi(caller, { whatsappId, contactIds: ids, messages: ['Agendada'], ratePerMinute: 6000, scheduledAt });
  expect(started).toMatchObject({ status: 'scheduled', startedAt: null });
  const campaignId: number = started.id;
  const row = await campaignFinished(caller, campaignId, 30_000, () => ' (the scheduled campaign ran)');
  expect(new Date(row.startedAt).getTime()).toBeGreaterThanOrEqual(scheduledAt.getTime());
  const got = arrivals.filter((a) => a.text === 'Agendada');
  expect(got).toHaveLength(2);
  for (const a of got) expect(a.at).toBeGreaterThanOrEqual(scheduledAt.getTime());
}, 40_000);
