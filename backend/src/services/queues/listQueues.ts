import { selectQueues, type QueueRow } from '../../db/queues.js';

export interface ListQueuesInput {
  companyId: number;
  /** Only the queues this user serves ("my queues"). */
  userId?: number;
  /** Only the queues this connection routes to. */
  whatsappId?: number;
}

/** The company's queues in display order (position, then name); a company has tens of them, not thousands. */
export function listQueues({ companyId, userId, whatsappId }: ListQueuesInput): Promise<QueueRow[]> {
  return selectQueues(companyId, { userId, whatsappId });
}
