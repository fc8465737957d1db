import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import type { WeeklySchedule } from '../../lib/businessHours.js';
import type { Distribution } from '../../presenters/queue.js';

/** The queue's own columns a caller may set (members are handled by replaceQueueMembers). */
export interface QueueFields {
  name?: string;
  color?: string;
  greetingMessage?: string | null;
  outOfHoursMessage?: string | null;
  /** null: follow the company's business hours. */
  schedules?: WeeklySchedule | null;
  distribution?: Distribution;
  position?: number;
}

const COLUMNS: Record<keyof QueueFields, string> = {
  name: 'name',
  color: 'color',
  greetingMessage: '"greetingMessage"',
  outOfHoursMessage: '"outOfHoursMessage"',
  schedules: 'schedules',
  distribution: 'distribution',
  position: 'position',
};

export interface Assignment {
  column: string;
  /** The SQL value expression, a named replacement. */
  value: string;
}

/**
 * Column/value pairs for the fields present (undefined = untouched, so the table's defaults apply on
 * insert), with their replacements. Column names come from the fixed map above, never from input.
 */
export function queueAssignments(fields: QueueFields): { assignments: Assignment[]; replacements: Record<string, unknown> } {
  const assignments: Assignment[] = [];
  const replacements: Record<string, unknown> = {};
  for (const key of Object.keys(COLUMNS) as (keyof QueueFields)[]) {
    const value = fields[key];
    if (value === undefined) continue;
    if (key === 'schedules') {
      // SQL NULL (not JSON null) for "company default", so `schedules IS NULL` means what it says.
      assignments.push({ column: COLUMNS[key], value: `CAST(:f_${key} AS jsonb)` });
      replacements[`f_${key}`] = value === null ? null : JSON.stringify(value);
    } else {
      assignments.push({ column: COLUMNS[key], value: `:f_${key}` });
      replacements[`f_${key}`] = value;
    }
  }
  return { assignments, replacements };
}

/** Runs a queue write in a transaction; the unique index on (company, lower(name)) decides duplicates. */
export async function inQueueTransaction<T>(run: (transaction: Transaction) => Promise<T>): Promise<T> {
  try {
    return await ctx().sequelize.transaction(run);
  } catch (err) {
    const constraint = err instanceof UniqueConstraintError ? (err.parent as { constraint?: string }).constraint : undefined;
    if (constraint === 'Queues_company_name') throw AppError.conflict('ERR_QUEUE_NAME_IN_USE', 'A queue with this name already exists');
    throw err;
  }
}
