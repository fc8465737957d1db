import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import type { Json } from '../support/api.js';
import {
  campaignFinished,
  closeCampaignFixtures,
  insertContacts,
  shippingsOf,
  startCampaignThroughApi,
  statusCounts,
  type CampaignCaller,
  type ShippingRow,
} from '../support/campaigns.js';
import { createQueue, ticketOf } from '../support/factories.js';
import { record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Acceptance 1 of issue 14: a campaign to 50 simulated phones, 3 variants with variables, through the real engine
// (pacing row, Bull alarms), the outbound queue and Baileys. Each phone decrypts exactly one message, the text of
// its variant with its variables filled; the shippings follow the simulator's receipts to sent, delivered and
// read; the admin's socket gets `campaign` events whose stats follow them (throttled). Created and started through
// the API (POST /api/campaigns, …/start).
const PHONE = '5511999991401';
const FIRST_NAMES = ['Ana', 'Bruno', 'Carla', 'Davi', 'Elisa', 'Fábio', 'Gabi', 'Heitor', 'Iara', 'João'];
const VARIANTS = ['Olá {{firstName}}, a promoção A chegou!', '{{greeting}}, {{name}}! Promoção B.', 'Oi {{firstName}} ({{number}}): promoção C'];
const people = Array.from({ length: 50 }, (_, i) => ({ name: `${FIRST_NAMES[i % 10]} Souza ${i}`, number: `55119888140${String(i).padStart(2, '0')}` }));

let sim: WaSimulator;
let app: TestApp;
let adminSocket: Socket;
let caller: CampaignCaller;
let whatsappId: number;
let contactIds: number[];
const phones = new Map<string, SimContact>();
/** Every message each phone decrypted. */
const received = new Map<string, { id: string; text: string | undefined }[]>();
/** Every socket `campaign` event the admin got. */
let announced: { action: string; campaign: Json }[];

function expectedText(variant: number, person: { name: string; number: string }): string | RegExp {
  const first = person.name.split(' ')[0]!;
  if (variant === 0) return `Olá ${first}, a promoção A chegou!`;
  if (variant === 1) return new RegExp(`^(Bom dia|Boa tarde|Boa noite), ${person.name}! Promoção B\\.$`);
  return `Oi ${first} (${person.number}): promoção C`;
}

beforeAll(async () => {
  let admin: { token: string };
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE, { CAMPAIGN_MAX_RATE_PER_MINUTE: '6000' }));
  caller = { api: app.api, token: admin.token };
  announced = record(adminSocket, 'campaign');
  for (const person of people) {
    const phone = sim.contact(person.number, { pushName: person.name });
    phone.autoReceipts = { delivered: true, read: true };
    received.set(person.number, []);
    phone.onMessage((m) => received.get(person.number)!.push({ id: m.id, text: m.text }));
    phones.set(person.number, phone);
  }
  contactIds = await insertContacts(app.databaseUrl, people);
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  await app?.stop();
  await sim?.close();
  await closeCampaignFixtures();
});

