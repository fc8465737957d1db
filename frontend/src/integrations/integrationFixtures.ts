import type { ApiToken, Webhook, WebhookDelivery } from './integrationsApi';

let nextId = 40;

/** Shaped like the contract's ApiTokenView: active, never used, no expiry. */
export function makeApiToken(overrides: Partial<ApiToken> = {}): ApiToken {
  nextId += 1;
  return {
    id: nextId,
    name: `Token ${nextId}`,
    prefix: `atd_Ab${nextId}`,
    scopes: ['messages:send'],
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    createdAt: '2026-12-01T12:00:00.000Z',
    createdBy: { id: 1, name: 'Ana Admin' },
    ...overrides,
  };
}

export function makeWebhook(overrides: Partial<Webhook> = {}): Webhook {
  nextId += 1;
  return {
    id: nextId,
    name: `Webhook ${nextId}`,
    url: `https://hooks.example.com/${nextId}`,
    events: ['message.created'],
    active: true,
    allowLocal: false,
    failingSince: null,
    disabledAt: null,
    createdAt: '2026-12-01T12:00:00.000Z',
    ...overrides,
  };
}

/** A delivery as the log lists it, with the body as sent ({id, event, companyId, createdAt, data}). */
export function makeDelivery(overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  nextId += 1;
  const id = `0b7e6c1a-0000-4000-8000-${String(nextId).padStart(12, '0')}`;
  const event = overrides.event ?? 'message.created';
  return {
    id,
    event,
    status: 'succeeded',
    attempts: 1,
    nextAttemptAt: null,
    lastAttemptAt: '2026-12-01T12:00:01.000Z',
    responseStatus: 200,
    responseMs: 42,
    responseBody: 'ok',
    error: null,
    createdAt: '2026-12-01T12:00:00.000Z',
    payload: { id, event, companyId: 1, createdAt: '2026-12-01T12:00:00.000Z', data: { message: { id: 77, body: 'Olá' } } },
    ...overrides,
  };
}
