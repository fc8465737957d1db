import { Op, type Transaction } from 'sequelize';
import { domainEvents } from '../../events/bus.js';
import { RefreshToken } from '../../models/RefreshToken.js';
import type { User } from '../../models/User.js';

/**
 * Ends every session of the user: access tokens die with the tokenVersion bump (checked on each request),
 * refresh tokens are revoked, and sockets are disconnected once the transaction commits.
 */
export async function endUserSessions(user: User, transaction: Transaction): Promise<void> {
  await user.increment('tokenVersion', { transaction });
  await user.reload({ transaction });
  await RefreshToken.update(
    { revokedAt: new Date() },
    { where: { userId: user.id, revokedAt: { [Op.is]: null } }, transaction },
  );
  domainEvents.publishAfterCommit(transaction, 'user.sessionsEnded', { companyId: user.companyId, userId: user.id });
}
