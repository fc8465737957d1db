import { ctx } from '../../context.js';
import type { UserRecord } from '../../db/users.js';
import { endUserSessions } from '../auth/endUserSessions.js';
import { findUserInCompany } from './findUserInCompany.js';
import { assertMayManage } from './teamAccess.js';

/**
 * A supervisor logs an attendant out from the team panel (left logged in on a shared computer, gone home):
 * every session ends — access tokens by the version bump, refresh tokens revoked, sockets disconnected after
 * commit (`user.sessionsEnded`, told first so their page goes to the login screen at once), so they also drop out
 * of presence and distribution. Their open tickets stay theirs.
 */
export async function logOutUser({ actor, userId }: { actor: UserRecord; userId: number }): Promise<void> {
  await ctx().sequelize.transaction(async (transaction) => {
    const target = await findUserInCompany(actor.companyId, userId, transaction, true);
    assertMayManage(actor, target);
    await endUserSessions(target, transaction, 'loggedOut');
  });
}
