import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { effectiveSchedule, isWithinBusinessHours, type WeeklySchedule } from '../../lib/businessHours.js';
import { getSettings } from '../settings/getSettings.js';

export interface QueueHoursInput {
  companyId: number;
  /** null: a ticket without a queue, judged by the company's business hours alone. */
  queueId: number | null;
  at?: Date;
  transaction?: Transaction;
}

export interface QueueHours {
  open: boolean;
  /** The queue's out-of-hours message (null when it has none, or for no queue). */
  outOfHoursMessage: string | null;
}

/**
 * Whether a queue is open now, in the company's time zone: its own schedule, else the company's
 * `businessHours` setting, else always open. For the inbound path deciding on the out-of-hours message.
 */
export async function queueBusinessHours({ companyId, queueId, at = new Date(), transaction }: QueueHoursInput): Promise<QueueHours> {
  const [row] = await ctx().sequelize.query<{ timezone: string; schedules: WeeklySchedule | null; outOfHoursMessage: string | null; found: boolean }>(
    `SELECT c.timezone, q.schedules, q."outOfHoursMessage", q.id IS NOT NULL AS found
     FROM "Companies" c LEFT JOIN "Queues" q ON q.id = :queueId AND q."companyId" = c.id
     WHERE c.id = :companyId`,
    { replacements: { companyId, queueId }, type: QueryTypes.SELECT, transaction },
  );
  if (!row || (queueId !== null && !row.found)) throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  const companySchedule = row.schedules ? null : (await getSettings(companyId, transaction)).businessHours;
  return {
    open: isWithinBusinessHours(effectiveSchedule(row.schedules, companySchedule), row.timezone, at),
    outOfHoursMessage: row.outOfHoursMessage,
  };
}
