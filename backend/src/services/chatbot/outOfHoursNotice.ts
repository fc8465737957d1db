import { claimOutOfHoursNotice } from '../../db/chatbot.js';
import type { TicketRow } from '../../db/tickets.js';
import type { QueueHours } from '../queues/queueBusinessHours.js';
import { botSend } from './botSend.js';

/**
 * Out of hours, the customer of a ticket nobody serves is told so — once per closed period: a customer who
 * writes three times tonight hears it once, and again tomorrow night if still waiting. The ticket's
 * `outOfHoursSentAt` is claimed in the transaction that writes the notice, so concurrent messages send one.
 */
export async function noticeOutOfHours(ticket: TicketRow, hours: QueueHours): Promise<boolean> {
  if (hours.open || !hours.outOfHoursMessage) return false;
  return botSend(ticket, hours.outOfHoursMessage, (transaction) => claimOutOfHoursNotice(transaction, ticket.id, hours.closedSince ?? null));
}
