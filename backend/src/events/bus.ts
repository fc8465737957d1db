import { EventEmitter } from 'node:events';
import type { Transaction } from 'sequelize';
import { logger } from '../lib/logger.js';
import type { DomainEventName, DomainEvents } from './payloads.js';

/** The in-process publish/subscribe of the domain events named in payloads.ts. */
class DomainEventBus {
  private readonly emitter = new EventEmitter({ captureRejections: false });

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  subscribe<K extends DomainEventName>(name: K, listener: (payload: DomainEvents[K]) => void | Promise<void>): () => void {
    // A failing listener must never break the use case that published the event, nor the other listeners.
    const safe = (payload: DomainEvents[K]): void => {
      Promise.resolve()
        .then(() => listener(payload))
        .catch((err: unknown) => logger.error('domain event listener failed', { event: name, err: String(err) }));
    };
    this.emitter.on(name, safe);
    return () => this.emitter.off(name, safe);
  }

  /** Publishes now. Use publishAfterCommit inside a transaction. */
  publish<K extends DomainEventName>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
  }

  /** Publishes once the transaction commits, and never if it rolls back. */
  publishAfterCommit<K extends DomainEventName>(transaction: Transaction | null | undefined, name: K, payload: DomainEvents[K]): void {
    if (!transaction) return this.publish(name, payload);
    transaction.afterCommit(() => this.publish(name, payload));
  }

  clear(): void {
    this.emitter.removeAllListeners();
  }
}

export const domainEvents = new DomainEventBus();
