import { randomUUID } from 'node:crypto';
import type { Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { insertRefreshToken } from '../../db/refreshTokens.js';
import type { UserRecord } from '../../db/users.js';
import { signAccessToken, signRefreshToken } from './tokens.js';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export interface IssueSessionInput {
  user: UserRecord;
  /** Continue a family (refresh) or start a new one (login). */
  familyId?: string;
  userAgent?: string;
  ip?: string;
  transaction?: Transaction;
}

/** Records a new refresh token and signs the pair the client receives. */
export async function issueSession({ user, familyId, userAgent, ip, transaction }: IssueSessionInput): Promise<SessionTokens> {
  const refreshExpiresAt = new Date(Date.now() + ctx().config.refreshTokenTtlDays * 86_400_000);
  const token = {
    id: randomUUID(),
    familyId: familyId ?? randomUUID(),
    userId: user.id,
    companyId: user.companyId,
    tokenVersion: user.tokenVersion,
    expiresAt: refreshExpiresAt,
    userAgent: userAgent?.slice(0, 255) ?? null,
    ip: ip?.slice(0, 64) ?? null,
  };
  await insertRefreshToken(token, transaction);
  return {
    accessToken: signAccessToken(user),
    refreshToken: signRefreshToken({ sub: String(user.id), jti: token.id, fam: token.familyId }, refreshExpiresAt),
    refreshExpiresAt,
  };
}
