import { ctx } from '../../context.js';
import type { AgentAnswer } from '../../ai/agentAnswer.js';
import type { AiBrief } from '../../ai/handoffSummary.js';
import { logger } from '../../lib/logger.js';

// What the model's structured answers told about a ticket in its bot phase — what the customer wants, the lead
// fields collected over the turns — kept between turns so the note of a handoff that needs no model call (a
// keyword, the turn limit, a failing endpoint) still says it. In Redis, shared by every backend process: the
// brief is a convenience for the person who takes over, not a record (the conversation is), so losing it
// only makes the note plainer.

const TTL_SECONDS = 7 * 24 * 3600;
const key = (ticketId: number) => `${ctx().config.redisPrefix}ai:brief:${ticketId}`;

/** The brief with this answer merged in: its intent, and each lead field it gives (earlier ones stay). */
export function mergedBrief(before: AiBrief | null, answer: AgentAnswer): AiBrief {
  const lead = { ...(before?.lead ?? answer.lead) };
  for (const [field, value] of Object.entries(answer.lead) as [keyof AiBrief['lead'], string | null][]) if (value) lead[field] = value;
  return { intent: answer.intent || before?.intent || null, handoffReason: answer.handoffReason ?? before?.handoffReason ?? null, lead };
}

export async function readBrief(ticketId: number): Promise<AiBrief | null> {
  try {
    const stored = await ctx().redis.get(key(ticketId));
    return stored ? (JSON.parse(stored) as AiBrief) : null;
  } catch (err) {
    logger.warn('AI brief unreadable; the handoff note is written without it', { ticketId, err: String(err) });
    return null;
  }
}

/** Merges the answer into the ticket's brief and returns the result (also when it could not be stored). */
export async function rememberAnswer(ticketId: number, answer: AgentAnswer): Promise<AiBrief> {
  const brief = mergedBrief(await readBrief(ticketId), answer);
  try {
    await ctx().redis.set(key(ticketId), JSON.stringify(brief), { expiration: { type: 'EX', value: TTL_SECONDS } });
  } catch (err) {
    logger.warn('AI brief not stored', { ticketId, err: String(err) });
  }
  return brief;
}

export async function forgetBrief(ticketId: number): Promise<void> {
  await ctx()
    .redis.del(key(ticketId))
    .catch(() => undefined);
}
