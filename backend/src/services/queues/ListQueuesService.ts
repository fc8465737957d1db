import type { QueueRow } from '../../presenters/queue.js';
import { selectQueues } from './queueSelect.js';

export interface ListQueuesInput {
  companyId: number;
  /** Only the queues this user serves ("my queues"). */
  userId?: number;
  /** Only the queues this connection routes to. */
  whatsappId?: number;
}

/** The company's queues in display order (position, then name); a company has tens of them, not thousands. */
export function listQueues({ companyId, userId, whatsappId }: ListQueuesInput): Promise<QueueRow[]> {
  const where: string[] = [];
  if (userId !== undefined) where.push('EXISTS (SELECT 1 FROM "UserQueues" f WHERE f."queueId" = q.id AND f."userId" = :userId)');
  if (whatsappId !== undefined) where.push('EXISTS (SELECT 1 FROM "WhatsappQueues" f WHERE f."queueId" = q.id AND f."whatsappId" = :whatsappId)');
  return selectQueues(companyId, { where, replacements: { userId, whatsappId } });
}
