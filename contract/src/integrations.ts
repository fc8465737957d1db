// Integrations (issue 16): API tokens, the send API, webhooks.

/** What a token may do. A route no scope names is refused to tokens (browser sessions only). */
export type ApiScope = 'messages:send' | 'tickets:read' | 'tickets:write' | 'contacts:read' | 'contacts:write' | 'webhooks:manage';

export interface ApiTokenView {
  id: number;
  name: string;
  /** The first characters of the token ("atd_AbC1"), to tell tokens apart; the token itself is never shown again. */
  prefix: string;
  scopes: ApiScope[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  createdBy: { id: number; name: string } | null;
}

/** Answer of the creation: the only time the token is readable. */
export interface CreatedApiToken {
  apiToken: ApiTokenView;
  token: string;
}

/** A message sent through the send API, and where it went. */
export interface SentMessageView {
  messageId: string;
  ticketId: number;
  contactId: number;
  /** The message's ack as stored: 0 pending, 1 sent to the server, 2 delivered, 3 read, 4 played; -1 failed. */
  ack: number;
  createdAt: string;
}

export type WebhookEvent =
  | 'message.created'
  | 'message.updated'
  | 'ticket.created'
  | 'ticket.updated'
  | 'contact.created'
  | 'contact.updated'
  | 'campaign.updated'
  | 'deal.created'
  | 'deal.updated';

export interface WebhookView {
  id: number;
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  /** An admin allowed a private, loopback or link-local target (n8n on the same box). */
  allowLocal: boolean;
  /** Since when every delivery fails (null when the last one succeeded); a day of it disables the webhook. */
  failingSince: string | null;
  /** When it was disabled for failing (null otherwise); saving it active again clears it. */
  disabledAt: string | null;
  createdAt: string;
}

/** The answer of the creation (and of "rotate secret"): the only time the signing secret is readable. */
export interface WebhookWithSecret {
  webhook: WebhookView;
  secret: string;
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookDeliveryView {
  id: string;
  event: WebhookEvent | 'webhook.test';
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  responseStatus: number | null;
  responseMs: number | null;
  /** The first bytes of the receiver's answer (up to 1 KiB). */
  responseBody: string | null;
  error: string | null;
  createdAt: string;
  /** The JSON body as sent: {id, event, companyId, createdAt, data}. */
  payload: unknown;
}
