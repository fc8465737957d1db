// Shapes from docs/api-contract.md ("Queues", queue-options routes); the backend owns them.

export const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
/** "0" = Sunday … "6" = Saturday, as the backend's schedule keys (and `Date#getDay`). */
export type Weekday = (typeof WEEKDAYS)[number];

/** Half-open [start, end) in the company's time zone; `end` may be "24:00". */
export interface TimeInterval {
  start: string;
  end: string;
}

/** A missing or empty weekday is closed. */
export type WeeklySchedule = Partial<Record<Weekday, TimeInterval[]>>;

export const DISTRIBUTIONS = ['manual', 'round_robin', 'least_busy'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export interface Queue {
  id: number;
  companyId: number;
  name: string;
  color: string;
  greetingMessage: string | null;
  outOfHoursMessage: string | null;
  /** null: the company's `businessHours` setting applies. */
  schedules: WeeklySchedule | null;
  distribution: Distribution;
  position: number;
  userIds: number[];
  whatsappIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface QueueInput {
  name: string;
  color: string;
  greetingMessage: string | null;
  outOfHoursMessage: string | null;
  schedules: WeeklySchedule | null;
  distribution: Distribution;
  userIds: number[];
  whatsappIds: number[];
}

export type QueueEvent = { action: 'created' | 'updated'; queue: Queue } | { action: 'deleted'; queueId: number };

/** One entry of a queue's chatbot menu; `parentId` null is the first level. */
export interface QueueOption {
  id: number;
  queueId: number;
  parentId: number | null;
  title: string;
  message: string | null;
  targetQueueId: number | null;
  targetUserId: number | null;
  position: number;
}

export interface QueueOptionInput {
  queueId: number;
  parentId: number | null;
  title: string;
  message: string | null;
  /** Where a leaf option files the ticket: another queue (null: this one) and maybe a given attendant. */
  targetQueueId: number | null;
  targetUserId: number | null;
  position: number;
}
