import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { logger } from '../../lib/logger.js';

// Fixed windows in Redis, shared by every backend process. Per IP every attempt counts (password
// spraying); per e-mail only failures count, and a success clears them (brute force on one account).
const ipKey = (ip: string) => `${ctx().config.redisPrefix}ratelimit:login:ip:${ip}`;
const emailKey = (email: string) => `${ctx().config.redisPrefix}ratelimit:login:email:${email}`;

async function hit(key: string, windowSeconds: number): Promise<{ count: number; ttl: number }> {
  const { redis } = ctx();
  const [count, , ttl] = (await redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec()) as unknown as [number, number, number];
  return { count, ttl };
}

async function peek(key: string): Promise<{ count: number; ttl: number }> {
  const { redis } = ctx();
  const [count, ttl] = (await redis.multi().get(key).ttl(key).exec()) as unknown as [string | null, number];
  return { count: count ? Number(count) : 0, ttl };
}

function tooMany(retryAfter: number): AppError {
  return new AppError('ERR_TOO_MANY_ATTEMPTS', 429, 'Too many login attempts, try again later', {
    retryAfterSeconds: Math.max(1, retryAfter),
  });
}

/** Counts this attempt; throws 429 when the IP or the e-mail is over its limit. Redis down: let it through. */
export async function checkLoginAllowed(ip: string, email: string): Promise<void> {
  const { windowSeconds, perIp, perEmail } = ctx().config.loginRateLimit;
  try {
    const byIp = await hit(ipKey(ip), windowSeconds);
    if (byIp.count > perIp) throw tooMany(byIp.ttl);
    const byEmail = await peek(emailKey(email));
    if (byEmail.count >= perEmail) throw tooMany(byEmail.ttl);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Availability over strictness: a Redis outage must not lock every attendant out. Logged loudly.
    logger.error('login rate limiter unavailable, attempt allowed', { err: String(err) });
  }
}

export async function recordLoginFailure(email: string): Promise<void> {
  try {
    await hit(emailKey(email), ctx().config.loginRateLimit.windowSeconds);
  } catch (err) {
    logger.error('login rate limiter unavailable, failure not counted', { err: String(err) });
  }
}

export async function clearLoginFailures(email: string): Promise<void> {
  try {
    await ctx().redis.del(emailKey(email));
  } catch (err) {
    logger.error('login rate limiter unavailable, failures not cleared', { err: String(err) });
  }
}
