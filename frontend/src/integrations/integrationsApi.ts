import type { Answer, ApiScope, WebhookDeliveryStatus, WebhookEvent } from '@atende/contract';
import { useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

export type {
  ApiScope,
  ApiTokenView as ApiToken,
  CreatedApiToken,
  WebhookDeliveryStatus,
  WebhookDeliveryView as WebhookDelivery,
  WebhookEvent,
  WebhookView as Webhook,
  WebhookWithSecret,
} from '@atende/contract';

/** In the order the create dialog offers them (reading before writing, webhooks last). */
export const API_SCOPES: readonly ApiScope[] = ['messages:send', 'tickets:read', 'tickets:write', 'contacts:read', 'contacts:write', 'webhooks:manage'];

/** In the order the webhook form offers them, grouped by what they are about. */
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = [
  'message.created',
  'message.updated',
  'ticket.created',
  'ticket.updated',
  'contact.created',
  'contact.updated',
  'campaign.updated',
  'deal.created',
  'deal.updated',
];

/** "messages:send" → "messages_send", "message.created" → "message_created": i18next reads ":" and "." as separators. */
export const textKey = (value: string) => value.replace(/[.:]/g, '_');

export interface ApiTokenInput {
  name: string;
  scopes: ApiScope[];
  /** ISO instant; absent: the token never expires. */
  expiresAt?: string;
}

export interface WebhookInput {
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  allowLocal: boolean;
}

export const DELIVERIES_PAGE_SIZE = 30;

export const integrationsApi = {
  tokens: (signal?: AbortSignal) => api.get<Answer<'GET /api/api-tokens'>>('/api/api-tokens', { signal }).then((r) => r.apiTokens),
  createToken: (input: ApiTokenInput) => api.post<Answer<'POST /api/api-tokens'>>('/api/api-tokens', input),
  revokeToken: (id: number) => api.delete<Answer<'DELETE /api/api-tokens/:id'>>(`/api/api-tokens/${id}`).then((r) => r.apiToken),

  webhooks: (signal?: AbortSignal) => api.get<Answer<'GET /api/webhooks'>>('/api/webhooks', { signal }).then((r) => r.webhooks),
  webhook: (id: number, signal?: AbortSignal) => api.get<Answer<'GET /api/webhooks/:id'>>(`/api/webhooks/${id}`, { signal }).then((r) => r.webhook),
  createWebhook: (input: WebhookInput) => api.post<Answer<'POST /api/webhooks'>>('/api/webhooks', input),
  updateWebhook: (id: number, input: WebhookInput) => api.put<Answer<'PUT /api/webhooks/:id'>>(`/api/webhooks/${id}`, input).then((r) => r.webhook),
  removeWebhook: (id: number) => api.delete<Answer<'DELETE /api/webhooks/:id'>>(`/api/webhooks/${id}`).then((r) => r.webhook),
  rotateSecret: (id: number) => api.post<Answer<'POST /api/webhooks/:id/secret'>>(`/api/webhooks/${id}/secret`),
  sendTest: (id: number) => api.post<Answer<'POST /api/webhooks/:id/test'>>(`/api/webhooks/${id}/test`).then((r) => r.delivery),
  deliveries: (id: number, params: { status: WebhookDeliveryStatus | null; cursor: string | null }, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/webhooks/:id/deliveries'>>(`/api/webhooks/${id}/deliveries`, {
      query: { status: params.status, cursor: params.cursor, limit: DELIVERIES_PAGE_SIZE },
      signal,
    }),
  redeliver: (id: number, deliveryId: string) =>
    api
      .post<Answer<'POST /api/webhooks/:id/deliveries/:deliveryId/redeliver'>>(`/api/webhooks/${id}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`)
      .then((r) => r.delivery),
};

export const tokensKey = ['api-tokens'] as const;
export const webhooksKey = ['webhooks'] as const;
export const webhookKey = (id: number) => [...webhooksKey, 'one', id] as const;
export const deliveriesKey = (id: number) => [...webhooksKey, 'deliveries', id] as const;

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: ({ signal }) => integrationsApi.tokens(signal) });
}

export function useWebhooks() {
  return useQuery({ queryKey: [...webhooksKey, 'list'], queryFn: ({ signal }) => integrationsApi.webhooks(signal) });
}

export function useWebhook(id: number) {
  return useQuery({ queryKey: webhookKey(id), queryFn: ({ signal }) => integrationsApi.webhook(id, signal) });
}

/**
 * The delivery log, newest first, page by page. Deliveries change on the server with no event to the browser
 * (the engine retries on its own clock), so the log is read again every few seconds while one is still pending
 * — a test event turns green without a click — and on the "Atualizar" button.
 */
export function useDeliveries(id: number, status: WebhookDeliveryStatus | null) {
  return useInfiniteQuery({
    queryKey: [...deliveriesKey(id), status],
    queryFn: ({ pageParam, signal }) => integrationsApi.deliveries(id, { status, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.deliveries.some((d) => d.status === 'pending')) ? 3000 : false),
  });
}

/** A webhook changed (saved, tested, its secret rotated): the list, the page and the log are read again. */
export function refreshWebhooks(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: webhooksKey });
}

/** A deleted webhook: its page and log are dropped (read again they would answer 404), the list is read again. */
export async function dropWebhook(client: QueryClient, id: number): Promise<void> {
  client.removeQueries({ queryKey: webhookKey(id) });
  client.removeQueries({ queryKey: deliveriesKey(id) });
  await client.invalidateQueries({ queryKey: [...webhooksKey, 'list'] });
}

export function refreshTokens(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: tokensKey });
}
