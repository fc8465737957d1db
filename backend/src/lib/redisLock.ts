import { randomUUID } from 'node:crypto';
import { ctx } from '../context.js';

// A lock shared by every backend process, for work that must not run twice at once for one thing but may take
// long (an AI agent's turn on a ticket waits for a model for seconds: far too long to hold a database row
// lock and a pooled connection). One Redis key per thing: taken with SET NX and an expiry, so a process that
// dies lets go by itself; renewed while the work runs; released only by its holder (compare-and-delete).
// A single Redis needs nothing more (no Redlock quorum across several servers).

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const POLL_MS = 100;

export class LockBusyError extends Error {
  constructor(name: string) {
    super(`lock ${name} stayed busy`);
    this.name = 'LockBusyError';
  }
}

/**
 * Runs `work` holding the lock `name`, waiting up to `waitMs` for it (LockBusyError after that). `ttlMs`: how
 * long the lock outlives a holder that stopped renewing it.
 */
export async function withRedisLock<T>(name: string, work: () => Promise<T>, { waitMs, ttlMs = 30_000 }: { waitMs: number; ttlMs?: number }): Promise<T> {
  const { redis, config } = ctx();
  const key = `${config.redisPrefix}lock:${name}`;
  const token = randomUUID();
  const deadline = Date.now() + waitMs;
  while ((await redis.set(key, token, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } })) !== 'OK') {
    if (Date.now() > deadline) throw new LockBusyError(name);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const renewal = setInterval(() => void redis.eval(RENEW, { keys: [key], arguments: [token, String(ttlMs)] }).catch(() => undefined), ttlMs / 3);
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await redis.eval(RELEASE, { keys: [key], arguments: [token] }).catch(() => undefined);
  }
}
