import type { Socket } from 'socket.io-client';
import type { SimContact, WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import type { TestApp } from '../support/testApp.js';
import { sessionEvents, startConnectedApp } from '../support/whatsapp.js';
import { ticketOf } from '../support/factories.js';
import { until } from '../support/waiting.js';

// A reply edited or deleted while it still waits in the queue (the connection is down): what goes out is the row
// as it stands when it is sent — the edited text, or nothing for a deleted reply — exactly once.
const PHONE = '5511999990061';
let sim: WaSimulator;
let app: TestApp;
let token: string;
let socket: Socket;
let fabio: SimContact;
let ticketId: number;

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, adminSocket: socket } = started);
  token = started.admin.token;
  fabio = sim.contact('5511988880061', { pushName: 'Fábio' });
  await fabio.sendText(sim.phone(PHONE), 'Quanto custa?');
  ticketId = (await until(() => ticketOf(fabio.pn), Boolean, 'the ticket'))!.id;
}, 60_000);
afterAll(async () => {
  socket?.close();
  await app?.stop();
  await sim?.close();
});

const send = async (body: string): Promise<number> => {
  const res = await app.api.post(`/api/messages/${ticketId}`, { body }, { token });
  expect(res.status).toBe(201);
  return res.body.message.id;
};

it('sends the edited text of a reply edited while queued, and nothing of one deleted while queued, once each', async () => {
  const events = sessionEvents(socket);
  sim.networkDown(PHONE);
  await events.next((e) => e.whatsapp.status === 'OPENING', 20_000);

  const edited = await send('Preço: R$ 100');
  const deleted = await send('Mensagem errada');
  expect((await app.api.put(`/api/messages/message/${edited}`, { body: 'Preço: R$ 90' }, { token })).status).toBe(200);
  expect((await app.api.delete(`/api/messages/message/${deleted}`, { token })).status).toBe(200);

  sim.networkUp(PHONE);
  await events.next((e) => e.whatsapp.status === 'CONNECTED', 60_000);
  await send('barreira'); // queued after both: once it arrives, nothing of theirs can still come before it
  const received = [(await fabio.nextMessage({ timeoutMs: 30_000 })).text, (await fabio.nextMessage({ timeoutMs: 30_000 })).text];
  expect(received).toEqual(['Preço: R$ 90', 'barreira']);

  const [rows] = await ctx().sequelize.query(`SELECT id, ack, "isDeleted" FROM "Messages" WHERE id IN (${edited}, ${deleted}) ORDER BY id`);
  expect(rows).toEqual([
    { id: edited, ack: expect.any(Number), isDeleted: false },
    { id: deleted, ack: 0, isDeleted: true },
  ]);
  expect((rows as { ack: number }[])[0]!.ack).toBeGreaterThanOrEqual(1);
}, 120_000);
