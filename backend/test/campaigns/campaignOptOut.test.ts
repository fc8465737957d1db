import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import {
  campaignChanged,
  campaignRow,
  closeCampaignFixtures,
  insertContacts,
  insertStartedCampaign,
  setCampaignStatus,
  shippingsOf,
} from '../support/campaigns.js';
import { ticketOf } from '../support/factories.js';
import type { TestApp } from '../support/testApp.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Acceptance 4 of issue 14: a recipient who answers a campaign with "sair" is opted out and told so once; their
// answer is in their ticket (and counts as a reply); a campaign that reaches them later skips them — at its turn
// when it started before they left (counted as skipped 'opted_out'), at the start otherwise.
const PHONE = '5511999991404';
const CONFIRMATION = 'Pronto! Você não receberá mais nossas mensagens promocionais. Se mudar de ideia, é só nos chamar.';
const people = [
  { name: 'Alice Campos', number: '5511988814401' },
  { name: 'Bruno Campos', number: '5511988814402' },
];
let sim: WaSimulator;
let app: TestApp;
let adminSocket: Socket;
let whatsappId: number;
let aliceId: number;
let bobId: number;
const inbox = new Map<string, string[]>();

/** Sent, delivered or read: WhatsApp took it (the receipts arrive on their own time). */
const went = (status: string) => (['sent', 'delivered', 'read'].includes(status) ? 'went' : status);
const finished = (campaignId: number) =>
  until(
    () => campaignRow(app.databaseUrl, campaignId),
    (c) => c.status === 'finished',
    `campaign ${campaignId} finished`,
    30_000,
  );

beforeAll(async () => {
  ({ sim, app, adminSocket, whatsappId } = await startConnectedApp(PHONE, { CAMPAIGN_MAX_RATE_PER_MINUTE: '6000' }));
  for (const p of people) {
    inbox.set(p.number, []);
    sim.contact(p.number, { pushName: p.name }).onMessage((m) => inbox.get(p.number)!.push(m.text ?? ''));
  }
  [aliceId, bobId] = (await insertContacts(app.databaseUrl, people)) as [number, number];
}, 60_000);
afterAll(async () => {
  adminSocket?.close();
  await app?.stop();
  await sim?.close();
  await closeCampaignFixtures();
});

it('opts out who answers "sair", and skips them in the campaigns that reach them afterwards', async () => {
  const contactIds = [aliceId, bobId];
  const first = await insertStartedCampaign(app.databaseUrl, { whatsappId, contactIds, messages: ['Promoção 1, {{firstName}}'], ratePerMinute: 6000 });
  // Started before Alice leaves, paused until after.
  const second = await insertStartedCampaign(app.databaseUrl, { whatsappId, contactIds, messages: ['Promoção 2'], ratePerMinute: 6000, status: 'paused' });
  campaignChanged(first, whatsappId);
  await finished(first);

  const alice = sim.contact(people[0]!.number);
  await alice.sendText(sim.phone(PHONE), 'Sair');
  await until(
    () => inbox.get(alice.pn)!,
    (texts) => texts.includes(CONFIRMATION),
    'the confirmation at Alice’s phone',
  );
  const [contact] = await ctx().sequelize.query<{ optedOutAt: Date | null }>(`SELECT "optedOutAt" FROM "Contacts" WHERE id = :id`, {
    replacements: { id: aliceId },
    type: QueryTypes.SELECT,
  });
  expect(contact!.optedOutAt).toBeInstanceOf(Date);
  // Her answer is in her ticket, and counts as a reply to the campaign.
  const ticket = (await ticketOf(alice.pn))!;
  const bodies = await ctx().sequelize.query<{ body: string; fromMe: boolean }>(`SELECT body, "fromMe" FROM "Messages" WHERE "ticketId" = :id ORDER BY id`, {
    replacements: { id: ticket.id },
    type: QueryTypes.SELECT,
  });
  expect(bodies).toContainEqual({ body: 'Sair', fromMe: false });
  await until(
    async () => (await shippingsOf(app.databaseUrl, first)).find((s) => s.contactId === aliceId)!.repliedAt,
    Boolean,
    'Alice’s answer counted as a reply',
  );

  // The paused campaign resumes: Alice's turn comes and she is skipped; Bruno gets it.
  await setCampaignStatus(app.databaseUrl, second, 'running');
  campaignChanged(second, whatsappId);
  await finished(second);
  expect((await shippingsOf(app.databaseUrl, second)).map((s) => [s.contactId, went(s.status), s.reason])).toEqual([
    [aliceId, 'skipped', 'opted_out'],
    [bobId, 'went', null],
  ]);

  // A campaign started after she left leaves her out from the start (the start's rule, as the fixture applies it).
  const third = await insertStartedCampaign(app.databaseUrl, { whatsappId, contactIds, messages: ['Promoção 3'], ratePerMinute: 6000 });
  campaignChanged(third, whatsappId);
  await finished(third);
  expect((await shippingsOf(app.databaseUrl, third)).map((s) => [went(s.status), s.reason])).toEqual([
    ['skipped', 'opted_out'],
    ['went', null],
  ]);
  // Everything is final: Alice got the first campaign and the confirmation, once each; Bruno all three.
  expect(inbox.get(alice.pn)).toEqual(['Promoção 1, Alice', CONFIRMATION]);
  expect(inbox.get(people[1]!.number)).toEqual(['Promoção 1, Bruno', 'Promoção 2', 'Promoção 3']);
}, 60_000);
