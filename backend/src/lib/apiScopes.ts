import type { ApiScope } from '@atende/contract';

/**
 * What an API token may reach (issue 16), in one table read by the authentication (refusal) and by the OpenAPI
 * document (each operation names its scope). Closed by default: a route missing here is for browser sessions
 * only — users, companies, tokens, settings, AI, campaigns, CRM… — so a route added later is never opened to
 * tokens by accident. Paths are as mounted, Express-style (`:id` is one segment).
 */
export const API_SCOPES: readonly ApiScope[] = ['messages:send', 'tickets:read', 'tickets:write', 'contacts:read', 'contacts:write', 'webhooks:manage'];

interface ScopedRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  scope: ApiScope;
}

export const TOKEN_ROUTES: readonly ScopedRoute[] = [
  { method: 'POST', path: '/api/messages/send', scope: 'messages:send' },
  { method: 'GET', path: '/api/messages/send/:id', scope: 'messages:send' },

  { method: 'GET', path: '/api/tickets', scope: 'tickets:read' },
  { method: 'GET', path: '/api/tickets/:id', scope: 'tickets:read' },
  { method: 'GET', path: '/api/tickets/:id/history', scope: 'tickets:read' },
  { method: 'GET', path: '/api/tickets/:id/notes', scope: 'tickets:read' },
  { method: 'GET', path: '/api/messages/:ticketId', scope: 'tickets:read' },
  { method: 'GET', path: '/api/messages/:messageId/media', scope: 'tickets:read' },
  { method: 'PUT', path: '/api/tickets/:id', scope: 'tickets:write' },
  { method: 'PUT', path: '/api/tickets/:id/tags', scope: 'tickets:write' },
  { method: 'POST', path: '/api/tickets/:id/notes', scope: 'tickets:write' },
  { method: 'POST', path: '/api/messages/:ticketId', scope: 'tickets:write' },

  { method: 'GET', path: '/api/contacts', scope: 'contacts:read' },
  { method: 'GET', path: '/api/contacts/:id', scope: 'contacts:read' },
  { method: 'POST', path: '/api/contacts', scope: 'contacts:write' },
  { method: 'PUT', path: '/api/contacts/:id', scope: 'contacts:write' },
  { method: 'DELETE', path: '/api/contacts/:id', scope: 'contacts:write' },
  { method: 'GET', path: '/api/tags', scope: 'contacts:read' },

  { method: 'GET', path: '/api/webhooks', scope: 'webhooks:manage' },
  { method: 'POST', path: '/api/webhooks', scope: 'webhooks:manage' },
  { method: 'GET', path: '/api/webhooks/:id', scope: 'webhooks:manage' },
  { method: 'PUT', path: '/api/webhooks/:id', scope: 'webhooks:manage' },
  { method: 'DELETE', path: '/api/webhooks/:id', scope: 'webhooks:manage' },
  { method: 'POST', path: '/api/webhooks/:id/secret', scope: 'webhooks:manage' },
  { method: 'POST', path: '/api/webhooks/:id/test', scope: 'webhooks:manage' },
  { method: 'GET', path: '/api/webhooks/:id/deliveries', scope: 'webhooks:manage' },
  { method: 'POST', path: '/api/webhooks/:id/deliveries/:deliveryId/redeliver', scope: 'webhooks:manage' },
];

const matchers = TOKEN_ROUTES.map((route) => ({
  ...route,
  regex: new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`),
  // A literal segment outranks a parameter ("/api/messages/send" is not the ticket "send").
  literalSegments: route.path.split('/').filter((segment) => segment && !segment.startsWith(':')).length,
}));

/**
 * The scope a token needs for `METHOD path` (the full path as requested, without the query string), or null
 * when tokens may not reach it at all.
 */
export function scopeForRequest(method: string, path: string): ApiScope | null {
  let best: (typeof matchers)[number] | undefined;
  for (const candidate of matchers) {
    if (candidate.method !== method.toUpperCase() || !candidate.regex.test(path)) continue;
    if (!best || candidate.literalSegments > best.literalSegments) best = candidate;
  }
  return best?.scope ?? null;
}
