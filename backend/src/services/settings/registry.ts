import { z } from 'zod';
import { weeklyScheduleSchema } from '../../lib/businessHours.js';
import { optOutKey } from '../../lib/optOutKey.js';

/**
 * Every per-company setting: its schema and its default, in one place. A key that is not here does not
 * exist (the API answers ERR_SETTING_UNKNOWN); a stored value that no longer fits its schema reads as the
 * default rather than breaking whoever asks.
 */
export const settingSchemas = {
  /** The company's weekly business hours (queues without their own schedule use them); null: always open. */
  businessHours: weeklyScheduleSchema.nullable(),
  /** A customer message to a ticket closed less than this long ago reopens it; after that, a new ticket. */
  reopenWindowMinutes: z.number().int().min(0).max(10080),
  /** Pending tickets that have no queue are shown to every attendant (otherwise only supervisors/admins). */
  pendingWithoutQueueVisibleToAll: z.boolean(),
  /** Per-attendant cap of open tickets used by distribution; null: no cap. */
  userMaxOpenTickets: z.number().int().min(1).max(500).nullable(),
  /** How long the options menu waits for an answer before the ticket moves on. */
  chatbotTimeoutMinutes: z.number().int().min(1).max(1440),
  /**
   * What a customer writing outside the company's business hours is told (once per closed period), when their
   * queue has no message of its own; {{variables}} as in quick replies. Empty: nothing is sent.
   */
  outOfHoursMessage: z.string().max(4096),
  /** Said before the menu again when an answer is not one of its options (in the customers' language). */
  chatbotInvalidOptionMessage: z.string().trim().min(1).max(500),
  /** The AI agent of the attendants' assist where no agent answers the ticket's queue or connection; null: none. */
  aiAssistAgentId: z.number().int().positive().max(2147483647).nullable(),
  /**
   * Tokens (prompt + completion, as the endpoints report them) the AI agents may use per calendar month of the
   * company's time zone; once used up, the AI hands its tickets to people (services/ai/budgetAllows.ts).
   * null (or 0, stored as null): no limit.
   */
  aiMonthlyTokenBudget: z
    .number()
    .int()
    .min(0)
    .max(1_000_000_000_000)
    .nullable()
    .transform((tokens) => (tokens === 0 ? null : tokens)),
  /**
   * A customer whose whole message is one of these words ("Sair!", "parar"; case, accents and trailing
   * punctuation ignored) opts out of campaigns (services/campaigns/optOutCustomer.ts). Stored as typed; an
   * empty list turns the keywords off.
   */
  optOutKeywords: z
    .array(z.string().trim().min(1).max(40))
    .max(20)
    .refine((words) => new Set(words.map(optOutKey)).size === words.length, 'Keywords must be different (case and accents ignored)')
    .refine((words) => words.every((word) => optOutKey(word) !== ''), 'A keyword needs a letter or a digit'),
  /** Sent once when a customer opts out; {{variables}} as in quick replies. Empty: nothing is sent. */
  optOutConfirmation: z.string().max(1000),
  /**
   * After a close, ask the customer to rate the service from 1 to 5 (services/csat/); a queue's own
   * `csatEnabled` overrides it for that queue's tickets.
   */
  csatEnabled: z.boolean(),
  /** The question, sent after the farewell; {{variables}} as in quick replies. */
  csatQuestion: z.string().trim().min(1).max(1000),
  /** Sent once, for the rating; {{variables}} as in quick replies. Empty: the rating is stored silently. */
  csatThanks: z.string().max(1000),
  /** How long after the question an answer still counts; later, a "5" is an ordinary message. */
  csatExpiryMinutes: z.number().int().min(1).max(10080),
  /**
   * Where a message sent through the send API (POST /api/messages/send) goes when its contact has no active
   * ticket on the connection: 'open' — a new waiting ticket, like a customer's message; 'logOnly' — history only
   * (their latest closed ticket, or a new closed one), so an ERP's notifications never flood the waiting list.
   * A request's `closeTicket` overrides it (services/tickets/pickTicketForMessage.ts, shared with campaigns).
   */
  apiSendTicketMode: z.enum(['open', 'logOnly']),
  /**
   * The send API may fetch a `mediaUrl` on a private, loopback or link-local address (a file server on the same
   * box or network as a self-hosted Atende). Off, such addresses are refused (ERR_MEDIA_URL_BLOCKED): an API
   * client must not make the server read its own network.
   */
  apiAllowLocalMediaUrls: z.boolean(),
  /**
   * Attendants' messages reach WhatsApp signed, "*Ana:*" and a line break before the text (issue 17), for each
   * user who has not turned it off for themself (`signMessages`). Off: nobody's are.
   */
  attendantSignature: z.boolean(),
  /** A waiting ticket older than this many minutes is highlighted in the inbox (issue 17); 0: never. */
  pendingAlertMinutes: z.number().int().min(0).max(1440),
  /**
   * Answer a customer's WhatsApp call (Atende cannot take calls) with `callAutoReplyMessage`, once per call
   * (services/calls/recordIncomingCall.ts). Off: the call is only shown in the chat.
   */
  callAutoReplyEnabled: z.boolean(),
  /** What a caller is told; {{variables}} as in quick replies. */
  callAutoReplyMessage: z.string().trim().min(1).max(1000),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.output<(typeof settingSchemas)[K]> };

export const settingDefaults: Readonly<Settings> = Object.freeze({
  businessHours: null,
  reopenWindowMinutes: 120,
  pendingWithoutQueueVisibleToAll: true,
  userMaxOpenTickets: null,
  chatbotTimeoutMinutes: 30,
  outOfHoursMessage: 'Olá! No momento estamos fora do horário de atendimento. Sua mensagem ficou registrada e responderemos assim que possível.',
  chatbotInvalidOptionMessage: 'Opção inválida.',
  aiAssistAgentId: null,
  aiMonthlyTokenBudget: null,
  optOutKeywords: ['SAIR', 'PARAR', 'STOP', 'CANCELAR'],
  optOutConfirmation: 'Pronto! Você não receberá mais nossas mensagens promocionais. Se mudar de ideia, é só nos chamar.',
  csatEnabled: false,
  csatQuestion: 'De 1 a 5, como foi o atendimento?',
  csatThanks: 'Obrigado pela sua avaliação!',
  csatExpiryMinutes: 1440,
  apiSendTicketMode: 'logOnly',
  apiAllowLocalMediaUrls: false,
  attendantSignature: false,
  pendingAlertMinutes: 10,
  callAutoReplyEnabled: false,
  callAutoReplyMessage: 'No momento não atendemos ligações por aqui. Por favor, envie uma mensagem.',
});

export const SETTING_KEYS = Object.keys(settingSchemas) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}

/** Several settings at once: a subset of the keys, each validated by its own schema. */
export const settingsPatchSchema = z.object(settingSchemas).partial().strict();
