// Every request the fake received, in arrival order, and waits for "the n-th one" (tests wait for a condition,
// never sleep).
import type { RecordedRequest } from './types.js'

interface Waiter {
  ready(): boolean
  wake(): void
}

export class RequestLog {
  readonly all: RecordedRequest[] = []
  private readonly waiters = new Set<Waiter>()

  add(r: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    const record = { seq: this.all.length + 1, ...r }
    this.all.push(record)
    this.changed()
    return record
  }

  /** Tells waiters that a request arrived or was answered. */
  changed(): void {
    for (const w of this.waiters) if (w.ready()) w.wake()
  }

  to(path?: string): RecordedRequest[] {
    return path ? this.all.filter(r => r.path === path) : [...this.all]
  }

  /** Resolves once `count` requests (to `path`, when given) arrived, with all of them in order; rejects after `timeoutMs`. */
  waitFor(count: number, path?: string, timeoutMs = 15000): Promise<RecordedRequest[]> {
    return this.until(
      () => this.to(path).length >= count,
      () => this.to(path),
      timeoutMs,
      () => `${count} request(s)${path ? ` to ${path}` : ''}; got ${this.to(path).length}`,
    )
  }

  /** Resolves once `check` holds (checked on every arrival and answer). */
  until<T>(check: () => boolean, value: () => T, timeoutMs: number, what: () => string): Promise<T> {
    if (check()) return Promise.resolve(value())
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        ready: check,
        wake: () => {
          this.waiters.delete(waiter)
          clearTimeout(timer)
          resolve(value())
        },
      }
      const timer = setTimeout(() => {
        this.waiters.delete(waiter)
        reject(new Error(`fake OpenAI: waited ${timeoutMs} ms for ${what()}`))
      }, timeoutMs)
      timer.unref()
      this.waiters.add(waiter)
    })
  }

  clear(): void {
    this.all.length = 0
  }
}
