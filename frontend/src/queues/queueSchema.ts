import { z } from 'zod';
import { normalizeSchedule, scheduleProblems } from './businessHours';
import { HEX_COLOR, PALETTE } from './ColorField';
import { CLOSE_REASON_MODES, DISTRIBUTIONS, type Queue, type QueueInput, type WeeklySchedule } from './queueTypes';

// Limits from the API contract. Messages are i18n keys; the form translates them at render time.
export const QUEUE_NAME_MAX = 80;
export const QUEUE_MESSAGE_MAX = 4096;

export const CSAT_CHOICES = ['company', 'on', 'off'] as const;
type CsatChoice = (typeof CSAT_CHOICES)[number];
const csatChoiceOf = (enabled: boolean | null): CsatChoice => (enabled === null ? 'company' : enabled ? 'on' : 'off');

export const queueSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(QUEUE_NAME_MAX, 'queues.nameTooLong'),
  color: z.string().regex(HEX_COLOR, 'queues.colorInvalid'),
  greetingMessage: z.string().max(QUEUE_MESSAGE_MAX, 'queues.messageTooLong'),
  outOfHoursMessage: z.string().max(QUEUE_MESSAGE_MAX, 'queues.messageTooLong'),
  distribution: z.enum(DISTRIBUTIONS),
  aiAgentId: z.number().nullable(),
  /** The CSAT override as a select: as the company, always, never. */
  csat: z.enum(CSAT_CHOICES),
  closeReasonMode: z.enum(CLOSE_REASON_MODES),
  userIds: z.array(z.number()),
  whatsappIds: z.array(z.number()),
  // The editor shows each problem on its interval; this only keeps a bad schedule from being sent.
  schedules: z.custom<WeeklySchedule | null>().refine((schedule) => Object.keys(scheduleProblems(schedule)).length === 0, 'queues.hours.fixProblems'),
});

export type QueueFormValues = z.input<typeof queueSchema>;

export const emptyQueueForm = (): QueueFormValues => ({
  name: '',
  color: PALETTE[0]!,
  greetingMessage: '',
  outOfHoursMessage: '',
  distribution: 'manual',
  aiAgentId: null,
  csat: 'company',
  closeReasonMode: 'none',
  userIds: [],
  whatsappIds: [],
  schedules: null,
});

export function queueFormFrom(queue: Queue): QueueFormValues {
  return {
    name: queue.name,
    color: queue.color,
    greetingMessage: queue.greetingMessage ?? '',
    outOfHoursMessage: queue.outOfHoursMessage ?? '',
    distribution: queue.distribution,
    aiAgentId: queue.aiAgentId,
    csat: csatChoiceOf(queue.csatEnabled),
    closeReasonMode: queue.closeReasonMode,
    userIds: queue.userIds,
    whatsappIds: queue.whatsappIds,
    schedules: queue.schedules,
  };
}

/** The body the API expects: blank messages as null, closed days left out. */
export function queueInputFrom(values: QueueFormValues): QueueInput {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    name: values.name.trim(),
    color: values.color.toLowerCase(),
    greetingMessage: text(values.greetingMessage),
    outOfHoursMessage: text(values.outOfHoursMessage),
    distribution: values.distribution,
    aiAgentId: values.aiAgentId,
    csatEnabled: values.csat === 'company' ? null : values.csat === 'on',
    closeReasonMode: values.closeReasonMode,
    userIds: values.userIds,
    whatsappIds: values.whatsappIds,
    schedules: values.schedules && normalizeSchedule(values.schedules),
  };
}
