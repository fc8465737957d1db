import Bull from 'bull';
import { ctx } from '../context.js';
import { logger } from '../lib/logger.js';

// The one place Bull queues are made: shared defaults, one key prefix per install, a registry for shutdown.
const open = new Set<Bull.Queue>();

export function createQueue<T>(name: string, jobDefaults: Bull.JobOptions = {}): Bull.Queue<T> {
  const { redisUrl, redisPrefix } = ctx().config;
  const queue = new Bull<T>(name, redisUrl, {
    prefix: `${redisPrefix}bull`,
    // Bull's own reconnect delay grows to 20 s: after an outage, jobs would wait that long once Redis is back.
    // Capped at 5 s, like our other Redis clients (lib/redis.ts).
    redis: { retryStrategy: (times: number) => Math.min(200 * 2 ** times, 5_000) },
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: 1_000,
      removeOnFail: 5_000,
      ...jobDefaults,
    },
  });
  queue.on('error', (err) => logger.error('queue error', { queue: name, err: err.message }));
  queue.on('failed', (job, err) => logger.warn('job failed', { queue: name, jobId: job.id, attempt: job.attemptsMade, err: err.message }));
  open.add(queue);
  return queue;
}

/** Closes one queue now, without waiting for its active jobs (they are abandoned to Bull's stalled-job recovery). */
export async function closeQueue(queue: Bull.Queue): Promise<void> {
  open.delete(queue);
  await queue.close(true);
}

/** Stops taking jobs and closes the connections; active jobs are abandoned to Bull's stalled-job recovery. */
export async function closeAllQueues(): Promise<void> {
  const queues = [...open];
  open.clear();
  await Promise.allSettled(queues.map((q) => q.close(true)));
}
