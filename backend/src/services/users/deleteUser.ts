import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { deleteUserRow, type UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { returnTicketsOfUser } from '../tickets/returnTicketsOfUser.js';
import { findUserInCompany } from './findUserInCompany.js';

export async function deleteUser({ actor, userId }: { actor: UserRecord; userId: number }): Promise<void> {
  if (actor.id === userId) throw AppError.badRequest('ERR_CANNOT_DELETE_SELF', 'You cannot delete yourself');
  await ctx().sequelize.transaction(async (transaction) => {
    const user = await findUserInCompany(actor.companyId, userId, transaction, true);
    // Before the row goes (which would only null their tickets' owner): nobody's open tickets stay stranded.
    await returnTicketsOfUser(transaction, { companyId: user.companyId, userId, actorId: actor.id });
    await deleteUserRow(transaction, user.id);
    domainEvents.publishAfterCommit(transaction, 'user.sessionsEnded', { companyId: user.companyId, userId, reason: 'deleted' });
    domainEvents.publishAfterCommit(transaction, 'user.deleted', { companyId: user.companyId, userId });
  });
}
