import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import { domainEvents } from '../../src/events/bus.js';
import type { DomainEvents } from '../../src/events/payloads.js';
import {
  campaignChanged,
  campaignRow,
  closeCampaignFixtures,
  insertContacts,
  insertStartedCampaign,
  shippingsOf,
  statusCounts,
  type ShippingRow,
} from '../support/campaigns.js';
import { createQueue, ticketOf } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Acceptance 1 of issue 14: a campaign to 50 simulated phones, 3 variants with variables, through the real engine
// (pacing row, Bull alarms), the outbound queue and Baileys. Each phone decrypts exactly one message, the text of
// its variant with its variables filled; the shippings follow the simulator's receipts to sent, delivered and
// read; `campaign.changed` reports the progress (throttled). Campaigns are inserted as the start leaves them
// (support/campaigns.ts) — after the API lands, the start can go through POST /api/campaigns/:id/start.
const PHONE = '5511999991401';
const FIRST_NAMES = ['Ana', 'Bruno', 'Carla', 'Davi', 'Elisa', 'Fábio', 'Gabi', 'Heitor', 'Iara', 'João'];
const VARIANTS = ['Olá {{firstName}}, a promoção A chegou!', '{{greeting}}, {{name}}! Promoção B.', 'Oi {{firstName}} ({{number}}): promoção C'];
const people = Array.from({ length: 50 }, (_, i) => ({ name: `${FIRST_NAMES[i % 10]} Souza ${i}`, number: `55119888140${String(i).padStart(2, '0')}` }));

let sim: WaSimulator;
let app: TestApp;
let adminSocket: Socket;
let whatsappId: number;
let contactIds: number[];
const phones = new Map<string, SimContact>();
/** Every message each phone decrypted. */
const received = new Map<string, { id: string; text: string | undefined }[]>();
const announced: DomainEvents['campaign.changed'][] = [];
let offAnnounced: () => void;

function expectedText(variant: number, person: { name: string; number: string }): string | RegExp {
  const first = person.name.split(' ')[0]!;
  if (variant === 0) return `Olá ${first}, a promoção A chegou!`;
  if (variant === 1) return new RegExp(`^(Bom dia|Boa tarde|Boa noite), ${person.name}! Promoção B\\.$`);
  return `Oi ${first} (${person.number}): promoção C`;
}

beforeAll(async () => {
  ({ sim, app, adminSocket, whatsappId } = await startConnectedApp(PHONE, { CAMPAIGN_MAX_RATE_PER_MINUTE: '6000' }));
  offAnnounced = domainEvents.subscribe('campaign.changed', (e) => void announced.push(e));
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
  offAnnounced?.();
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
  const campaignId = await insertStartedCampaign(app.databaseUrl, { whatsappId, contactIds, messages: VARIANTS, ratePerMinute: 6000 });
  campaignChanged(campaignId, whatsappId);

  const progress: number[] = [];
  const counts = await until(
    async () => {
      const c = await statusCounts(app.databaseUrl, campaignId);
      progress.push(c.read ?? 0);
      return c;
    },
    (c) => c.read === 50,
    'all 50 shippings read',
    60_000,
  );
  expect(counts).toEqual({ read: 50 });
  expect((await campaignRow(app.databaseUrl, campaignId)).status).toBe('finished');
  expect(progress.some((n) => n > 0 && n < 50)).toBe(true); // it moved while we watched, not all at once

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

  // Progress was announced, and throttled: far fewer events than the 150 receipts, the last one after it finished.
  const mine = announced.filter((e) => e.campaignId === campaignId);
  expect(mine.length).toBeGreaterThanOrEqual(2);
  expect(mine.length).toBeLessThan(Math.max(20, ((Date.now() - started) / 1000) * 2 + 10));

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
  const campaignId = await insertStartedCampaign(app.databaseUrl, {
    whatsappId,
    contactIds: ids,
    messages: ['Novidade para você, {{firstName}}'],
    ratePerMinute: 6000,
    ticketMode: 'open',
    queueId,
  });
  campaignChanged(campaignId, whatsappId);
  expect((await waiting[0]!.nextMessage({ timeoutMs: 30_000 })).text).toBe('Novidade para você, Olga');
  expect((await waiting[1]!.nextMessage({ timeoutMs: 30_000 })).text).toBe('Novidade para você, Paulo');
  for (const p of newcomers) expect(await ticketOf(p.number)).toMatchObject({ status: 'pending', queueId, userId: null });
  await until(
    () => campaignRow(app.databaseUrl, campaignId),
    (c) => c.status === 'finished',
    'the campaign finished',
  );
}, 60_000);

async function messagesOf(shippings: ShippingRow[]) {
  const [rows] = await ctx().sequelize.query(
    `SELECT m."contactId", m."ticketId", m."fromMe", m.automatic, m.ack, t.status AS "ticketStatus"
     FROM "Messages" m JOIN "Tickets" t ON t.id = m."ticketId" WHERE m.id IN (:ids)`,
    { replacements: { ids: shippings.map((s) => s.messageId) } },
  );
  return rows as { contactId: number; ticketId: number; fromMe: boolean; automatic: boolean; ack: number; ticketStatus: string }[];
}
