import { ctx } from '../../context.js';
import { setUserPause, type UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { findUserInCompany } from './findUserInCompany.js';
import { assertMayManage } from './teamAccess.js';

/**
 * An attendant pauses (lunch, a meeting: `reason`, optional) or comes back; a supervisor may do it for them.
 * Paused, they keep the tickets they hold but distribution gives them no new ones (db/distribution.ts). Coming
 * back, `user.updated` makes distribution offer the work waiting in their queues (as `user.online` does);
 * `user.availabilityChanged` tells them (and the team panel) who did it.
 */
export async function setUserAvailability({
  actor,
  userId,
  paused,
  reason,
}: {
  actor: UserRecord;
  userId: number;
  paused: boolean;
  reason?: string | null;
}): Promise<UserRecord> {
  return ctx().sequelize.transaction(async (transaction) => {
    const target = await findUserInCompany(actor.companyId, userId, transaction, true);
    assertMayManage(actor, target);
    const user = await setUserPause(transaction, target.id, paused ? { reason: reason?.trim() || null } : null);
    domainEvents.publishAfterCommit(transaction, 'user.updated', { companyId: user.companyId, user });
    domainEvents.publishAfterCommit(transaction, 'user.availabilityChanged', { companyId: user.companyId, user, actorId: actor.id, actorName: actor.name });
    return user;
  });
}
