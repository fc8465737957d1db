import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { ctx } from '../context.js';
import { AppError } from '../errors/AppError.js';
import { registry } from '../lib/metrics.js';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Prometheus metrics. Never public: with METRICS_TOKEN set, a matching bearer token is required; without
 * it, only scrapes from this machine's loopback are answered (nginx does not proxy /metrics at all).
 */
export async function metricsHandler(req: Request, res: Response): Promise<void> {
  const { metricsToken } = ctx().config;
  const header = req.header('authorization') ?? '';
  if (metricsToken) {
    if (!header.startsWith('Bearer ') || !sameSecret(header.slice(7), metricsToken)) throw AppError.forbidden();
  } else if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || req.header('x-forwarded-for')) {
    throw AppError.notFound('ERR_NOT_FOUND', 'Not found');
  }
  res.setHeader('Content-Type', registry.contentType);
  res.send(await registry.metrics());
}
