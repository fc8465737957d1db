import type { QueueRow } from '../db/queues.js';
import { iso } from '../db/sql.js';

/** The row as the API shows it: the same fields, timestamps as ISO strings. */
export type QueueView = Omit<QueueRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

export function presentQueue(queue: QueueRow): QueueView {
  return {
    id: queue.id,
    companyId: queue.companyId,
    name: queue.name,
    color: queue.color,
    greetingMessage: queue.greetingMessage,
    outOfHoursMessage: queue.outOfHoursMessage,
    schedules: queue.schedules,
    distribution: queue.distribution,
    position: queue.position,
    userIds: queue.userIds.map(Number),
    whatsappIds: queue.whatsappIds.map(Number),
    createdAt: iso(queue.createdAt),
    updatedAt: iso(queue.updatedAt),
  };
}
