import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';

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
