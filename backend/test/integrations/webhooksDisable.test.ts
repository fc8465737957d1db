import type { Socket } from 'socket.io-client';
import { connectSocket, record } from '../support/sockets.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhookReceiver.js';
import { until } from '../support/waiting.js';

// A webhook whose every delivery fails for WEBHOOK_DISABLE_AFTER_MS (a day; a second here) is disabled, its
// pending deliveries given up, and the company's admins alerted in the bell — stored, and live on their socket,
// the way the AI budget alert reaches them. Saving it active again starts over.
let app: TestApp;
let token: string;
let socket: Socket;
let receiver: WebhookReceiver;

beforeAll(async () => {
  app = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_DISABLE_AFTER_MS: '1000' });
  ({ token } = await app.api.login(ADMIN.email, ADMIN.password));
  socket = await connectSocket(app.url, token);
  receiver = await startWebhookReceiver();
}, 60_000);
afterAll(async () => {
  socket?.close();
  await receiver?.close();
  await app?.stop();
});

it('disables a webhook failing for the configured time, gives up its deliveries and alerts the admins', async () => {
  const alerts = record<{ action: string; alert: { reason: string; webhookId: number; webhookName: string } }>(socket, 'alert');
  receiver.answer = () => ({ status: 500, body: 'fora do ar' });
  const { webhook } = (await app.api.post('/api/webhooks', { name: 'ERP', url: receiver.url, events: ['contact.created'], allowLocal: true }, { token })).body;
  const first = (await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body.delivery;
  // An event of a contact: another ordering key, pending beside the test event.
  expect((await app.api.post('/api/contacts', { name: 'Cliente', number: '5511955550001' }, { token })).status).toBe(201);

  const disabled = await until(
    async () => (await app.api.get(`/api/webhooks/${webhook.id}`, { token })).body.webhook,
    (w) => w.active === false,
    'the webhook disabled',
  );
  expect(disabled.disabledAt).not.toBeNull();
  expect(new Date(disabled.disabledAt).getTime() - new Date(disabled.failingSince).getTime()).toBeGreaterThanOrEqual(1000);
  expect(receiver.received.length).toBeGreaterThanOrEqual(2);

  const { deliveries } = (await app.api.get(`/api/webhooks/${webhook.id}/deliveries`, { token })).body;
  expect(deliveries.map((d: { event: string; status: string }) => [d.event, d.status]).sort()).toEqual([
    ['contact.created', 'failed'],
    ['webhook.test', 'failed'],
  ]);
  expect(deliveries.find((d: { id: string }) => d.id === first.id)).toMatchObject({ responseStatus: 500, responseBody: 'fora do ar' });

  const stored = (await app.api.get('/api/alerts', { token })).body.alerts;
  expect(stored).toEqual([expect.objectContaining({ reason: 'webhookDisabled', webhookId: webhook.id, webhookName: 'ERP', whatsappId: null })]);
  await until(
    () => alerts,
    (list) => list.length > 0,
    'the alert on the admin’s socket',
  );
  expect(alerts).toEqual([{ action: 'raised', alert: expect.objectContaining({ reason: 'webhookDisabled', webhookId: webhook.id }) }]);

  // Disabled: nothing more is sent; a test event is refused rather than queued in vain.
  expect((await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body.error.code).toBe('ERR_WEBHOOK_INACTIVE');
  // Enabled again: the failure run starts over, and deliveries flow.
  receiver.answer = () => ({ status: 204 });
  const enabled = (await app.api.put(`/api/webhooks/${webhook.id}`, { active: true }, { token })).body.webhook;
  expect(enabled).toMatchObject({ active: true, disabledAt: null, failingSince: null });
  const again = (await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body.delivery;
  await receiver.waitFor((r) => r.headers['x-atende-delivery'] === again.id);
  await until(
    async () => (await app.api.get(`/api/webhooks/${webhook.id}/deliveries?status=succeeded`, { token })).body.deliveries,
    (list) => list.length === 1,
    'the delivery after re-enabling logged as succeeded',
  );
}, 30_000);
