// A buffered event stream: tests take events in order with next(), or subscribe; nothing is missed in between.
export class Inbox<T> {
  private readonly items: T[] = []
  private readonly waiters: Array<{ filter?: (t: T) => boolean; resolve(t: T): void }> = []
  private readonly subscribers = new Set<(t: T) => void>()
  /** Everything ever pushed, in order (bounded, for inspection). */
  readonly history: T[] = []

  push(item: T): void {
    this.history.push(item)
    if (this.history.length > 10000) this.history.shift()
    for (const s of this.subscribers) s(item)
    const i = this.waiters.findIndex(w => !w.filter || w.filter(item))
    if (i >= 0) {
      const [w] = this.waiters.splice(i, 1)
      w?.resolve(item)
      return
    }
    this.items.push(item)
    if (this.items.length > 10000) this.items.shift()
  }

  subscribe(cb: (t: T) => void): () => void {
    this.subscribers.add(cb)
    return () => this.subscribers.delete(cb)
  }

  next(timeoutMs: number, filter?: (t: T) => boolean): Promise<T> {
    const i = this.items.findIndex(t => !filter || filter(t))
    if (i >= 0) return Promise.resolve(this.items.splice(i, 1)[0] as T)
    return new Promise((resolve, reject) => {
      const waiter = {
        filter,
        resolve: (t: T) => {
          clearTimeout(timer)
          resolve(t)
        },
      }
      const timer = setTimeout(() => {
        const at = this.waiters.indexOf(waiter)
        if (at >= 0) this.waiters.splice(at, 1)
        reject(new Error(`nothing arrived within ${timeoutMs} ms`))
      }, timeoutMs)
      timer.unref() // a forgotten wait must not keep a test process alive
      this.waiters.push(waiter)
    })
  }

  /** Drops buffered, untaken items. */
  clear(): void {
    this.items.length = 0
  }
}
