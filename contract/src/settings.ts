import type { WeeklySchedule } from './queues.js';

/** Every per-company setting, defaults filled in (backend/src/services/settings/registry.ts says what each means). */
export interface SettingsView {
  /** null: always open. */
  businessHours: WeeklySchedule | null;
  reopenWindowMinutes: number;
  pendingWithoutQueueVisibleToAll: boolean;
  /** null: no cap. */
  userMaxOpenTickets: number | null;
  chatbotTimeoutMinutes: number;
  /** Told once per closed period to whoever writes out of hours, when their queue has no text of its own ('' = nothing). */
  outOfHoursMessage: string;
  /** Said before the menu again when an answer is not one of its options. */
  chatbotInvalidOptionMessage: string;
  /** The AI agent of the attendants' assist (suggest, summary) where none answers the ticket's queue or connection; null: none. */
  aiAssistAgentId: number | null;
  /** Tokens (prompt + completion) the AI agents may use per local calendar month; null: no limit. */
  aiMonthlyTokenBudget: number | null;
  /** A customer message that is exactly one of these (case, accents, trailing punctuation ignored) opts out of campaigns; [] = off. */
  optOutKeywords: string[];
  /** Sent once to a customer who opts out ('' = nothing). */
  optOutConfirmation: string;
  /** Ask the customer for a 1–5 rating after a close (a queue's `csatEnabled` overrides it). */
  csatEnabled: boolean;
  /** The rating question, sent after the farewell. */
  csatQuestion: string;
  /** Sent once for a rating ('' = nothing). */
  csatThanks: string;
  /** Minutes an answer to the question still counts. */
  csatExpiryMinutes: number;
  /** Where a send-API message goes when its contact has no active ticket: a new waiting ticket, or history only. */
  apiSendTicketMode: 'open' | 'logOnly';
  /** The send API may fetch a `mediaUrl` on a private or loopback address (self-hosted boxes). */
  apiAllowLocalMediaUrls: boolean;
  /** Attendants' messages go to WhatsApp as "*Ana:*\n…" (each user may turn it off for themself: `signMessages`). */
  attendantSignature: boolean;
  /** A waiting ticket older than this many minutes is highlighted in the inbox; 0: never. */
  pendingAlertMinutes: number;
  /** Answer a customer's WhatsApp call with `callAutoReplyMessage` (Atende cannot take calls). Off by default. */
  callAutoReplyEnabled: boolean;
  callAutoReplyMessage: string;
}

export type SettingKey = keyof SettingsView;

/** GET/PUT /api/settings/:key */
export interface SettingView<K extends SettingKey = SettingKey> {
  key: K;
  value: SettingsView[K];
}
