import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { createAttendant, createQueue, type Attendant } from '../support/factories.js';
import { connectSocket, nextEvent, record } from '../support/sockets.js';
import type { TestApp } from '../support/testApp.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Typing and presence both ways (issue 17). The customer's typing / online / last seen, as WhatsApp tells
// Baileys, reaches exactly the sockets that may see the ticket (Xavier, whose open conversation it is, and the
// admin), never a colleague of another queue (Yara), one of the same queue who no longer sees it since
// Xavier took it (Zeca), nor another company (Bia). The attendant's typing reaches the customer's phone.
const PHONE = '5511999990173';
const DORA = '5511977770174';

type PresenceEvent = { ticketId: number; presence: string; lastSeen: string | null };

let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number; companyId: number } };
let xavier: Attendant;
let yara: Attendant;
let zeca: Attendant;
let bia: { token: string };
let dora: SimContact;
let ticketId: number;
const sockets: Socket[] = [];
const seen: Record<string, PresenceEvent[]> = {};
let extra = 0;

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin } = started);
  sockets.push(started.adminSocket);
  xavier = await createAttendant(app.api, admin.token, 'Xavier');
  yara = await createAttendant(app.api, admin.token, 'Yara');
  zeca = await createAttendant(app.api, admin.token, 'Zeca');
  const vendas = await createQueue(admin.user.companyId, 'Vendas', [xavier.id, zeca.id]);
  await createQueue(admin.user.companyId, 'Suporte', [yara.id]);
  await app.api.post('/api/companies', { name: 'B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-123' } }, { token: admin.token });
  bia = await app.api.login('bia@b.test', 'bia-pass-123');

  dora = sim.contact(DORA, { pushName: 'Dora' });
  const contact = await app.api.post('/api/contacts', { name: 'Dora', number: DORA }, { token: admin.token });
  ticketId = (await app.api.post('/api/tickets', { contactId: contact.body.contact.id, queueId: vendas }, { token: xavier.token })).body.ticket.id;

  for (const [name, token] of [
    ['admin', admin.token],
    ['xavier', xavier.token],
    ['yara', yara.token],
    ['zeca', zeca.token],
    ['bia', bia.token],
  ] as const) {
    const socket = await connectSocket(app.url, token);
    sockets.push(socket);
    seen[name] = record<PresenceEvent>(socket, 'contactPresence');
  }
}, 90_000);
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await app?.stop();
  await sim?.close();
});

const socketOf = (name: string) => sockets[1 + ['admin', 'xavier', 'yara', 'zeca', 'bia'].indexOf(name)]!;

/** Everything emitted so far has reached every recording socket: a user created in each company comes after it. */
async function settle(): Promise<void> {
  extra += 1;
  type UserEvent = { user?: { name: string } };
  const marks = ['admin', 'xavier', 'yara', 'zeca'].map((name) => nextEvent<UserEvent>(socketOf(name), 'user', (e) => e.user?.name === `Marca ${extra}`));
  marks.push(nextEvent<UserEvent>(socketOf('bia'), 'user', (e) => e.user?.name === `Bruna ${extra}`));
  await createAttendant(app.api, admin.token, `Marca ${extra}`);
  await createAttendant(app.api, bia.token, `Bruna ${extra}`);
  await Promise.all(marks);
}

it("relays the customer's typing to exactly the ticket's audience", async () => {
  const arrived = nextEvent<PresenceEvent>(socketOf('xavier'), 'contactPresence', (e) => e.presence === 'composing');
  dora.typing(sim.phone(PHONE));
  expect(await arrived).toEqual({ ticketId, presence: 'composing', lastSeen: null });
  await settle();
  expect(seen.admin).toContainEqual({ ticketId, presence: 'composing', lastSeen: null });
  expect(seen.yara).toEqual([]);
  expect(seen.zeca).toEqual([]);
  expect(seen.bia).toEqual([]);

  // Stopping reads as online again (WhatsApp's "paused"); recording audio is said as such.
  const paused = nextEvent<PresenceEvent>(socketOf('xavier'), 'contactPresence', (e) => e.presence === 'available');
  dora.typing(sim.phone(PHONE), 'paused');
  await paused;
  const recording = nextEvent<PresenceEvent>(socketOf('xavier'), 'contactPresence', (e) => e.presence === 'recording');
  dora.typing(sim.phone(PHONE), 'recording');
  await recording;
});

it('relays online and last seen, and answers a subscription with the current presence', async () => {
  const offline = nextEvent<PresenceEvent>(socketOf('xavier'), 'contactPresence', (e) => e.presence === 'unavailable');
  dora.setPresence(sim.phone(PHONE), { online: false, lastSeen: 1_765_000_000 });
  expect(await offline).toEqual({ ticketId, presence: 'unavailable', lastSeen: new Date(1_765_000_000_000).toISOString() });

  dora.presence = { online: true }; // what her phone will say to the next subscription
  const online = nextEvent<PresenceEvent>(socketOf('xavier'), 'contactPresence', (e) => e.presence === 'available');
  const res = await app.api.post(`/api/messages/${ticketId}/presence`, { action: 'subscribe' }, { token: xavier.token });
  expect(res.status).toBe(204);
  expect(await online).toEqual({ ticketId, presence: 'available', lastSeen: null });
});

it("sends the attendant's typing to the customer's phone, and only from someone who may see the ticket", async () => {
  expect((await app.api.post(`/api/messages/${ticketId}/presence`, { action: 'composing' }, { token: xavier.token })).status).toBe(204);
  expect(await dora.nextChatState()).toEqual({ from: PHONE, to: DORA, state: 'composing' });

  const refused = await app.api.post(`/api/messages/${ticketId}/presence`, { action: 'composing' }, { token: yara.token });
  expect([refused.status, refused.body.error.code]).toEqual([404, 'ERR_TICKET_NOT_FOUND']);
  expect((await app.api.post(`/api/messages/${ticketId}/presence`, { action: 'composing' }, { token: bia.token })).status).toBe(404);
  // Xavier's pause is the next thing her phone sees: nothing came from Yara's or Bia's attempts before it.
  await app.api.post(`/api/messages/${ticketId}/presence`, { action: 'paused' }, { token: xavier.token });
  expect(await dora.nextChatState()).toEqual({ from: PHONE, to: DORA, state: 'paused' });

  expect((await app.api.post(`/api/messages/${ticketId}/presence`, { action: 'dancing' }, { token: xavier.token })).status).toBe(400);
});
