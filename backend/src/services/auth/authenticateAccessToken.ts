import type { ApiScope } from '@atende/contract';
import { AppError } from '../../errors/AppError.js';
import { findUserForToken, type UserRecord } from '../../db/users.js';
import { verifyAccessToken } from './tokens.js';

export interface Actor {
  user: UserRecord;
  companyId: number;
  /** Set when the request came with an API token (services/apiTokens): the user is the token's creator. */
  apiToken?: { id: number; name: string; scopes: ApiScope[] };
}

/**
 * Turns a bearer token into the acting user, for HTTP and sockets alike. The user is read on every call (a
 * primary-key lookup, with its company's active flag in the same statement) so that a password change,
 * deactivation or deletion takes effect at once. Every request pays for this: one round trip, not two.
 */
export async function authenticateAccessToken(token: string | undefined): Promise<Actor> {
  if (!token) throw AppError.unauthorized('ERR_UNAUTHORIZED', 'Authentication required');
  const claims = verifyAccessToken(token);
  if (!claims) throw AppError.unauthorized('ERR_SESSION_EXPIRED', 'The session expired');
  const row = await findUserForToken(Number(claims.sub));
  if (!row) throw AppError.unauthorized('ERR_SESSION_EXPIRED', 'The session expired');
  const { companyActive, ...user } = row;
  if (!user.active || user.tokenVersion !== claims.tv || user.companyId !== claims.companyId) {
    throw AppError.unauthorized('ERR_SESSION_EXPIRED', 'The session expired');
  }
  if (!companyActive && !user.super) throw AppError.forbidden('ERR_COMPANY_INACTIVE', 'This company is inactive');
  return { user, companyId: user.companyId };
}
