import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { removeMediaFiles } from '../media/removeMediaFiles.js';
import { findContactInCompany } from './contactRows.js';

/**
 * Deleting a contact deletes its tickets and messages (ON DELETE CASCADE), so it is refused while a
 * conversation is still being worked: an attendant would see their open ticket vanish. The messages' files
 * are deleted once that has committed.
 */
export async function deleteContact({ companyId, contactId }: { companyId: number; contactId: number }): Promise<void> {
  const { sequelize } = ctx();
  const mediaPaths = await sequelize.transaction(async (transaction) => {
    await findContactInCompany(companyId, contactId, { transaction, lock: true });
    const [active] = await sequelize.query<{ id: number }>(
      `SELECT id FROM "Tickets" WHERE "companyId" = $1 AND "contactId" = $2 AND status <> 'closed' LIMIT 1`,
      { bind: [companyId, contactId], type: QueryTypes.SELECT, transaction },
    );
    if (active) throw AppError.conflict('ERR_CONTACT_HAS_OPEN_TICKETS', 'Close the contact’s tickets before deleting it');
    // The messages go first, explicitly, so their file paths come back as they are at the moment they go
    // (a media download finishing now either landed before, or finds no row and removes its own copy).
    const media = await sequelize.query<{ mediaPath: string }>(
      `WITH gone AS (
         DELETE FROM "Messages" m USING "Tickets" t
         WHERE m."ticketId" = t.id AND t."companyId" = $1 AND t."contactId" = $2 RETURNING m."mediaPath")
       SELECT "mediaPath" FROM gone WHERE "mediaPath" IS NOT NULL`,
      { bind: [companyId, contactId], type: QueryTypes.SELECT, transaction },
    );
    await sequelize.query(`DELETE FROM "Contacts" WHERE id = $1 AND "companyId" = $2`, { bind: [contactId, companyId], transaction });
    domainEvents.publishAfterCommit(transaction, 'contact.deleted', { companyId, contactId });
    return media.map((m) => m.mediaPath);
  });
  await removeMediaFiles(mediaPaths);
}
