import { ctx } from '../../src/context.js';
import { createAttendant } from '../support/factories.js';
import { ADMIN, startTestApp, type TestApp } from '../support/testApp.js';
import { signatureValid, startWebhookReceiver, type WebhookReceiver } from '../support/webhookReceiver.js';
import { until } from '../support/waiting.js';

// Acceptance 4 of issue 16, the API side: admins manage their company's webhooks (another company's id is not
// found), the signing secret is shown once and rotates, private targets are refused unless allowed — on save,
// and again at delivery —, and the delivery log pages newest first.
let app: TestApp;
let token: string;
let receiver: WebhookReceiver;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  ({ token } = await app.api.login(ADMIN.email, ADMIN.password));
  receiver = await startWebhookReceiver();
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await app?.stop();
});

const local = (body: Record<string, unknown> = {}) => ({ url: receiver.url, events: ['message.created'], allowLocal: true, ...body });
const create = (body: Record<string, unknown>, as = token) => app.api.post('/api/webhooks', body, { token: as });
const deliveries = async (id: number, query = '') => (await app.api.get(`/api/webhooks/${id}/deliveries${query}`, { token })).body;

it('creates, reads, changes and deletes a webhook; its secret is answered on creation and rotation only', async () => {
  const created = await create(local({ name: 'ERP', events: ['ticket.updated', 'message.created', 'ticket.updated'] }));
  expect(created.status).toBe(201);
  const { webhook, secret } = created.body;
  expect(secret).toMatch(/^whsec_/);
  expect(webhook).toEqual({
    id: expect.any(Number),
    name: 'ERP',
    url: receiver.url,
    events: ['ticket.updated', 'message.created'],
    active: true,
    allowLocal: true,
    failingSince: null,
    disabledAt: null,
    createdAt: expect.any(String),
  });
  // Stored sealed, never in plain text, and never answered again.
  const [[stored]] = (await ctx().sequelize.query(`SELECT secret FROM "Webhooks" WHERE id = ${webhook.id}`)) as [{ secret: string }[], unknown];
  expect(stored!.secret).not.toContain(secret.slice(6));
  const listed = await app.api.get('/api/webhooks', { token });
  expect(JSON.stringify(listed.body)).not.toContain(secret);
  expect(listed.body.webhooks).toContainEqual(webhook);
  expect((await app.api.get(`/api/webhooks/${webhook.id}`, { token })).body).toEqual({ webhook });

  const changed = await app.api.put(`/api/webhooks/${webhook.id}`, { name: 'ERP novo', events: ['contact.created'], active: false }, { token });
  expect(changed.body.webhook).toMatchObject({ name: 'ERP novo', events: ['contact.created'], active: false });
  expect((await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body.error.code).toBe('ERR_WEBHOOK_INACTIVE');

  const rotated = await app.api.post(`/api/webhooks/${webhook.id}/secret`, undefined, { token });
  expect(rotated.status).toBe(200);
  expect(rotated.body.secret).toMatch(/^whsec_/);
  expect(rotated.body.secret).not.toBe(secret);

  expect((await app.api.delete(`/api/webhooks/${webhook.id}`, { token })).body.webhook.id).toBe(webhook.id);
  expect((await app.api.get(`/api/webhooks/${webhook.id}`, { token })).body.error.code).toBe('ERR_WEBHOOK_NOT_FOUND');
});

it('signs with the rotated secret from then on', async () => {
  const { webhook, secret: old } = (await create(local())).body;
  const { secret } = (await app.api.post(`/api/webhooks/${webhook.id}/secret`, undefined, { token })).body;
  const { delivery } = (await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body;
  const [request] = await receiver.waitFor((r) => r.headers['x-atende-delivery'] === delivery.id);
  expect(request!.body).toMatchObject({ id: delivery.id, event: 'webhook.test', data: { message: expect.any(String) } });
  expect(signatureValid(secret, request!)).toBe(true);
  expect(signatureValid(old, request!)).toBe(false);
});

it('refuses private, loopback and link-local targets unless local targets are allowed', async () => {
  for (const url of [
    'http://127.0.0.1:5678/webhook',
    'http://localhost:5678/webhook',
    'http://10.0.0.5/hook',
    'http://192.168.1.20/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]:5678/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://0x7f000001/hook',
  ]) {
    const refused = await create({ url, events: ['message.created'] });
    expect([url, refused.status, refused.body.error.code]).toEqual([url, 400, 'ERR_WEBHOOK_URL_PRIVATE']);
  }
  expect((await create({ url: 'ftp://example.com/hook', events: ['message.created'] })).body.error.code).toBe('ERR_VALIDATION');
  expect((await create({ url: 'http://user:pw@example.com/hook', events: ['message.created'] })).body.error.code).toBe('ERR_VALIDATION');
  expect((await create(local({ events: ['message.sent'] }))).body.error.code).toBe('ERR_VALIDATION');
  expect((await create(local({ events: [] }))).body.error.code).toBe('ERR_VALIDATION');

  const allowed = await create({ url: 'http://127.0.0.1:5678/webhook', events: ['message.created'], allowLocal: true });
  expect(allowed.status).toBe(201);
  // Turning the permission off with the local target in place is refused too.
  const off = await app.api.put(`/api/webhooks/${allowed.body.webhook.id}`, { allowLocal: false }, { token });
  expect([off.status, off.body.error.code]).toEqual([400, 'ERR_WEBHOOK_URL_PRIVATE']);
  await app.api.delete(`/api/webhooks/${allowed.body.webhook.id}`, { token });
});

it('guards the delivery too: a loopback target without the permission is not connected to', async () => {
  const { webhook } = (await create(local())).body;
  // As if the name had resolved to a public address when saved and to 127.0.0.1 now (DNS rebinding).
  await ctx().sequelize.query(`UPDATE "Webhooks" SET "allowLocal" = false WHERE id = ${webhook.id}`);
  const { delivery } = (await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body;
  const [logged] = (
    await until(
      () => deliveries(webhook.id),
      (page) => page.deliveries[0]?.attempts === 1,
      'the blocked attempt logged',
    )
  ).deliveries;
  expect(logged).toMatchObject({ id: delivery.id, status: 'pending', responseStatus: null, error: expect.stringMatching(/^blocked:/) });
  // The attempt is over: had it connected, the receiver would have the request by now.
  expect(receiver.received.filter((r) => r.headers['x-atende-delivery'] === delivery.id)).toEqual([]);
  expect((await app.api.get(`/api/webhooks/${webhook.id}`, { token })).body.webhook.failingSince).not.toBeNull();
  await app.api.delete(`/api/webhooks/${webhook.id}`, { token });
});

it('pages the delivery log newest first with a cursor, and filters it by status', async () => {
  const { webhook } = (await create(local())).body;
  const ids: string[] = [];
  for (let n = 0; n < 5; n++) ids.push((await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body.delivery.id);
  await until(
    () => deliveries(webhook.id),
    (page) => page.deliveries.length === 5 && page.deliveries.every((d: { status: string }) => d.status === 'succeeded'),
    'five deliveries succeeded',
  );
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { deliveries: { id: string }[]; nextCursor: string | null } = await deliveries(webhook.id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.deliveries.length).toBeLessThanOrEqual(2);
    seen.push(...page.deliveries.map((d) => d.id));
    cursor = page.nextCursor;
  } while (cursor);
  expect(seen).toEqual([...ids].reverse());
  expect((await deliveries(webhook.id, '?status=failed')).deliveries).toEqual([]);
  expect((await deliveries(webhook.id, '?status=succeeded')).deliveries).toHaveLength(5);
  expect((await app.api.get(`/api/webhooks/${webhook.id}/deliveries?cursor=junk`, { token })).body.error.code).toBe('ERR_INVALID_CURSOR');
  expect((await app.api.post(`/api/webhooks/${webhook.id}/deliveries/not-a-uuid/redeliver`, undefined, { token })).status).toBe(400);
  const unknown = await app.api.post(`/api/webhooks/${webhook.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`, undefined, { token });
  expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ERR_WEBHOOK_DELIVERY_NOT_FOUND']);
  await app.api.delete(`/api/webhooks/${webhook.id}`, { token });
});

it('answers 404 for another company’s webhook and its deliveries, and 403 to non-admins', async () => {
  const { webhook } = (await create(local())).body;
  const { delivery } = (await app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token })).body;
  const companyB = await app.api.post(
    '/api/companies',
    { name: 'Empresa B', admin: { name: 'Bia', email: 'bia@b.test', password: 'bia-pass-1234' } },
    { token },
  );
  expect(companyB.status).toBe(201);
  const bia = (await app.api.login('bia@b.test', 'bia-pass-1234')).token;
  const own = (await create(local(), bia)).body.webhook;
  const attempts = [
    app.api.get(`/api/webhooks/${webhook.id}`, { token: bia }),
    app.api.put(`/api/webhooks/${webhook.id}`, { name: 'x' }, { token: bia }),
    app.api.delete(`/api/webhooks/${webhook.id}`, { token: bia }),
    app.api.post(`/api/webhooks/${webhook.id}/secret`, undefined, { token: bia }),
    app.api.post(`/api/webhooks/${webhook.id}/test`, undefined, { token: bia }),
    app.api.get(`/api/webhooks/${webhook.id}/deliveries`, { token: bia }),
    app.api.post(`/api/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`, undefined, { token: bia }),
  ];
  for (const answer of await Promise.all(attempts)) expect([answer.status, answer.body.error.code]).toEqual([404, 'ERR_WEBHOOK_NOT_FOUND']);
  // A's delivery under B's own webhook is not found either.
  const crossed = await app.api.post(`/api/webhooks/${own.id}/deliveries/${delivery.id}/redeliver`, undefined, { token: bia });
  expect([crossed.status, crossed.body.error.code]).toEqual([404, 'ERR_WEBHOOK_DELIVERY_NOT_FOUND']);
  expect((await app.api.get('/api/webhooks', { token: bia })).body.webhooks.map((w: { id: number }) => w.id)).toEqual([own.id]);
  expect((await app.api.get(`/api/webhooks/${webhook.id}`, { token })).status).toBe(200);

  const attendant = await createAttendant(app.api, token, 'Caio Webhook');
  expect((await app.api.get('/api/webhooks', { token: attendant.token })).status).toBe(403);
  expect((await create(local(), attendant.token)).status).toBe(403);
});
