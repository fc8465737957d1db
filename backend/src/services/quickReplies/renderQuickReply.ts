import { companyTimezone } from '../../db/companies.js';
import type { UserRecord } from '../../db/users.js';
import { renderTemplate } from '../../lib/templateVariables.js';
import { visibleTicket } from '../tickets/visibleTicket.js';
import { findQuickReplyInCompany } from './findQuickReplyInCompany.js';

export interface RenderQuickReplyInput {
  actor: UserRecord;
  quickReplyId: number;
  /** The ticket the reply is for (its contact fills {{name}}, {{firstName}}, {{number}}); optional for a preview. */
  ticketId?: number;
  at?: Date;
}

/**
 * The quick reply's text as it would go to this ticket's customer, typed by this attendant, now. The
 * composer shows it for editing before sending, so nothing is sent with raw {{placeholders}}. A ticket
 * the attendant may not see is "not found", by the tickets' own visibility rule.
 */
export async function renderQuickReply({ actor, quickReplyId, ticketId, at = new Date() }: RenderQuickReplyInput): Promise<string> {
  const quickReply = await findQuickReplyInCompany(actor.companyId, quickReplyId);
  const ticket = ticketId === undefined ? null : await visibleTicket(actor, ticketId);
  const timezone = await companyTimezone(actor.companyId);
  if (timezone === undefined) throw new Error(`company ${actor.companyId} of an authenticated user is gone`);
  return renderTemplate(quickReply.message, {
    contactName: ticket?.contactName,
    contactNumber: ticket?.contactNumber,
    attendantName: actor.name,
    protocol: ticket?.protocol,
    timezone,
    at,
  });
}
