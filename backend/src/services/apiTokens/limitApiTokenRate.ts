import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { logger } from '../../lib/logger.js';
import type { RedisClient } from '../../lib/redis.js';

// One limiter per Redis client (a test process may run several backends, each with its own client and prefix).
// Counted in Redis, so every backend process shares a token's budget.
const limiters = new WeakMap<RedisClient, RateLimiterRedis>();

function limiterFor(redis: RedisClient): RateLimiterRedis {
  let limiter = limiters.get(redis);
  if (!limiter) {
    const { redisPrefix, apiTokenRatePerMinute } = ctx().config;
    limiter = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      keyPrefix: `${redisPrefix}ratelimit:apitoken`,
      points: apiTokenRatePerMinute,
      duration: 60,
    });
    limiters.set(redis, limiter);
  }
  return limiter;
}

/**
 * Counts one request of the token; over its budget for the current minute → 429 ERR_RATE_LIMITED with the
 * seconds to wait (Retry-After). Redis down: the request goes through (logged), as the login limiter does — an
 * outage must not stop every integration.
 */
export async function limitApiTokenRate(tokenId: number): Promise<void> {
  try {
    await limiterFor(ctx().redis).consume(String(tokenId));
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      throw new AppError('ERR_RATE_LIMITED', 429, 'Too many requests with this API token, try again later', { retryAfterSeconds });
    }
    logger.error('API token rate limiter unavailable, request allowed', { apiTokenId: tokenId, err: String(err) });
  }
}