it('sends each of 50 phones exactly one message, its variant with its variables, and follows the receipts to read', async () => {
  // One customer already talks to the company: the campaign's message joins that conversation (ticketMode 'log').
  const talking = phones.get(people[3]!.number)!;
  await talking.sendText(sim.phone(PHONE), 'Oi, tudo bem?');
  const activeTicket = (await until(() => ticketOf(talking.pn), Boolean, 'the open conversation'))!;

  const started = Date.now();
  const from = announced.length;
  const campaignId: number = (await startCampaignThroughApi(caller, { whatsappId, contactIds, messages: VARIANTS, ratePerMinute: 6000 })).id;
  const mine = () => announced.slice(from).filter((e) => e.campaign.id === campaignId);

  // The socket reports the progress: its stats reach sent 50, delivered 50, read 50 (cumulative), finished.
  const last = await until(
    () => mine().at(-1)?.campaign,
    (c) => c?.status === 'finished' && c.stats.read === 50,
    () => `a "campaign" event with all 50 read; saw ${JSON.stringify(mine().map((e) => [e.campaign.status, e.campaign.stats]))}`,
    60_000,
  );
  expect(last.stats).toMatchObject({ total: 50, pending: 0, sending: 0, sent: 50, delivered: 50, read: 50, failed: 0, optedOut: 0 });
  expect(await statusCounts(app.databaseUrl, campaignId)).toEqual({ read: 50 });
  // It moved while the admin watched, not all at once: an event with some read, not all.
  expect(mine().some((e) => e.campaign.stats.read > 0 && e.campaign.stats.read < 50)).toBe(true);

  const shippings = await shippingsOf(app.databaseUrl, campaignId);
  expect(new Set(shippings.map((s) => s.variant))).toEqual(new Set([0, 1, 2]));
  for (const [index, person] of people.entries()) {
    const shipping = shippings.find((s) => s.contactId === contactIds[index])!;
    const got = received.get(person.number)!;
    expect(got).toHaveLength(1);
    expect(got[0]!.id).toBe(shipping.wid);
    const expected = expectedText(shipping.variant, person);
    if (typeof expected === 'string') expect(got[0]!.text).toBe(expected);
    else expect(got[0]!.text).toMatch(expected);
    expect(shipping).toMatchObject({ sentAt: expect.any(Date), deliveredAt: expect.any(Date), readAt: expect.any(Date), reason: null });
  }

  // Written into the history: the talking customer's open ticket; the others a closed ticket each (history only).
  const messages = await messagesOf(shippings);
  expect(messages.every((m) => m.fromMe && m.automatic && m.ack === 4)).toBe(true);
  expect(messages.find((m) => m.contactId === contactIds[3])).toMatchObject({ ticketId: activeTicket.id, ticketStatus: activeTicket.status });
  expect(messages.filter((m) => m.contactId !== contactIds[3]).every((m) => m.ticketStatus === 'closed')).toBe(true);

  // Progress was announced, and throttled: far fewer events than the 150 receipts.
  expect(mine().length).toBeGreaterThanOrEqual(2);
  expect(mine().length).toBeLessThan(Math.max(20, ((Date.now() - started) / 1000) * 2 + 10));

  // A customer who answers counts as replied.
  const replying = phones.get(people[7]!.number)!;
  await replying.sendText(sim.phone(PHONE), 'Quero a promoção!');
  await until(
    async () => (await shippingsOf(app.databaseUrl, campaignId)).find((s) => s.contactId === contactIds[7])!.repliedAt,
    Boolean,
    'the answer counted as a reply',
  );
  expect((await shippingsOf(app.databaseUrl, campaignId)).filter((s) => s.repliedAt !== null)).toHaveLength(1);
}, 90_000);

it("opens a waiting ticket in the campaign's queue when ticketMode is 'open'", async () => {
  const newcomers = [
    { name: 'Olga Lima', number: '5511988814090' },
    { name: 'Paulo Reis', number: '5511988814091' },
  ];
  const waiting = newcomers.map((p) => sim.contact(p.number, { pushName: p.name }));
  const ids = await insertContacts(app.databaseUrl, newcomers);
  const queueId = await createQueue(1, 'Campanhas');
  const campaignId: number = (
    await startCampaignThroughApi(caller, {
      whatsappId,
      contactIds: ids,
      messages: ['Novidade para você, {{firstName}}'],
      ratePerMinute: 6000,
      ticketMode: 'open',
      queueId,
    })
  ).id;
  expect((await waiting[0]!.nextMessage({ timeoutMs: 30_000 })).text).toBe('Novidade para você, Olga');
  expect((await waiting[1]!.nextMessage({ timeoutMs: 30_000 })).text).toBe('Novidade para você, Paulo');
  for (const p of newcomers) expect(await ticketOf(p.number)).toMatchObject({ status: 'pending', queueId, userId: null });
  await campaignFinished(caller, campaignId);
}, 60_000);

async function messagesOf(shippings: ShippingRow[]) {
  const [rows] = await ctx().sequelize.query(
    `SELECT m."contactId", m."ticketId", m."fromMe", m.automatic, m.ack, t.status AS "ticketStatus"
     FROM "Messages" m JOIN "Tickets" t ON t.id = m."ticketId" WHERE m.id IN (:ids)`,
    { replacements: { ids: shippings.map((s) => s.messageId) } },
  );
  return rows as { contactId: number; ticketId: number; fromMe: boolean; automatic: boolean; ack: number; ticketStatus: string }[];
}
