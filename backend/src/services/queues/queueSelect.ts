import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import type { QueueRow } from '../../presenters/queue.js';

// A queue and its members in one statement: the ARRAY subqueries ride the primary keys of the join tables
// (and "UserQueues_queue"), so a list of queues costs one round trip, not one per queue.
const QUEUE_COLUMNS = `q.*,
  ARRAY(SELECT uq."userId" FROM "UserQueues" uq WHERE uq."queueId" = q.id ORDER BY 1) AS "userIds",
  ARRAY(SELECT wq."whatsappId" FROM "WhatsappQueues" wq WHERE wq."queueId" = q.id ORDER BY 1) AS "whatsappIds"`;

export interface QueueSelect {
  /** SQL conditions on `q` (alias of "Queues"), joined by AND; the company scope is always added. */
  where?: string[];
  replacements?: Record<string, unknown>;
  transaction?: Transaction;
  lock?: boolean;
}

export function selectQueues(companyId: number, options: QueueSelect = {}): Promise<QueueRow[]> {
  const where = ['q."companyId" = :companyId', ...(options.where ?? [])].join(' AND ');
  const lock = options.lock && options.transaction ? 'FOR UPDATE OF q' : '';
  return ctx().sequelize.query<QueueRow>(
    `SELECT ${QUEUE_COLUMNS} FROM "Queues" q WHERE ${where} ORDER BY q.position, lower(q.name), q.id ${lock}`,
    { replacements: { ...options.replacements, companyId }, type: QueryTypes.SELECT, transaction: options.transaction },
  );
}
