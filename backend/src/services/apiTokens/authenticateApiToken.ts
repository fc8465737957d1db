import { AppError } from '../../errors/AppError.js';
import { findApiTokenForAuth, touchApiTokenUsed } from '../../db/apiTokens.js';
import { scopeForRequest } from '../../lib/apiScopes.js';
import type { Actor } from '../auth/authenticateAccessToken.js';
import { hashApiToken } from './apiTokenSecret.js';
import { limitApiTokenRate } from './limitApiTokenRate.js';

const LAST_USED_EVERY_MS = 60_000;

/**
 * Turns an API token into an actor: its creator (still active, in the token's company) with the token's scopes,
 * for `method path` (the full path, as mounted). In this order: unknown → 401 ERR_TOKEN_INVALID, revoked → 401
 * ERR_TOKEN_REVOKED, expired → 401 ERR_TOKEN_EXPIRED, creator gone or deactivated → 401 ERR_TOKEN_INVALID; then
 * the request counts against the token's rate (429); then a route tokens may not reach → 403
 * ERR_TOKEN_ROUTE_FORBIDDEN, a scope not granted → 403 ERR_TOKEN_SCOPE. Once the token is known, `onIdentified`
 * hears its id and name (the request log names the token, never the token itself).
 */
export async function authenticateApiToken(
  token: string,
  request: { method: string; path: string },
  onIdentified: (token: { id: number; name: string }) => void = () => {},
): Promise<Actor> {
  const found = await findApiTokenForAuth(hashApiToken(token));
  if (!found) throw AppError.unauthorized('ERR_TOKEN_INVALID', 'Invalid API token');
  const { token: apiToken, creator, companyActive } = found;
  onIdentified({ id: apiToken.id, name: apiToken.name });
  if (apiToken.revokedAt) throw AppError.unauthorized('ERR_TOKEN_REVOKED', 'This API token was revoked');
  if (apiToken.expiresAt && apiToken.expiresAt.getTime() <= Date.now()) throw AppError.unauthorized('ERR_TOKEN_EXPIRED', 'This API token expired');
  // The token acts with its creator's rights: a creator deactivated, deleted or moved elsewhere takes them away.
  if (!creator?.active || creator.companyId !== apiToken.companyId) throw AppError.unauthorized('ERR_TOKEN_INVALID', 'Invalid API token');
  if (!companyActive && !creator.super) throw AppError.forbidden('ERR_COMPANY_INACTIVE', 'This company is inactive');

  // Every authenticated use counts, refused ones too: probing forbidden routes is no way around the limit.
  await limitApiTokenRate(apiToken.id);
  if (!apiToken.lastUsedAt || Date.now() - apiToken.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) await touchApiTokenUsed(apiToken.id);

  const required = scopeForRequest(request.method, request.path);
  if (!required) throw AppError.forbidden('ERR_TOKEN_ROUTE_FORBIDDEN', 'API tokens may not use this route');
  if (!apiToken.scopes.includes(required)) {
    throw new AppError('ERR_TOKEN_SCOPE', 403, `This API token lacks the scope ${required}`, { required });
  }
  return { user: creator, companyId: apiToken.companyId, apiToken: { id: apiToken.id, name: apiToken.name, scopes: apiToken.scopes } };
}
