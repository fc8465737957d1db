import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import type { User } from '../../models/User.js';
import { findUserInCompany } from './findUserInCompany.js';

export async function deleteUser({ actor, userId }: { actor: User; userId: number }): Promise<void> {
  if (actor.id === userId) throw AppError.badRequest('ERR_CANNOT_DELETE_SELF', 'You cannot delete yourself');
  await ctx().sequelize.transaction(async (transaction) => {
    const user = await findUserInCompany(actor.companyId, userId, transaction, true);
    await user.destroy({ transaction }); // refresh tokens go with it (ON DELETE CASCADE)
    domainEvents.publishAfterCommit(transaction, 'user.sessionsEnded', { companyId: user.companyId, userId });
    domainEvents.publishAfterCommit(transaction, 'user.deleted', { companyId: user.companyId, userId });
  });
}
