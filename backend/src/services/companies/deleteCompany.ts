import { ctx } from '../../context.js';
import { deleteCompanyRow, updateCompanyFields } from '../../db/companies.js';
import { userIdsOfCompany, type UserRecord } from '../../db/users.js';
import { whatsappIdsOfCompany } from '../../db/whatsapps.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { removeCompanyMedia } from '../media/removeMediaFiles.js';
import { findCompany } from './findCompany.js';

/**
 * Deletes a company and everything in it (ON DELETE CASCADE). In order: the company is deactivated, so its
 * users can no longer start a session or send anything while it goes; each WhatsApp connection is logged
 * out, so the phones drop Atende's device instead of staying linked to nothing; then the rows go in one
 * transaction (its users' sockets are disconnected after commit), and only then its media directory.
 * A failure part-way leaves an inactive company that can be deleted again.
 */
export async function deleteCompany({ actor, companyId }: { actor: UserRecord; companyId: number }): Promise<void> {
  if (actor.companyId === companyId) throw AppError.badRequest('ERR_CANNOT_DELETE_OWN_COMPANY', 'You cannot delete your own company');
  const { sequelize, whatsappSessions } = ctx();
  await updateCompanyFields(await findCompany(companyId), { active: false });
  const connections = await whatsappIdsOfCompany(companyId);
  for (const { id } of connections) await whatsappSessions.logout(id);
  await sequelize.transaction(async (transaction) => {
    await findCompany(companyId, transaction);
    const users = await userIdsOfCompany(companyId, transaction);
    await deleteCompanyRow(transaction, companyId);
    for (const { id } of users) domainEvents.publishAfterCommit(transaction, 'user.sessionsEnded', { companyId, userId: id, reason: 'deleted' });
  });
  await removeCompanyMedia(companyId);
}
