import type { SessionEndReason } from '@atende/contract';
import type { Transaction } from 'sequelize';
import { revokeUserTokens } from '../../db/refreshTokens.js';
import { bumpTokenVersion, type UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';

/**
 * Ends every session of the user: access tokens die with the tokenVersion bump (checked on each request),
 * refresh tokens are revoked, and sockets are told `reason` and disconnected once the transaction commits (null:
 * disconnected only, for the user's own password change). Answers the user as stored now (with the new tokenVersion).
 */
export async function endUserSessions(user: UserRecord, transaction: Transaction, reason: SessionEndReason | null): Promise<UserRecord> {
  const bumped = await bumpTokenVersion(transaction, user.id);
  await revokeUserTokens(transaction, user.id);
  domainEvents.publishAfterCommit(transaction, 'user.sessionsEnded', { companyId: user.companyId, userId: user.id, reason });
  return bumped;
}
