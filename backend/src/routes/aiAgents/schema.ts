import { z } from 'zod';

// The limits are the table's CHECKs (migration 0020): the API refuses first, with the field named.
const text = (max: number) => z.string().trim().max(max);

/** The address when it parses (zod runs refinements after a failed check too). */
const urlOf = (value: string): URL | undefined => (URL.canParse(value) ? new URL(value) : undefined);

/** An OpenAI-compatible API root over http(s), without credentials in it (the key has its own field). */
const baseUrl = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((value) => /^https?:$/.test(urlOf(value)?.protocol ?? ''), 'Use an http:// or https:// address')
  .refine((value) => !urlOf(value)?.username && !urlOf(value)?.password, 'Put the API key in apiKey, not in the address')
  .transform((value) => value.replace(/\/+$/, ''));

/** Printable ASCII without spaces: what every provider's keys are; a pasted newline would break the header. */
const apiKey = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .regex(/^[\x21-\x7e]+$/, 'An API key has no spaces or special characters');

// "Atendente" and "atendente " are one keyword: the AI step compares them in lower case.
const handoffKeywords = z
  .array(z.string().trim().min(1).max(40))
  .max(50)
  .transform((list) => [...new Set(list.map((k) => k.toLowerCase()))]);

const settings = {
  name: text(80).min(1),
  baseUrl,
  apiKey: apiKey.nullable(),
  model: text(120).min(1),
  systemPrompt: text(8000),
  knowledge: text(20000),
  temperature: z.number().min(0).max(2),
  historyWindow: z.number().int().min(1).max(50),
  maxTurns: z.number().int().min(1).max(100),
  handoffMessage: text(1000).min(1),
  handoffKeywords,
  confidenceThreshold: z.number().min(0).max(1),
  transcribeAudio: z.boolean(),
  transcriptionModel: text(120).min(1),
  enabled: z.boolean(),
};

export const createAiAgentBody = z.object(settings).partial().required({ name: true, baseUrl: true, model: true }).strict();

export const updateAiAgentBody = z
  .object(settings)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Nothing to change');

/** The playground's conversation: the last turn is the one the model answers. */
export const testAiAgentBody = z
  .object({
    messages: z
      .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().trim().min(1).max(4000) }).strict())
      .min(1)
      .max(50),
  })
  .strict();

/** `aiAgentId` on a connection or a queue: an agent of the company, or null to detach. */
export const aiAgentIdField = z.number().int().positive().max(2147483647).nullable();
