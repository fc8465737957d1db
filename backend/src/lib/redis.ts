import { createClient } from 'redis';
import { logger } from './logger.js';

export type RedisClient = ReturnType<typeof createClient>;

export async function connectRedis(url: string, name: string): Promise<RedisClient> {
  const client = createClient({
    url,
    // Fail fast instead of queueing commands forever while Redis is away; callers decide what to do.
    disableOfflineQueue: true,
    socket: { connectTimeout: 3_000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
  });
  let down = false;
  client.on('error', (err: Error) => {
    if (!down) logger.error('redis connection error', { client: name, err: err.message });
    down = true;
  });
  client.on('ready', () => {
    if (down) logger.info('redis connection restored', { client: name });
    down = false;
  });
  await client.connect();
  return client;
}

/** Closes gracefully when connected; a client that is reconnecting to a dead server is destroyed instead. */
export async function closeRedis(client: RedisClient): Promise<void> {
  if (!client.isOpen) return;
  if (!client.isReady) return client.destroy();
  await withTimeout(client.close(), 2_000, 'redis close').catch(() => client.destroy());
}

/** Resolves with the promise's value, or rejects after `ms` (for probes that must not hang). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
