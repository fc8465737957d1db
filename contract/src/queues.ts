import type { CloseReasonMode } from './closing.js';

/** "0" = Sunday … "6" = Saturday, as `Date#getDay`. */
export type Weekday = '0' | '1' | '2' | '3' | '4' | '5' | '6';

/** Half-open [start, end) "HH:MM" in the company's time zone; `end` may be "24:00". */
export interface TimeInterval {
  start: string;
  end: string;
}

/** A missing or empty weekday is closed. */
export type WeeklySchedule = Partial<Record<Weekday, TimeInterval[]>>;

export type Distribution = 'manual' | 'round_robin' | 'least_busy';

export interface QueueView {
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
  /** The AI agent that answers new tickets of this queue, before the connection's; null: the connection's, if any. */
  aiAgentId: number | null;
  /** Ask for a CSAT rating after closing this queue's tickets; null: the company's setting `csatEnabled`. */
  csatEnabled: boolean | null;
  /** Whether closing this queue's tickets asks for a close reason: not asked, asked, or refused without one. */
  closeReasonMode: CloseReasonMode;
  /** Users who serve the queue, ascending. */
  userIds: number[];
  /** Connections whose customers may be routed to the queue, ascending. */
  whatsappIds: number[];
  createdAt: string;
  updatedAt: string;
}

/** One entry of a queue's chatbot menu; `parentId` null is the first level. */
export interface QueueOptionView {
  id: number;
  queueId: number;
  parentId: number | null;
  title: string;
  message: string | null;
  /** Where a leaf option files the ticket: another queue (null: this one) and maybe a given attendant. */
  targetQueueId: number | null;
  targetUserId: number | null;
  position: number;
}
