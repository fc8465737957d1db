import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import type { TicketRow } from '../../presenters/ticket.js';
import type { QueueHours } from '../queues/queueBusinessHours.js';
import { botSend } from './botSend.js';

/**
 * Out of hours, the customer of a ticket nobody serves is told so — once per closed period: a customer who
 * writes three times tonight hears it once, and again tomorrow night if still waiting. The ticket's
 * `outOfHoursSentAt` is claimed in the transaction that writes the notice, so concurrent messages send one.
 */
export async function noticeOutOfHours(ticket: TicketRow, hours: QueueHours): Promise<boolean> {
  if (hours.open || !hours.outOfHoursMessage) return false;
  return botSend(ticket, hours.outOfHoursMessage, async (transaction) => {
    const claimed = await ctx().sequelize.query(
      `UPDATE "Tickets" SET "outOfHoursSentAt" = now()
       WHERE id = :ticketId AND ("outOfHoursSentAt" IS NULL OR "outOfHoursSentAt" < :since::timestamptz) RETURNING id`,
      { replacements: { ticketId: ticket.id, since: hours.closedSince?.toISOString() ?? null }, type: QueryTypes.SELECT, transaction },
    );
    return claimed.length > 0;
  });
}
