import type { WaSimulator } from '../../../simulator/src/index.js';
import type { TestApp } from '../support/testApp.js';
import { startConnectedApp } from '../support/whatsapp.js';
import { ticketOf } from '../support/factories.js';
import { until } from '../support/waiting.js';

// A customer who writes again shortly after their ticket was closed reopens it (the reopen window). The close
// happened and stays counted; the ticket's history says where the conversation was reopened.
const PHONE = '5511999990050';
let sim: WaSimulator;
let app: TestApp;
let admin: { token: string; user: { id: number } };

beforeAll(async () => {
  const started = await startConnectedApp(PHONE);
  ({ sim, app, admin } = started);
  started.adminSocket.close();
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await sim?.close();
});

const put = (id: number, body: object) => app.api.put(`/api/tickets/${id}`, body, { token: admin.token });
const closedToday = async () => (await app.api.get('/api/dashboard', { token: admin.token })).body.totals.closed as number;

it('keeps a close counted on the dashboard when the customer reopens the ticket, and counts the next close too', async () => {
  const nina = sim.contact('5511966660001', { pushName: 'Nina' });
  await nina.sendText(sim.phone(PHONE), 'Meu pedido chegou quebrado');
  const { id } = (await until(
    () => ticketOf('5511966660001'),
    (t) => t?.status === 'pending',
    'the pending ticket',
  ))!;
  await put(id, { action: 'accept' });
  expect((await put(id, { action: 'close' })).body.ticket.status).toBe('closed');
  expect(await closedToday()).toBe(1);

  // Within the window: the same ticket, back with its attendant.
  await nina.sendText(sim.phone(PHONE), 'Esqueci de mandar a foto');
  const reopened = await until(
    () => ticketOf('5511966660001'),
    (t) => t?.status === 'open',
    'the reopened ticket',
  );
  expect(reopened).toMatchObject({ id, userId: admin.user.id });
  expect(await closedToday()).toBe(1);

  const history = (await app.api.get(`/api/tickets/${id}/history`, { token: admin.token })).body.history;
  expect(history.map((h: { action: string; userId: number | null }) => [h.action, h.userId])).toEqual([
    ['accepted', admin.user.id],
    ['closed', admin.user.id],
    ['reopened', null], // the customer's message reopened it
  ]);

  await put(id, { action: 'close' });
  expect(await closedToday()).toBe(2);
  const { attendants } = (await app.api.get('/api/dashboard', { token: admin.token })).body;
  expect(attendants.find((a: { userId: number }) => a.userId === admin.user.id)).toMatchObject({ closed: 2 });
}, 60_000);
