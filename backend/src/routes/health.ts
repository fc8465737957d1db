import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { ctx } from '../context.js';
import { pingDatabase } from '../db/health.js';
import { withTimeout } from '../lib/redis.js';

type Check = 'up' | 'down';

async function probe(what: string, run: () => Promise<unknown>): Promise<Check> {
  try {
    await withTimeout(run(), 2_000, what);
    return 'up';
  } catch {
    return 'down';
  }
}

// Public on purpose (load balancers, install.sh, docker health checks): it says up or down, nothing more.
export const healthRouter = Router();

healthRouter.get('/', async (_req, res) => {
  const { redis } = ctx();
  const [database, redisCheck] = await Promise.all([probe('database', pingDatabase), probe('redis', () => redis.ping())]);
  const ok = database === 'up' && redisCheck === 'up';
  res.setHeader('Cache-Control', 'no-store');
  res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks: { database, redis: redisCheck } } satisfies Answer<'GET /api/health'>);
});
