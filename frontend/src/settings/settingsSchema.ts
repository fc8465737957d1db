import { z } from 'zod';
import type { WeeklySchedule } from '../queues/queueTypes';
import type { Settings } from './settingsApi';

// Bounds from backend/src/services/settings/registry.ts; messages are i18n keys translated at render time.
export const SETTING_LIMITS = {
  reopenWindowMinutes: { min: 0, max: 10080 },
  userMaxOpenTickets: { min: 1, max: 500 },
  chatbotTimeoutMinutes: { min: 1, max: 1440 },
  pendingAlertMinutes: { min: 0, max: 1440 },
  aiMonthlyTokenBudget: { min: 1, max: 1_000_000_000_000 },
  csatExpiryMinutes: { min: 1, max: 10080 },
} as const;

// Lengths from the same registry (texts Atende sends to customers).
export const TEXT_LIMITS = {
  outOfHoursMessage: 4096,
  chatbotInvalidOptionMessage: 500,
  optOutConfirmation: 1000,
  csatQuestion: 1000,
  csatThanks: 1000,
  callAutoReplyMessage: 1000,
} as const;

// The opt-out keywords: at most 20 words of 40 characters, different once case and accents are ignored.
export const KEYWORD_LIMITS = { words: 20, length: 40 } as const;

/** The keywords typed in one box, separated by commas: "SAIR, parar" → ["SAIR", "parar"]. */
export function keywordsOf(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}

/** A keyword as the backend compares it (lib/optOutKey.ts): case, accents and punctuation at the ends ignored. */
const keywordKey = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const optOutKeywords = z.string().superRefine((text, ctx) => {
  const words = keywordsOf(text);
  const problem =
    words.length > KEYWORD_LIMITS.words
      ? 'settings.optOutKeywords.tooMany'
      : words.some((word) => word.length > KEYWORD_LIMITS.length)
        ? 'settings.optOutKeywords.tooLong'
        : words.some((word) => keywordKey(word) === '')
          ? 'settings.optOutKeywords.noLetter'
          : new Set(words.map(keywordKey)).size !== words.length
            ? 'settings.optOutKeywords.repeated'
            : null;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

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
    // Any box content, as for the token budget: a z.number() here answered an emptied box with zod's own English
    // "expected number, received NaN"; superRefine checks it (translated) while the switch is on.
    userMaxOpenTickets: z.custom<number>().optional(),
    chatbotTimeoutMinutes: whole('chatbotTimeoutMinutes'),
    pendingAlertMinutes: whole('pendingAlertMinutes'),
    outOfHoursMessage: z.string().max(TEXT_LIMITS.outOfHoursMessage, 'settings.tooLong'),
    chatbotInvalidOptionMessage: z.string().trim().min(1, 'settings.required').max(TEXT_LIMITS.chatbotInvalidOptionMessage, 'settings.tooLong'),
    businessHours: z.custom<WeeklySchedule | null>(),
    aiAssistAgentId: z.number().nullable(),
    /** The switch; the budget only counts when it is on. */
    limitAiTokens: z.boolean(),
    // Any box content (an empty box holds NaN): superRefine checks it, and only while the switch is on.
    aiMonthlyTokenBudget: z.custom<number>().optional(),
    /** Comma-separated in one box; a list for the API. */
    optOutKeywords,
    optOutConfirmation: z.string().max(TEXT_LIMITS.optOutConfirmation, 'settings.tooLong'),
    csatEnabled: z.boolean(),
    csatQuestion: z.string().trim().min(1, 'settings.required').max(TEXT_LIMITS.csatQuestion, 'settings.tooLong'),
    csatThanks: z.string().max(TEXT_LIMITS.csatThanks, 'settings.tooLong'),
    csatExpiryMinutes: whole('csatExpiryMinutes'),
    callAutoReplyEnabled: z.boolean(),
    callAutoReplyMessage: z.string().trim().min(1, 'settings.required').max(TEXT_LIMITS.callAutoReplyMessage, 'settings.tooLong'),
    apiSendOpensTicket: z.boolean(),
    apiAllowLocalMediaUrls: z.boolean(),
    attendantSignature: z.boolean(),
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
    pendingAlertMinutes: settings.pendingAlertMinutes,
    outOfHoursMessage: settings.outOfHoursMessage,
    chatbotInvalidOptionMessage: settings.chatbotInvalidOptionMessage,
    businessHours: settings.businessHours,
    aiAssistAgentId: settings.aiAssistAgentId,
    limitAiTokens: settings.aiMonthlyTokenBudget !== null,
    aiMonthlyTokenBudget: settings.aiMonthlyTokenBudget ?? 1_000_000,
    optOutKeywords: settings.optOutKeywords.join(', '),
    optOutConfirmation: settings.optOutConfirmation,
    csatEnabled: settings.csatEnabled,
    csatQuestion: settings.csatQuestion,
    csatThanks: settings.csatThanks,
    csatExpiryMinutes: settings.csatExpiryMinutes,
    callAutoReplyEnabled: settings.callAutoReplyEnabled,
    callAutoReplyMessage: settings.callAutoReplyMessage,
    apiSendOpensTicket: settings.apiSendTicketMode === 'open',
    apiAllowLocalMediaUrls: settings.apiAllowLocalMediaUrls,
    attendantSignature: settings.attendantSignature,
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
    pendingAlertMinutes: values.pendingAlertMinutes,
    outOfHoursMessage: values.outOfHoursMessage,
    chatbotInvalidOptionMessage: values.chatbotInvalidOptionMessage.trim(),
    aiAssistAgentId: values.aiAssistAgentId,
    aiMonthlyTokenBudget: values.limitAiTokens ? (values.aiMonthlyTokenBudget ?? null) : null,
    optOutKeywords: keywordsOf(values.optOutKeywords),
    optOutConfirmation: values.optOutConfirmation,
    csatEnabled: values.csatEnabled,
    csatQuestion: values.csatQuestion.trim(),
    csatThanks: values.csatThanks,
    csatExpiryMinutes: values.csatExpiryMinutes,
    callAutoReplyEnabled: values.callAutoReplyEnabled,
    callAutoReplyMessage: values.callAutoReplyMessage.trim(),
    apiSendTicketMode: values.apiSendOpensTicket ? 'open' : 'logOnly',
    apiAllowLocalMediaUrls: values.apiAllowLocalMediaUrls,
    attendantSignature: values.attendantSignature,
  };
}
