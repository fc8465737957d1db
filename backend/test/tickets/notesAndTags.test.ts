import { QueryTypes } from 'sequelize';
import { ctx } from '../../src/context.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { connectSocket, nextEvent } from '../support/sockets.js';
import { createAttendant, type Attendant } from '../support/factories.js';

let app: TestApp;
let admin: { token: string };
let ana: Attendant;
let beto: Attendant;
let ticketId: number;

async function insert<T extends object>(sql: string, replacements: Record<string, unknown>): Promise<T> {
  return (await ctx().sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT }))[0]!;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  admin = await app.api.login(ADMIN.email, ADMIN.password);
  ana = await createAttendant(app.api, admin.token, 'Ana');
  beto = await createAttendant(app.api, admin.token, 'Beto');
  const contact = await insert<{ id: number }>(`INSERT INTO "Contacts" ("companyId", name, number) VALUES (1, 'Cliente', '5511900000001') RETURNING id`, {});
  ticketId = (
    await insert<{ id: number }>(`INSERT INTO "Tickets" ("companyId", "contactId", status, "userId") VALUES (1, :contactId, 'open', :userId) RETURNING id`, {
      contactId: contact.id,
      userId: ana.id,
    })
  ).id;
});
afterAll(() => app.stop());

it('keeps internal notes on a ticket, announced to those who see it, removable by their author or a supervisor', async () => {
  const socket = await connectSocket(app.url, ana.token);
  const announced = nextEvent<{ action: string; note: { body: string } }>(socket, 'ticket');
  const note = await app.api.post(`/api/tickets/${ticketId}/notes`, { body: 'Cliente pediu desconto' }, { token: ana.token });
  expect(note.status).toBe(201);
  expect(note.body.note).toMatchObject({ body: 'Cliente pediu desconto', userName: 'Ana' });
  expect(await announced).toMatchObject({ action: 'note', note: { body: 'Cliente pediu desconto' } });
  socket.close();

  expect((await app.api.get(`/api/tickets/${ticketId}/notes`, { token: admin.token })).body.notes).toHaveLength(1);
  // Beto cannot see Ana's open ticket at all.
  expect((await app.api.get(`/api/tickets/${ticketId}/notes`, { token: beto.token })).status).toBe(404);
  expect((await app.api.post(`/api/tickets/${ticketId}/notes`, { body: '' }, { token: ana.token })).body.error.code).toBe('ERR_VALIDATION');
  expect((await app.api.delete(`/api/tickets/${ticketId}/notes/${note.body.note.id}`, { token: admin.token })).status).toBe(204);
  expect((await app.api.get(`/api/tickets/${ticketId}/notes`, { token: ana.token })).body.notes).toEqual([]);
});

it('tags a ticket with the company’s tags only, and the list filters by them', async () => {
  const vip = await insert<{ id: number }>(`INSERT INTO "Tags" ("companyId", name) VALUES (1, 'VIP') RETURNING id`, {});
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  const foreign = await insert<{ id: number }>(`INSERT INTO "Tags" ("companyId", name) VALUES (2, 'Deles') RETURNING id`, {});

  const refused = await app.api.put(`/api/tickets/${ticketId}/tags`, { tagIds: [vip.id, foreign.id] }, { token: ana.token });
  expect(refused.body.error.code).toBe('ERR_TAG_NOT_FOUND');
  const socket = await connectSocket(app.url, ana.token);
  const announced = nextEvent<{ action: string; ticket: { id: number; tags: unknown[] } }>(socket, 'ticket');
  const tagged = await app.api.put(`/api/tickets/${ticketId}/tags`, { tagIds: [vip.id, vip.id] }, { token: ana.token });
  expect(tagged.body.tagIds).toEqual([vip.id]);
  const vipRef = { id: vip.id, name: 'VIP', color: '#607d8b' };
  // The answer, the socket event, the list and the ticket itself all carry the tags.
  expect(tagged.body.ticket).toMatchObject({ id: ticketId, tags: [vipRef] });
  expect(await announced).toMatchObject({ action: 'update', ticket: { id: ticketId, tags: [vipRef] } });
  socket.close();
  expect((await app.api.get(`/api/tickets?status=open`, { token: ana.token })).body.tickets.find((t: { id: number }) => t.id === ticketId).tags).toEqual([
    vipRef,
  ]);
  expect((await app.api.get(`/api/tickets/${ticketId}`, { token: ana.token })).body.ticket.tags).toEqual([vipRef]);
  expect((await app.api.get(`/api/tickets?status=open&tagIds=${vip.id}`, { token: admin.token })).body.tickets.map((t: { id: number }) => t.id)).toEqual([
    ticketId,
  ]);
  expect((await app.api.get(`/api/tickets?status=open&tagIds=${foreign.id}`, { token: admin.token })).body.tickets).toEqual([]);
  const cleared = await app.api.put(`/api/tickets/${ticketId}/tags`, { tagIds: [] }, { token: ana.token });
  expect(cleared.body).toMatchObject({ tagIds: [], ticket: { tags: [] } });
});
