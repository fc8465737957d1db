// Per-test scripting of one endpoint: a queue of behaviours for the next calls, then a responder function, then
// the brain. The queue is taken one behaviour per valid call, in arrival order.

type Maybe<T> = T | undefined | Promise<T | undefined>

export class Script<Call, Behaviour> {
  private readonly queue: Behaviour[] = []
  private responder: ((call: Call) => Maybe<Behaviour>) | undefined

  /** Queues behaviours for the next calls, after those already queued. */
  push(behaviours: Behaviour[]): void {
    this.queue.push(...behaviours)
  }

  /** Answers every call the queue does not cover; undefined from it lets the brain answer. Replaces the previous one. */
  respondWith(responder: ((call: Call) => Maybe<Behaviour>) | undefined): void {
    this.responder = responder
  }

  /** Behaviours queued and not yet used. */
  get pending(): number {
    return this.queue.length
  }

  async next(call: Call): Promise<Behaviour | undefined> {
    return this.queue.shift() ?? (await this.responder?.(call))
  }

  reset(): void {
    this.queue.length = 0
    this.responder = undefined
  }
}
