import { createHmac } from 'node:crypto';
import type { WaSimulator } from '../../../simulator/src/index.js';
import { ctx } from '../../src/context.js';
import type { TestApp } from '../support/testApp.js';
import { ticketIdOf } from '../support/factories.js';
import { signatureValid, startWebhookReceiver, type Received, type WebhookReceiver } from '../support/webhookReceiver.js';
import { until } from '../support/waiting.js';
import { startConnectedApp } from '../support/whatsapp.js';

// Acceptance 4 of issue 16 with WhatsApp in the loop: a customer's message reaches a real HTTP receiver as a
// signed `message.created`; failures are retried with growing delays and logged; a delivery can be sent again;
// one ticket's events reach an endpoint in order, a failing and slow receiver notwithstanding.
const PHONE = '5511999990160';
const RETRY_BASE_MS = 150;
let sim: WaSimulator;
let app: TestApp;
let token: string;
let companyId: number;
let receiver: WebhookReceiver;

beforeAll(async () => {
  const started = await startConnectedApp(PHONE, { WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS) });
  ({ sim, app } = started);
  token = started.admin.token;
  companyId = started.admin.user.companyId;
  started.adminSocket.close();
}, 60_000);
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  // One webhook per test: the next test's receiver hears only its own events.
  const { webhooks } = (await app.api.get('/api/webhooks', { token })).body;
  for (const { id } of webhooks as { id: number }[]) await app.api.delete(`/api/webhooks/${id}`, { token });
  await receiver.close();
});
afterAll(async () => {
  await app?.stop();
  await sim?.close();
});

async function createWebhook(events: string[]): Promise<{ id: number; secret: string }> {
  const created = await app.api.post('/api/webhooks', { name: 'n8n local', url: receiver.url, events, allowLocal: true }, { token });
  expect(created.status).toBe(201);
  return { id: created.body.webhook.id, secret: created.body.secret };
}

const deliveriesOf = async (webhookId: number) => (await app.api.get(`/api/webhooks/${webhookId}/deliveries`, { token })).body.deliveries;
const eventOf = (name: string) => (r: Received) => r.headers['x-atende-event'] === name;

