import type { QueueView } from '@atende/contract';
import type { QueueRow } from '../db/queues.js';
import { iso } from '../db/sql.js';

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
    aiAgentId: queue.aiAgentId ?? null,
    csatEnabled: queue.csatEnabled ?? null,
    closeReasonMode: queue.closeReasonMode ?? 'none',
    userIds: queue.userIds.map(Number),
    whatsappIds: queue.whatsappIds.map(Number),
    createdAt: iso(queue.createdAt),
    updatedAt: iso(queue.updatedAt),
  };
}
