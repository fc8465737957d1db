import type { ApiTokenView } from '@atende/contract';
import type { ApiTokenRow } from '../db/apiTokens.js';
import { iso } from '../db/sql.js';

/** What the API shows of a token: never the token nor its hash, only the prefix that names it. */
export function presentApiToken(token: ApiTokenRow): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    expiresAt: iso(token.expiresAt),
    lastUsedAt: iso(token.lastUsedAt),
    revokedAt: iso(token.revokedAt),
    createdAt: iso(token.createdAt),
    createdBy: token.createdById !== null && token.createdByName !== null ? { id: token.createdById, name: token.createdByName } : null,
  };
}
