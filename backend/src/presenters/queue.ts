import type { QueueView } from '@atende/contract';
import type { WeeklySchedule } from '../lib/businessHours.js';

export const DISTRIBUTIONS = ['manual', 'round_robin', 'least_busy'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** A Queues row with its members, as read by services/queues (raw queries; see queueSelect). */
export interface QueueRow {
  id: number;
  companyId: number;
  name: string;
  color: string;
  greetingMessage: string | null;
  outOfHoursMessage: string | null;
  /** null: the company's business hours (setting `businessHours`) apply. */
  schedules: WeeklySchedule | null;
  distribution: Distribution;
  position: number;
  /** Users who serve the queue, ascending. */
  userIds: number[];
  /** Connections whose customers may be routed to the queue, ascending. */
  whatsappIds: number[];
  createdAt: Date | string;
  updatedAt: Date | string;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

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
