import { ctx } from '../../context.js';
import { deleteWhatsappRow, oldestWhatsapp, updateWhatsappFields } from '../../db/whatsapps.js';
import { domainEvents } from '../../events/bus.js';
import { findWhatsappInCompany } from './findWhatsappInCompany.js';

/**
 * Deletes a connection (its auth state goes with it); the oldest remaining one becomes the default. Its session
 * is logged out first, so the phone drops Atende's device instead of staying linked to a connection that is gone.
 */
export async function deleteWhatsapp({ companyId, whatsappId }: { companyId: number; whatsappId: number }): Promise<void> {
  // Scope first, then end the live session so it cannot write into rows about to disappear.
  await findWhatsappInCompany(companyId, whatsappId);
  await ctx().whatsappSessions.logout(whatsappId);
  await ctx().sequelize.transaction(async (transaction) => {
    const whatsapp = await findWhatsappInCompany(companyId, whatsappId, transaction);
    await deleteWhatsappRow(transaction, whatsapp.id);
    if (whatsapp.isDefault) {
      const next = await oldestWhatsapp(transaction, companyId);
      if (next) {
        const promoted = await updateWhatsappFields(next, { isDefault: true }, transaction);
        domainEvents.publishAfterCommit(transaction, 'whatsapp.updated', { companyId, whatsapp: promoted });
      }
    }
    domainEvents.publishAfterCommit(transaction, 'whatsapp.deleted', { companyId, whatsappId });
  });
}
