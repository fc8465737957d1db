import type { Transaction } from 'sequelize';
import { queueHoursRow } from '../../db/queues.js';
import { AppError } from '../../errors/AppError.js';
import { businessHoursAt, effectiveSchedule, type WeeklySchedule } from '../../lib/businessHours.js';
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
  /** What to tell a customer out of hours: the queue's message, else the company's (null when both are empty). */
  outOfHoursMessage: string | null;
  /** When closed: since when (the end of the last opening; null when it never opens). Null when open. */
  closedSince: Date | null;
}

/** The company's side of the decision: its clock, its default hours and its out-of-hours text. */
export interface CompanyHours {
  timezone: string;
  businessHours: WeeklySchedule | null;
  outOfHoursMessage: string;
}

/** The queue's side: its own hours and text (null: the company's apply). */
export interface QueueHoursFields {
  schedules: WeeklySchedule | null;
  outOfHoursMessage: string | null;
}

/** Pure: a queue's own schedule wins over the company's, and its own text over the company's. */
export function hoursOf(company: CompanyHours, queue: QueueHoursFields | null, at: Date): QueueHours {
  const state = businessHoursAt(effectiveSchedule(queue?.schedules, company.businessHours), company.timezone, at);
  const outOfHoursMessage = queue?.outOfHoursMessage?.trim() || company.outOfHoursMessage.trim() || null;
  return { open: state.open, outOfHoursMessage, closedSince: state.open ? null : state.closedSince };
}

/**
 * Whether a queue is open now, in the company's time zone: its own schedule, else the company's
 * `businessHours` setting, else always open; and what to say when it is not.
 */
export async function queueBusinessHours({ companyId, queueId, at = new Date(), transaction }: QueueHoursInput): Promise<QueueHours> {
  const row = await queueHoursRow(companyId, queueId, transaction);
  if (!row || (queueId !== null && !row.found)) throw AppError.notFound('ERR_QUEUE_NOT_FOUND', 'Queue not found');
  const settings = await getSettings(companyId, transaction);
  const company = { timezone: row.timezone, businessHours: settings.businessHours, outOfHoursMessage: settings.outOfHoursMessage };
  return hoursOf(company, queueId === null ? null : row, at);
}
