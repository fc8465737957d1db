import type { CloseReasonMode, Distribution, QueueOptionView, Weekday, WeeklySchedule } from '@atende/contract';

// The API's shapes are @atende/contract's; what the UI sends (QueueInput, QueueOptionInput) is written here.
export type { Distribution, QueueOptionView as QueueOption, QueueView as Queue, TimeInterval, Weekday, WeeklySchedule } from '@atende/contract';

/** "0" = Sunday … "6" = Saturday, as the backend's schedule keys (and `Date#getDay`). */
export const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const satisfies readonly Weekday[];

export const CLOSE_REASON_MODES = ['none', 'optional', 'required'] as const satisfies readonly CloseReasonMode[];

export const DISTRIBUTIONS = ['manual', 'round_robin', 'least_busy'] as const satisfies readonly Distribution[];

export interface QueueInput {
  name: string;
  color: string;
  greetingMessage: string | null;
  outOfHoursMessage: string | null;
  schedules: WeeklySchedule | null;
  distribution: Distribution;
  /** The AI agent that answers this queue's new tickets first, before the connection's; null: the connection's. */
  aiAgentId: number | null;
  /** Ask for a CSAT rating after closing this queue's tickets; null: as the company's setting. */
  csatEnabled: boolean | null;
  /** Whether closing this queue's tickets asks for a close reason. */
  closeReasonMode: CloseReasonMode;
  userIds: number[];
  whatsappIds: number[];
}

/** What the options editor sends: an option without its id (a leaf files the ticket in `targetQueueId`, null: this queue). */
export type QueueOptionInput = Omit<QueueOptionView, 'id'>;
