/**
 * Capped exponential backoff with full jitter: attempt 0 → up to 1 s, then 2, 4, 8… capped at `capMs`.
 * Jitter keeps many sessions that dropped together (a network blip) from reconnecting in lockstep.
 */
export function reconnectDelay(attempt: number, baseMs = 1_000, capMs = 60_000, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
