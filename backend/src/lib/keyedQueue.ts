/**
 * Runs tasks one at a time per key and in parallel across keys: messages of one chat keep their order,
 * while different chats do not wait for each other. Memory is bounded by the chats in flight.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves once every task queued so far (and any queued meanwhile) has run. */
  async settled(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }

  get size(): number {
    return this.tails.size;
  }
}
