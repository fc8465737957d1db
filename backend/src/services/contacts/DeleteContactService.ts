import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { findContactInCompany } from './contactRows.js';

/**
 * Deleting a contact deletes its tickets and messages (ON DELETE CASCADE), so it is refused while a
 * conversation is still being worked: an attendant would see their open ticket vanish.
 */
export async function deleteContact({ companyId, contactId }: { companyId: number; contactId: number }): Promise<void> {
  await ctx().sequelize.transaction(async (transaction) => {
    await findContactInCompany(companyId, contactId, { transaction, lock: true });
    const [active] = await ctx().sequelize.query<{ id: number }>(
      `SELECT id FROM "Tickets" WHERE "companyId" = $1 AND "contactId" = $2 AND status <> 'closed' LIMIT 1`,
      { bind: [companyId, contactId], type: QueryTypes.SELECT, transaction },
    );
    if (active) throw AppError.conflict('ERR_CONTACT_HAS_OPEN_TICKETS', 'Close the contact’s tickets before deleting it');
    await ctx().sequelize.query(`DELETE FROM "Contacts" WHERE id = $1 AND "companyId" = $2`, { bind: [contactId, companyId], transaction });
    domainEvents.publishAfterCommit(transaction, 'contact.deleted', { companyId, contactId });
  });
}
