import type { Transaction } from 'sequelize';
import { companyTimezoneAndAttendant } from '../../db/automaticTexts.js';
import { renderTemplate, type TemplateContext } from '../../lib/templateVariables.js';
import type { MessageRow } from '../../db/messages.js';
import type { TicketRow } from '../../db/tickets.js';
import { writeOutgoingMessage } from './writeOutgoingMessage.js';

type TicketForTemplate = Pick<TicketRow, 'companyId' | 'contactName' | 'contactNumber' | 'userId'> & Partial<Pick<TicketRow, 'protocol'>>;

/**
 * What {{variables}} mean in a text Atende sends by itself to this ticket's customer: the contact, the ticket's
 * attendant (empty while nobody has it) and the company's clock — the same variables as quick replies.
 */
export async function automaticTextContext(ticket: TicketForTemplate, transaction?: Transaction): Promise<TemplateContext> {
  const row = await companyTimezoneAndAttendant({ companyId: ticket.companyId, userId: ticket.userId }, transaction);
  return {
    contactName: ticket.contactName,
    contactNumber: ticket.contactNumber,
    attendantName: row?.attendantName ?? null,
    protocol: ticket.protocol ?? null,
    timezone: row?.timezone ?? 'America/Sao_Paulo',
  };
}

/**
 * A greeting, menu, out-of-hours notice or farewell, rendered for this ticket and written as an automatic
 * message (it does not become the ticket's preview). Nothing is written for an empty text or a ticket without
 * a connection; the caller queues the returned row once the transaction commits.
 */
export async function writeAutomaticMessage(transaction: Transaction, ticket: TicketRow, template: string): Promise<MessageRow | null> {
  if (ticket.whatsappId === null || !template.trim()) return null;
  const body = renderTemplate(template, await automaticTextContext(ticket, transaction)).trim();
  if (!body) return null;
  return writeOutgoingMessage(
    transaction,
    {
      companyId: ticket.companyId,
      ticketId: ticket.id,
      contactId: ticket.contactId,
      contactName: ticket.contactName,
      number: ticket.contactNumber,
      whatsappId: ticket.whatsappId,
    },
    { body, automatic: true },
  );
}
