import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import type { QueueRow } from '../../presenters/queue.js';
import { findQueueInCompany } from './findQueueInCompany.js';
import { replaceQueueMembers, type QueueMembers } from './replaceQueueMembers.js';
import { inQueueTransaction, queueAssignments, type QueueFields } from './queueWrites.js';

export interface CreateQueueInput {
  companyId: number;
  fields: QueueFields & { name: string };
  members?: QueueMembers;
}

/** Creates a queue with its users and connections in one transaction; without a position it goes last. */
export function createQueue({ companyId, fields, members = {} }: CreateQueueInput): Promise<QueueRow> {
  return inQueueTransaction(async (transaction) => {
    const { assignments, replacements } = queueAssignments(fields);
    if (fields.position === undefined) {
      assignments.push({ column: 'position', value: `(SELECT COALESCE(MAX(position) + 1, 0) FROM "Queues" WHERE "companyId" = :companyId)` });
    }
    const [row] = await ctx().sequelize.query<{ id: number }>(
      `INSERT INTO "Queues" ("companyId", ${assignments.map((a) => a.column).join(', ')})
       VALUES (:companyId, ${assignments.map((a) => a.value).join(', ')}) RETURNING id`,
      { replacements: { ...replacements, companyId }, type: QueryTypes.SELECT, transaction },
    );
    await replaceQueueMembers(companyId, row!.id, members, transaction);
    const queue = await findQueueInCompany(companyId, row!.id, transaction);
    domainEvents.publishAfterCommit(transaction, 'queue.created', { companyId, queue });
    return queue;
  });
}