it('delivers a customer’s message as a signed message.created within 2 s, after its ticket.created', async () => {
  const { id, secret } = await createWebhook(['message.created', 'ticket.created']);
  expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  const ana = sim.contact('5511966661601', { pushName: 'Ana' });
  await ana.sendText(sim.phone(PHONE), 'Quero saber do meu pedido');
  const [request] = await receiver.waitFor(eventOf('message.created'), 1, 2_000);

  const { headers, body, raw } = request!;
  expect(headers['user-agent']).toBe('Atende-Webhooks/1');
  expect(headers['content-type']).toBe('application/json');
  expect(headers['x-atende-delivery']).toBe(body.id);
  expect(Math.abs(Number(headers['x-atende-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
  // The signature is over "timestamp.body" with the secret shown at creation — not over the body alone.
  expect(signatureValid(secret, request!)).toBe(true);
  expect(headers['x-atende-signature']).not.toBe(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  expect(signatureValid(`${secret}x`, request!)).toBe(false);

  const ticketId = await ticketIdOf({ pn: '5511966661601' });
  expect(Object.keys(body)).toEqual(['id', 'event', 'companyId', 'createdAt', 'data']);
  expect(body).toMatchObject({
    event: 'message.created',
    companyId,
    data: {
      message: { body: 'Quero saber do meu pedido', fromMe: false, ticketId },
      ticket: { id: ticketId, status: 'pending' },
      contact: { number: '5511966661601', name: 'Ana' },
    },
  });
  // The ticket's own event came first: the same ordering key.
  const kinds = receiver.received.map((r) => r.headers['x-atende-event']);
  expect(kinds).toEqual(['ticket.created', 'message.created']);
  expect(receiver.received[0]!.body.data.ticket).toMatchObject({ id: ticketId, contact: { number: '5511966661601' } });

  await until(
    () => deliveriesOf(id),
    (list) => list.length === 2 && list.every((d: { status: string }) => d.status === 'succeeded'),
    'both deliveries logged as succeeded',
  );
  const [latest] = await deliveriesOf(id);
  expect(latest).toMatchObject({
    id: body.id,
    event: 'message.created',
    attempts: 1,
    responseStatus: 200,
    responseBody: 'ok',
    error: null,
    nextAttemptAt: null,
  });
  expect(latest.payload).toEqual(body);
}, 30_000);

it('retries a receiver answering 500 twice with growing delays, logs one success, and redelivers the same body', async () => {
  const { id, secret } = await createWebhook(['message.created']);
  receiver.answer = (_request, index) => (index < 2 ? { status: 500, body: 'indisponível' } : { status: 200, body: 'ok' });
  const queued = await app.api.post(`/api/webhooks/${id}/test`, undefined, { token });
  expect(queued.status).toBe(202);
  expect(queued.body.delivery).toMatchObject({ event: 'webhook.test', status: 'pending', attempts: 0 });

  const attempts = await receiver.waitFor(eventOf('webhook.test'), 3);
  expect(attempts.map((r) => r.headers['x-atende-delivery'])).toEqual(Array(3).fill(queued.body.delivery.id));
  expect(new Set(attempts.map((r) => r.raw)).size).toBe(1); // the same body at every attempt, each signed anew
  expect(attempts.every((r) => signatureValid(secret, r))).toBe(true);
  const [first, second, third] = attempts.map((r) => r.at) as [number, number, number];
  expect(second - first).toBeGreaterThanOrEqual(RETRY_BASE_MS);
  expect(third - second).toBeGreaterThanOrEqual(4 * RETRY_BASE_MS);
  expect(third - second).toBeGreaterThan(second - first);

  const logged = await until(
    () => deliveriesOf(id),
    (list) => list[0]?.status === 'succeeded',
    'the delivery logged as succeeded',
  );
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({ attempts: 3, responseStatus: 200, responseBody: 'ok' });
  expect((await app.api.get(`/api/webhooks/${id}`, { token })).body.webhook.failingSince).toBeNull();

  // Redeliver: the same row, id and body, sent again now.
  const again = await app.api.post(`/api/webhooks/${id}/deliveries/${logged[0].id}/redeliver`, undefined, { token });
  expect(again.status).toBe(202);
  expect(again.body.delivery).toMatchObject({ id: logged[0].id, status: 'pending' });
  const [, , , fourth] = await receiver.waitFor(eventOf('webhook.test'), 4);
  expect(fourth!.raw).toBe(attempts[0]!.raw);
  expect(signatureValid(secret, fourth!)).toBe(true);
  await until(
    () => deliveriesOf(id),
    (list) => list[0]?.status === 'succeeded' && list[0]?.attempts === 4,
    'the redelivery logged',
  );
  expect(await deliveriesOf(id)).toHaveLength(1);
}, 30_000);

it('keeps one ticket’s 50 messages in order at a slow receiver that fails one of them once', async () => {
  const { id } = await createWebhook(['message.created']);
  let failed = false;
  receiver.answer = (request) => {
    if (!failed && request.body?.data?.message?.body === 'msg 10') {
      failed = true;
      return { status: 503 };
    }
    return { status: 200, delayMs: 5 };
  };
  const bia = sim.contact('5511966661602', { pushName: 'Bia' });
  for (let n = 0; n < 50; n++) await bia.sendText(sim.phone(PHONE), `msg ${n}`);

  await receiver.waitFor(eventOf('message.created'), 51, 60_000);
  const bodies = receiver.received.map((r) => r.body.data.message.body as string);
  const expected = Array.from({ length: 50 }, (_, n) => `msg ${n}`);
  // Sent in order, the failed one retried before anything after it.
  expect(bodies).toEqual([...expected.slice(0, 11), 'msg 10', ...expected.slice(11)]);
  // The order the messages were stored in.
  const ticketId = await ticketIdOf({ pn: '5511966661602' });
  const [stored] = await ctx().sequelize.query(`SELECT id FROM "Messages" WHERE "ticketId" = ${ticketId} ORDER BY id`);
  const delivered = [...new Set(receiver.received.map((r) => r.body.data.message.id as number))];
  expect(delivered).toEqual((stored as { id: string }[]).map((m) => Number(m.id)));
  await until(
    () => deliveriesOf(id),
    (list) => list.length === 50 && list.every((d: { status: string }) => d.status === 'succeeded'),
    'all 50 deliveries succeeded',
  );
}, 90_000);
