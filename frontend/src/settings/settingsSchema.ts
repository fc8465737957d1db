import { z } from 'zod';
import type { WeeklySchedule } from '../queues/queueTypes';
import type { Settings } from './settingsApi';

// Bounds from backend/src/services/settings/registry.ts; messages are i18n keys translated at render time.
export const SETTING_LIMITS = {
  reopenWindowMinutes: { min: 0, max: 10080 },
  userMaxOpenTickets: { min: 1, max: 500 },
  chatbotTimeoutMinutes: { min: 1, max: 1440 },
} as const;

// Lengths from the same registry (texts Atende sends to customers).
export const TEXT_LIMITS = { outOfHoursMessage: 4096, chatbotInvalidOptionMessage: 500 } as const;

const whole = (key: keyof typeof SETTING_LIMITS) =>
  z
    .number({ error: 'settings.wholeNumber' })
    .int('settings.wholeNumber')
    .min(SETTING_LIMITS[key].min, 'settings.outOfRange')
    .max(SETTING_LIMITS[key].max, 'settings.outOfRange');

export const settingsSchema = z
  .object({
    reopenWindowMinutes: whole('reopenWindowMinutes'),
    pendingWithoutQueueVisibleToAll: z.boolean(),
    /** The switch; the number only counts when it is on. */
    limitOpenTickets: z.boolean(),
    userMaxOpenTickets: z.number().optional(),
    chatbotTimeoutMinutes: whole('chatbotTimeoutMinutes'),
    outOfHoursMessage: z.string().max(TEXT_LIMITS.outOfHoursMessage, 'settings.tooLong'),
    chatbotInvalidOptionMessage: z.string().trim().min(1, 'settings.required').max(TEXT_LIMITS.chatbotInvalidOptionMessage, 'settings.tooLong'),
    businessHours: z.custom<WeeklySchedule | null>(),
    aiAssistAgentId: z.number().nullable(),
  })
  .superRefine((values, ctx) => {
    if (!values.limitOpenTickets) return;
    const parsed = whole('userMaxOpenTickets').safeParse(values.userMaxOpenTickets);
    if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['userMaxOpenTickets'], message: parsed.error.issues[0]?.message ?? 'settings.outOfRange' });
  });

export type SettingsFormValues = z.input<typeof settingsSchema>;

export function formValuesOf(settings: Settings): SettingsFormValues {
  return {
    reopenWindowMinutes: settings.reopenWindowMinutes,
    pendingWithoutQueueVisibleToAll: settings.pendingWithoutQueueVisibleToAll,
    limitOpenTickets: settings.userMaxOpenTickets !== null,
    userMaxOpenTickets: settings.userMaxOpenTickets ?? 10,
    chatbotTimeoutMinutes: settings.chatbotTimeoutMinutes,
    outOfHoursMessage: settings.outOfHoursMessage,
    chatbotInvalidOptionMessage: settings.chatbotInvalidOptionMessage,
    businessHours: settings.businessHours,
    aiAssistAgentId: settings.aiAssistAgentId,
  };
}

/** Every setting, as the API stores it (one PUT, all keys written or none). */
export function settingsOf(values: SettingsFormValues, businessHours: WeeklySchedule | null): Settings {
  return {
    businessHours,
    reopenWindowMinutes: values.reopenWindowMinutes,
    pendingWithoutQueueVisibleToAll: values.pendingWithoutQueueVisibleToAll,
    userMaxOpenTickets: values.limitOpenTickets ? (values.userMaxOpenTickets ?? null) : null,
    chatbotTimeoutMinutes: values.chatbotTimeoutMinutes,
    outOfHoursMessage: values.outOfHoursMessage,
    chatbotInvalidOptionMessage: values.chatbotInvalidOptionMessage.trim(),
    aiAssistAgentId: values.aiAssistAgentId,
  };
}
