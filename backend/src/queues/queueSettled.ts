import type Bull from 'bull';

/**
 * Resolves once the jobs being added (`adding`) are in and the queue has nothing waiting, delayed or running:
 * "everything queued so far has run" (tests, which wait for a condition instead of sleeping).
 */
export async function queueSettled(queue: Bull.Queue | undefined, adding: Set<Promise<unknown>>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (adding.size > 0) await Promise.allSettled([...adding]);
  for (;;) {
    const counts = await queue?.getJobCounts();
    if (!counts || counts.waiting + counts.active + counts.delayed === 0) return;
    if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
