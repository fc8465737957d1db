import { ctx } from '../../context.js';
import { companyActive } from '../../db/companies.js';
import { findRefreshTokenForUpdate, markRefreshTokenUsed, revokeTokenFamily } from '../../db/refreshTokens.js';
import { findUser, type UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { logger } from '../../lib/logger.js';
import { issueSession, type SessionTokens } from './issueSession.js';
import { verifyRefreshToken } from './tokens.js';

export interface RefreshSessionInput {
  refreshToken: string | undefined;
  ip?: string;
  userAgent?: string;
}

const expired = () => AppError.unauthorized('ERR_SESSION_EXPIRED', 'The session expired');

/**
 * Rotates a refresh token: the presented one is marked used and a new one of the same family is issued.
 * A token presented a second time is a replay (stolen cookie, or a client bug): the whole family is
 * revoked, so the thief and the legitimate holder both have to log in again.
 */
export async function refreshSession({ refreshToken, ip, userAgent }: RefreshSessionInput): Promise<SessionTokens & { user: UserRecord }> {
  const claims = refreshToken ? verifyRefreshToken(refreshToken) : null;
  if (!claims) throw expired();

  const outcome = await ctx().sequelize.transaction(async (transaction) => {
    const token = await findRefreshTokenForUpdate(transaction, claims.jti);
    if (!token || token.familyId !== claims.fam || token.revokedAt || token.expiresAt <= new Date()) return { kind: 'expired' as const };
    if (token.usedAt) {
      await revokeTokenFamily(token.familyId, transaction);
      return { kind: 'reused' as const, userId: token.userId };
    }
    const user = await findUser(token.userId, transaction);
    if (!user || !user.active || user.tokenVersion !== token.tokenVersion) return { kind: 'expired' as const };
    if (!(await companyActive(user.companyId, transaction)) && !user.super) return { kind: 'expired' as const };

    await markRefreshTokenUsed(transaction, token.id);
    const tokens = await issueSession({ user, familyId: token.familyId, ip, userAgent, transaction });
    return { kind: 'rotated' as const, tokens, user };
  });

  if (outcome.kind === 'reused') {
    logger.warn('refresh token replayed; its family was revoked', { userId: outcome.userId, ip });
    throw AppError.unauthorized('ERR_REFRESH_REUSED', 'This session was ended for safety, please log in again');
  }
  if (outcome.kind === 'expired') throw expired();
  return { ...outcome.tokens, user: outcome.user };
}
