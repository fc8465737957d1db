import { z } from 'zod';
import type { WeeklySchedule } from '../queues/queueTypes';
import type { Settings } from './settingsApi';

// Bounds from backend/src/services/settings/registry.ts; messages are i18n keys translated at render time.
export const SETTING_LIMITS = {
  reopenWindowMinutes: { min: 0, max: 10080 },
  userMaxOpenTickets: { min: 1, max: 500 },
  chatbotTimeoutMinutes: { min: 1, max: 1440 },
  aiMonthlyTokenBudget: { min: 1, max: 1_000_000_000_000 },
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
    /** The switch; the budget only counts when it is on. */
    limitAiTokens: z.boolean(),
    // Any box content (an empty box holds NaN): superRefine checks it, and only while the switch is on.
    aiMonthlyTokenBudget: z.custom<number>().optional(),
  })
  .superRefine((values, ctx) => {
    // A number behind a switch is checked only while its switch is on.
    const switched = [
      [values.limitOpenTickets, 'userMaxOpenTickets'],
      [values.limitAiTokens, 'aiMonthlyTokenBudget'],
    ] as const;
    for (const [on, key] of switched) {
      if (!on) continue;
      const parsed = whole(key).safeParse(values[key]);
      if (!parsed.success) ctx.addIssue({ code: 'custom', path: [key], message: parsed.error.issues[0]?.message ?? 'settings.outOfRange' });
    }
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
    limitAiTokens: settings.aiMonthlyTokenBudget !== null,
    aiMonthlyTokenBudget: settings.aiMonthlyTokenBudget ?? 1_000_000,
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
    aiMonthlyTokenBudget: values.limitAiTokens ? (values.aiMonthlyTokenBudget ?? null) : null,
  };
}
