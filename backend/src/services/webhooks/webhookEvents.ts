import type { WebhookEvent } from '@atende/contract';

/** What a webhook may subscribe to (the contract's WebhookEvent), in the order the screens list them. */
export const WEBHOOK_EVENTS = [
  'message.created',
  'message.updated',
  'ticket.created',
  'ticket.updated',
  'contact.created',
  'contact.updated',
  'campaign.updated',
  'deal.created',
  'deal.updated',
] as const satisfies readonly WebhookEvent[];

/** The event "Enviar evento de teste" sends; no webhook subscribes to it, every one may receive it. */
export const TEST_EVENT = 'webhook.test';

/** The most webhooks one company keeps (Stripe allows 16 endpoints): each event costs a row per webhook. */
export const MAX_WEBHOOKS_PER_COMPANY = 20;
