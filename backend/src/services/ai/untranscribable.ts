import { ctx } from '../../context.js';
import { logger } from '../../lib/logger.js';

// Voice notes whose transcription was tried and gave nothing (the endpoint failed after its retries, the file was
// too long or silent, the budget was spent). Nothing is written on the message — the chat just shows the player,
// as without transcription —, but the AI step must know not to wait for a transcript that will not come. Kept in
// Redis for a day: long past any turn that could wait for it; losing it only makes a turn wait out its limit.

const TTL_SECONDS = 24 * 3600;
const key = (messageId: string) => `${ctx().config.redisPrefix}ai:untranscribed:${messageId}`;

export async function markUntranscribable(messageId: string): Promise<void> {
  await ctx()
    .redis.set(key(messageId), '1', { expiration: { type: 'EX', value: TTL_SECONDS } })
    .catch((err: unknown) => logger.warn('untranscribable voice note not recorded', { messageId, err: String(err) }));
}

/** Those of these voice notes that will get no transcript. */
export async function untranscribableOf(messageIds: readonly string[]): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const found = await ctx().redis.mGet(messageIds.map(key));
  return new Set(messageIds.filter((_, i) => found[i] !== null));
}
