import { ctx } from '../../context.js';
import { deleteContactMessages, deleteContactRow, hasUnclosedTicket } from '../../db/contacts.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { removeMediaFiles } from '../media/removeMediaFiles.js';
import { findContactInCompany } from './findContactInCompany.js';

/**
 * Deleting a contact deletes its tickets and messages (ON DELETE CASCADE), so it is refused while a
 * conversation is still being worked: an attendant would see their open ticket vanish. The messages' files
 * are deleted once that has committed.
 */
export async function deleteContact({ companyId, contactId }: { companyId: number; contactId: number }): Promise<void> {
  const mediaPaths = await ctx().sequelize.transaction(async (transaction) => {
    await findContactInCompany(companyId, contactId, { transaction, lock: true });
    if (await hasUnclosedTicket(transaction, companyId, contactId)) {
      throw AppError.conflict('ERR_CONTACT_HAS_OPEN_TICKETS', 'Close the contact’s tickets before deleting it');
    }
    // The messages go first, explicitly, so their file paths come back as they are at the moment they go.
    const paths = await deleteContactMessages(transaction, companyId, contactId);
    await deleteContactRow(transaction, companyId, contactId);
    domainEvents.publishAfterCommit(transaction, 'contact.deleted', { companyId, contactId });
    return paths;
  });
  await removeMediaFiles(mediaPaths);
}
