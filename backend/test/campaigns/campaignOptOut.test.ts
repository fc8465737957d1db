import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import {
  campaignFinished,
  closeCampaignFixtures,
  insertContacts,
  moveCampaign,
  shippingsOf,
  startCampaignThroughApi,
  type CampaignCaller,
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
let caller: CampaignCaller;
let whatsappId: number;
let aliceId: number;
let bobId: number;
const inbox = new Map<string, string[]>();

/** Sent, delivered or read: WhatsApp took it (the receipts arrive on their own time). */
const went = (status: string) => (['sent', 'delivered', 'read'].includes(status) ? 'went' : status);
const finished = (campaignId: number) => campaignFinished(caller, campaignId);
const start = async (messages: string[], scheduledAt?: Date): Promise<number> =>
  (await startCampaignThroughApi(caller, { whatsappId, contactIds: [aliceId, bobId], messages, ratePerMinute: 6000, scheduledAt })).id;

beforeAll(async () => {
  let admin: { token: string };
  ({ sim, app, admin, adminSocket, whatsappId } = await startConnectedApp(PHONE, { CAMPAIGN_MAX_RATE_PER_MINUTE: '6000' }));
  caller = { api: app.api, token: admin.token };
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
  // The second is started (its audience frozen) before Alice leaves, and paused until after: scheduled a few
  // seconds ahead so that nothing of it leaves before the pause.
  const second = await start(['Promoção 2'], new Date(Date.now() + 5_000));
  expect((await moveCampaign(caller, second, 'pause')).status).toBe('paused');
  const first = await start(['Promoção 1, {{firstName}}']);
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

  // The paused campaign resumes (running, or scheduled until its time if that is still ahead): Alice's turn comes
  // and she is skipped; Bruno gets it.
  expect(['running', 'scheduled']).toContain((await moveCampaign(caller, second, 'resume')).status);
  expect((await finished(second)).stats).toMatchObject({ total: 2, sent: 1, optedOut: 1, failed: 0 });
  expect((await shippingsOf(app.databaseUrl, second)).map((s) => [s.contactId, went(s.status), s.reason])).toEqual([
    [aliceId, 'skipped', 'opted_out'],
    [bobId, 'went', null],
  ]);

  // A campaign started after she left leaves her out from the start, counted as opted out.
  const third = await start(['Promoção 3']);
  expect((await finished(third)).stats).toMatchObject({ total: 2, sent: 1, optedOut: 1, failed: 0 });
  expect((await shippingsOf(app.databaseUrl, third)).map((s) => [went(s.status), s.reason])).toEqual([
    ['skipped', 'opted_out'],
    ['went', null],
  ]);
  // Everything is final: Alice got the first campaign and the confirmation, once each; Bruno all three.
  expect(inbox.get(alice.pn)).toEqual(['Promoção 1, Alice', CONFIRMATION]);
  expect(inbox.get(people[1]!.number)).toEqual(['Promoção 1, Bruno', 'Promoção 2', 'Promoção 3']);
}, 60_000);
