import { ctx } from '../../context.js';
import { markContactOptedOut } from '../../db/contacts.js';
import { domainEvents } from '../../events/bus.js';
import { isOptOutText } from '../../lib/optOutKey.js';
import { logger } from '../../lib/logger.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { writeAutomaticMessage } from '../messages/writeAutomaticMessage.js';
import { loadTicket } from '../tickets/loadTicket.js';
import { getSettings } from '../settings/getSettings.js';

export interface CustomerText {
  companyId: number;
  ticketId: number;
  contactId: number;
  body: string;
}

/**
 * A customer answered "SAIR" (one of the company's opt-out keywords, as the whole message): in one transaction
 * the contact is marked opted out now and the confirmation is written as an automatic message of the ticket;
 * after commit the contact is announced and the confirmation queued. The mark is taken only where none was
 * (markContactOptedOut's conditional UPDATE), and the confirmation rides on it: a second "sair", or the same
 * message seen twice, confirms nothing again. The customer's message itself stays in the ticket like any other,
 * and the ticket stays where it is (an attendant may still want to answer). True when this message opted out.
 */
export async function optOutCustomer({ companyId, ticketId, contactId, body }: CustomerText): Promise<boolean> {
  const settings = await getSettings(companyId);
  if (!isOptOutText(body, settings.optOutKeywords)) return false;
  const { sequelize, outbound } = ctx();
  const done = await sequelize.transaction(async (transaction) => {
    if (!(await markContactOptedOut(transaction, companyId, contactId))) return null;
    const contact = await findContactInCompany(companyId, contactId, { transaction });
    domainEvents.publishAfterCommit(transaction, 'contact.updated', { companyId, contact });
    const ticket = await loadTicket(companyId, ticketId, { transaction });
    return { message: await writeAutomaticMessage(transaction, ticket, settings.optOutConfirmation) };
  });
  if (!done) return false;
  if (done.message) outbound.enqueue(done.message.whatsappId!, done.message.id);
  logger.info('customer opted out of campaigns', { companyId, contactId, ticketId });
  return true;
}
