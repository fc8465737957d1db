import { listQueueOptions as selectQueueOptions, type QueueOptionRecord } from '../../db/queueOptions.js';

/** The menu of one of the company's queues, whole: parents before children, each level by position. */
export function listQueueOptions({ companyId, queueId }: { companyId: number; queueId: number }): Promise<QueueOptionRecord[]> {
  return selectQueueOptions(companyId, queueId);
}
