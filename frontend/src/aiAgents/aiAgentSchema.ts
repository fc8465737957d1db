import { z } from 'zod';
import type { AiAgent, AiAgentInput } from './aiAgentsApi';

// The backend's limits (routes/aiAgents/schema.ts, the CHECKs of migration 0020): the form refuses first, at
// the field. Messages are i18n keys, translated by the fields with these numbers.
export const LIMITS = {
  name: 80,
  baseUrl: 500,
  apiKey: 500,
  model: 120,
  systemPrompt: 8000,
  knowledge: 20000,
  handoffMessage: 1000,
  keyword: 40,
  keywords: 50,
} as const;

/** What the server counts: the trimmed text's length in UTF-16 units, as zod's max does. */
export const lengthOf = (text: string) => text.trim().length;

const text = (max: number, message = 'aiAgents.tooLong') => z.string().trim().max(max, message);
const required = (max: number) => text(max).min(1, 'validation.required');

/** An http(s) address without credentials: the key has its own field. */
const baseUrl = required(LIMITS.baseUrl).superRefine((value, ctx) => {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (value === '') return;
  if (!url || !/^https?:$/.test(url.protocol)) ctx.addIssue({ code: 'custom', message: 'aiAgents.baseUrlInvalid' });
  else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'aiAgents.baseUrlCredentials' });
});

/**
 * What happens to the stored key on save: `keep` it (nothing sent), `replace` it with what is typed (on a new
 * agent or one without a key, a blank field just means "no key"), or `remove` it.
 */
export type KeyAction = 'keep' | 'replace' | 'remove';

/** A number box's value within its range; the error says the range ("Use um número inteiro de 1 a 100"). */
const number = (min: number, max: number, integer: boolean) => {
  const message = integer ? 'aiAgents.wholeNumber' : 'aiAgents.numberRange';
  const base = z.number({ error: message });
  return (integer ? base.int(message) : base).min(min, message).max(max, message);
};

export const aiAgentSchema = z
  .object({
    name: required(LIMITS.name),
    baseUrl,
    keyAction: z.enum(['keep', 'replace', 'remove']),
    /** Whether the agent being edited has a key stored: a replacement must then be typed, not left blank. */
    hasStoredKey: z.boolean(),
    apiKey: z
      .string()
      .trim()
      .max(LIMITS.apiKey, 'aiAgents.tooLong')
      .regex(/^[\x21-\x7e]*$/, 'aiAgents.apiKeyInvalid'),
    model: required(LIMITS.model),
    // Long texts say how long they are (CountedTextField gives the length), so the admin knows how much to cut.
    systemPrompt: text(LIMITS.systemPrompt, 'aiAgents.textTooLong'),
    knowledge: text(LIMITS.knowledge, 'aiAgents.textTooLong'),
    temperature: number(0, 2, false),
    historyWindow: number(1, 50, true),
    maxTurns: number(1, 100, true),
    handoffMessage: required(LIMITS.handoffMessage),
    handoffKeywords: z.array(z.string().trim().min(1).max(LIMITS.keyword, 'aiAgents.keywordTooLong')).max(LIMITS.keywords, 'aiAgents.tooManyKeywords'),
    confidenceThreshold: number(0, 1, false),
    transcribeAudio: z.boolean(),
    transcriptionModel: text(LIMITS.model),
    enabled: z.boolean(),
  })
  .refine((v) => !(v.transcribeAudio && v.transcriptionModel.trim() === ''), { path: ['transcriptionModel'], message: 'validation.required' })
  .refine((v) => !(v.hasStoredKey && v.keyAction === 'replace' && v.apiKey.trim() === ''), { path: ['apiKey'], message: 'aiAgents.apiKeyRequired' });

export type AiAgentFormValues = z.input<typeof aiAgentSchema>;

const DEFAULT_TRANSCRIPTION_MODEL = 'whisper-1';

/** A new agent starts with the server's defaults (migration 0020), pointed at OpenAI. */
export const emptyAiAgentForm = (handoffMessage: string): AiAgentFormValues => ({
  name: '',
  baseUrl: 'https://api.openai.com/v1',
  keyAction: 'replace',
  hasStoredKey: false,
  apiKey: '',
  model: 'gpt-4o-mini',
  systemPrompt: '',
  knowledge: '',
  temperature: 0.3,
  historyWindow: 12,
  maxTurns: 10,
  handoffMessage,
  handoffKeywords: ['atendente', 'humano'],
  confidenceThreshold: 0.5,
  transcribeAudio: false,
  transcriptionModel: DEFAULT_TRANSCRIPTION_MODEL,
  enabled: true,
});

export function aiAgentFormFrom(agent: AiAgent): AiAgentFormValues {
  const { id: _id, companyId: _company, hasApiKey, createdAt: _created, updatedAt: _updated, ...settings } = agent;
  return { ...settings, hasStoredKey: hasApiKey, keyAction: hasApiKey ? 'keep' : 'replace', apiKey: '' };
}

/** The body for the API: trimmed texts, keywords once each, and the key only when it changes. */
export function aiAgentInputFrom(values: AiAgentFormValues): AiAgentInput {
  const { keyAction, hasStoredKey: _stored, apiKey, ...settings } = values;
  const key = apiKey.trim();
  const input: AiAgentInput = {
    ...settings,
    name: settings.name.trim(),
    baseUrl: settings.baseUrl.trim().replace(/\/+$/, ''),
    model: settings.model.trim(),
    systemPrompt: settings.systemPrompt.trim(),
    knowledge: settings.knowledge.trim(),
    handoffMessage: settings.handoffMessage.trim(),
    handoffKeywords: [...new Set(settings.handoffKeywords.map((k) => k.trim().toLowerCase()).filter(Boolean))],
    // Hidden while transcription is off: a blank one there is the server's default, not an error.
    transcriptionModel: settings.transcriptionModel.trim() || DEFAULT_TRANSCRIPTION_MODEL,
  };
  if (keyAction === 'remove') return { ...input, apiKey: null };
  if (keyAction === 'replace' && key !== '') return { ...input, apiKey: key };
  return input;
}
