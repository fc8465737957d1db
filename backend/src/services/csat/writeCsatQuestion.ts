import type { Transaction } from 'sequelize';
import { csatWanted, markCsatAsked } from '../../db/csat.js';
import type { MessageRow } from '../../db/messages.js';
import type { TicketRow } from '../../db/tickets.js';
import { writeAutomaticMessage } from '../messages/writeAutomaticMessage.js';
import { getSettings } from '../settings/getSettings.js';

/**
 * The CSAT question of a close, written in the close's transaction right after the farewell (so it is queued
 * after it) when the ticket's queue — or the company, where the queue says nothing — asks for ratings. Not for
 * groups, nor for a ticket rated already (a reopened and closed again conversation is not asked twice). The
 * ticket records when it was asked and until when an answer counts. The caller queues the returned row after commit.
 */
export async function writeCsatQuestion(transaction: Transaction, ticket: TicketRow): Promise<MessageRow | null> {
  if (ticket.whatsappId === null) return null;
  const settings = await getSettings(ticket.companyId, transaction);
  if (!(await csatWanted(transaction, ticket.id, settings.csatEnabled))) return null;
  const question = await writeAutomaticMessage(transaction, ticket, settings.csatQuestion);
  if (question) await markCsatAsked(transaction, ticket.id, settings.csatExpiryMinutes);
  return question;
}
