import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { User } from '../../models/User.js';
import { findCompany } from './findCompany.js';

/** Deletes a company and everything in it (ON DELETE CASCADE); its users' sockets are disconnected. */
export async function deleteCompany({ actor, companyId }: { actor: User; companyId: number }): Promise<void> {
  if (actor.companyId === companyId) throw AppError.badRequest('ERR_CANNOT_DELETE_OWN_COMPANY', 'You cannot delete your own company');
  await ctx().sequelize.transaction(async (transaction) => {
    const company = await findCompany(companyId, transaction);
    const users = await User.findAll({ where: { companyId }, attributes: ['id'], transaction });
    await company.destroy({ transaction });
    for (const { id } of users) domainEvents.publishAfterCommit(transaction, 'user.sessionsEnded', { companyId, userId: id });
  });
}
