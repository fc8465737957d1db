import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { saveInboundMessage } from '../../src/whatsapp/inbound/saveInboundMessage.js';
import type { InboundMessage } from '../../src/whatsapp/inbound/toInboundMessage.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';

// A message continuing a conversation takes a short path (one read, one statement, no transaction); whatever
// that path cannot decide alone (a contact to update, no active ticket, a redelivery) must still end as the
// full path would. Called on the real database with messages as the pipeline maps them from Baileys.
let app: TestApp;
let target: { companyId: number; whatsappId: number };
let n = 0;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  const { token } = await app.api.login(ADMIN.email, ADMIN.password);
  const created = await app.api.post('/api/whatsapps', { name: 'Loja' }, { token });
  target = { companyId: 1, whatsappId: created.body.whatsapp.id };
}, 60_000);
afterAll(() => app.stop());

function text(number: string, body: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  n += 1;
  return {
    wid: `WID${n}`,
    number,
    lid: null,
    fromMe: false,
    pushName: null,
    sentAt: new Date(Date.now() + n),
    body,
    mediaType: 'text',
    media: null,
    content: null,
    quotedWid: null,
    ...extra,
  };
}
const save = (message: InboundMessage) => saveInboundMessage(target, message);
const rows = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
  ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
const contactOf = async (number: string) =>
  (
    await rows<{ id: number; name: string; number: string; lid: string | null }>(`SELECT id, name, number, lid FROM "Contacts" WHERE number = :number`, {
      number,
    })
  )[0];
const ticketsOf = (contactId: number) =>
  rows<{ id: number; status: string; unreadMessages: number; lastMessage: string }>(
    `SELECT id, status, "unreadMessages", "lastMessage" FROM "Tickets" WHERE "contactId" = :contactId ORDER BY id`,
    { contactId },
  );

it('adds the next messages of a conversation to its ticket: unread count, preview, quote, and the rows the event carries', async () => {
  const first = await save(text('5511977771001', 'Oi', { pushName: 'Ana' }));
  expect(first?.ticketCreated).toBe(true);
  const second = await save(text('5511977771001', 'Tudo bem?', { pushName: 'Ana' }));
  const third = await save(text('5511977771001', 'Sobre o pedido', { pushName: 'Ana', quotedWid: first!.message.wid }));
  expect(second).toMatchObject({
    ticketCreated: false,
    contact: { id: first!.contact.id, name: 'Ana' },
    ticket: { id: first!.ticket.id, status: 'pending', unreadMessages: 2, lastMessage: 'Tudo bem?' },
  });
  expect(second!.ticket.uuid).toBe(first!.ticket.uuid);
  expect(second!.message).toMatchObject({
    ticketId: first!.ticket.id,
    contactId: first!.contact.id,
    body: 'Tudo bem?',
    fromMe: false,
    ack: 0,
    mediaType: 'text',
  });
  expect(second!.message.sentAt).toBeInstanceOf(Date);
  expect(third!.message.quotedMsgId).toBe(first!.message.id);
  expect(await ticketsOf(first!.contact.id)).toEqual([{ id: first!.ticket.id, status: 'pending', unreadMessages: 3, lastMessage: 'Sobre o pedido' }]);
  // A message sent from the company's own phone resets the unread count.
  const mine = await save(text('5511977771001', 'Tudo sim!', { fromMe: true }));
  expect(mine!.ticket).toMatchObject({ unreadMessages: 0, lastMessage: 'Tudo sim!' });
});

it('stores a redelivered message once and tells nobody', async () => {
  const message = text('5511977771002', 'Olá');
  await save(message);
  const again = { ...message, body: 'Olá' };
  await save(text('5511977771002', 'segunda'));
  expect(await save(again)).toBeNull();
  const contact = await contactOf('5511977771002');
  expect((await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Messages" WHERE "contactId" = :id`, { id: contact!.id }))[0]!.n).toBe(2);
});

it('still records what the contact brings while the conversation goes on: a push name for a placeholder, a LID', async () => {
  await save(text('5511977771003', 'Oi')); // no push name yet: the number stands in for the name
  expect(await contactOf('5511977771003')).toMatchObject({ name: '5511977771003', lid: null });
  await save(text('5511977771003', 'Sou a Bia', { pushName: 'Bia', lid: '99887766@lid' }));
  expect(await contactOf('5511977771003')).toMatchObject({ name: 'Bia', lid: '99887766@lid' });
  // A name someone typed in Atende is never replaced by a push name.
  const { token } = await app.api.login(ADMIN.email, ADMIN.password);
  await app.api.put(`/api/contacts/${(await contactOf('5511977771003'))!.id}`, { name: 'Bia Souza', number: '5511977771003' }, { token });
  await save(text('5511977771003', 'Oi de novo', { pushName: 'Bia', lid: '99887766@lid' }));
  expect(await contactOf('5511977771003')).toMatchObject({ name: 'Bia Souza' });
});

it('takes WhatsApp’s form of the number when a customer an attendant wrote to answers from an old 8-digit account', async () => {
  const { token } = await app.api.login(ADMIN.email, ADMIN.password);
  const created = await app.api.post('/api/contacts', { name: 'Carla', number: '5521987651005' }, { token });
  const started = await app.api.post('/api/tickets', { contactId: created.body.contact.id, whatsappId: target.whatsappId }, { token });
  const answer = await save(text('552187651005', 'Oi, recebi'));
  expect(answer).toMatchObject({
    ticketCreated: false,
    ticket: { id: started.body.ticket.id, status: 'open' },
    contact: { id: created.body.contact.id, number: '552187651005' },
  });
  expect(await contactOf('552187651005')).toMatchObject({ name: 'Carla' });
});

it('continues a conversation closed a moment ago by reopening its ticket, not by writing to the closed one', async () => {
  const first = await save(text('5511977771004', 'Oi'));
  await ctx().sequelize.query(`UPDATE "Tickets" SET status = 'closed', "closedAt" = now() WHERE id = :id`, { replacements: { id: first!.ticket.id } });
  const next = await save(text('5511977771004', 'Esqueci de perguntar'));
  expect(next).toMatchObject({ ticketReopened: true, ticket: { id: first!.ticket.id, status: 'pending' } });
  // Closed long ago (outside the reopen window): a new ticket.
  await ctx().sequelize.query(`UPDATE "Tickets" SET status = 'closed', "closedAt" = now() - interval '3 days' WHERE id = :id`, {
    replacements: { id: first!.ticket.id },
  });
  const later = await save(text('5511977771004', 'Voltei'));
  expect(later?.ticketCreated).toBe(true);
  expect((await ticketsOf(first!.contact.id)).map((t) => t.status)).toEqual(['closed', 'pending']);
});
