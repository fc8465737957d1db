import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

// What the AI agent's model is asked to answer with, and how its answer is read. The shape is fixed by the
// issue: {reply, intent, confidence, handoff, handoffReason, lead:{name, email, interest, budget, urgency},
// leadScoreDelta}.

const nullableText = z.string().nullable();

/**
 * The shape asked of the model through `response_format: json_schema` (strict): every property required,
 * optional ones nullable — OpenAI's strict mode refuses optional properties, and the SDK's zodResponseFormat
 * turns this into that JSON schema.
 */
const AskedShape = z.object({
  reply: z.string(),
  intent: z.string(),
  confidence: z.number(),
  handoff: z.boolean(),
  handoffReason: nullableText,
  lead: z.object({ name: nullableText, email: nullableText, interest: nullableText, budget: nullableText, urgency: nullableText }),
  leadScoreDelta: z.number(),
});

/** `response_format` for servers that support structured outputs (OpenAI, recent Ollama, vLLM, LM Studio). */
export const AGENT_RESPONSE_FORMAT = zodResponseFormat(AskedShape, 'agent_answer');

const leadField = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((v) => (v ? v : null));

/**
 * How an answer is read: what matters must be there and be right (a reply, a confidence between 0 and 1, the
 * handoff flag); what only informs may be missing — a model answering JSON in text (no schema enforced) often
 * leaves out null fields.
 */
const ReadShape = z.object({
  reply: z.string(),
  // Missing is none (null), never a made-up word: the brief keeps an earlier intent (aiBrief.ts), and whatever
  // it holds is shown in the pt-BR handoff note.
  intent: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => v || null),
  confidence: z.number().min(0).max(1),
  handoff: z.boolean(),
  handoffReason: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => v || null),
  lead: z
    .object({ name: leadField, email: leadField, interest: leadField, budget: leadField, urgency: leadField })
    .nullish()
    .transform((lead) => lead ?? { name: null, email: null, interest: null, budget: null, urgency: null }),
  leadScoreDelta: z
    .number()
    .nullish()
    .transform((v) => (v === null || v === undefined ? 0 : Math.round(v))),
});

export type AgentAnswer = z.output<typeof ReadShape>;
export type AgentLead = AgentAnswer['lead'];

/**
 * The JSON object in a model's text: as is, inside a ```json fence, or between the first `{` and the last `}`
 * (models without structured outputs like to wrap it in a sentence).
 */
function jsonIn(content: string): unknown {
  const attempts = [
    content.trim(),
    /```(?:json)?\s*([\s\S]*?)```/i.exec(content)?.[1]?.trim(),
    content.slice(content.indexOf('{'), content.lastIndexOf('}') + 1),
  ];
  for (const text of attempts) {
    if (!text) continue;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // the next form
    }
  }
  throw new Error('the answer is not JSON');
}

/** The model's answer, or why it cannot be used (said back to the model in the repair attempt). */
export function readAgentAnswer(content: string | null | undefined): { answer: AgentAnswer } | { problem: string } {
  if (!content?.trim()) return { problem: 'the answer was empty' };
  let value: unknown;
  try {
    value = jsonIn(content);
  } catch {
    return { problem: 'the answer was not a JSON object' };
  }
  const parsed = ReadShape.safeParse(value);
  if (parsed.success) return { answer: parsed.data };
  return { problem: parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ') };
}
