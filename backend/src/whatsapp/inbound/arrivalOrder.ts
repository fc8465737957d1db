interface Pending<T> {
  id: string;
  arrivedAt: number;
  item?: T;
}

/**
 * Puts a sender's messages back in the order WhatsApp delivered them before they reach the inbound pipeline.
 *
 * Baileys can hand them over out of order: the first burst from a new contact stores its LID↔number mapping
 * outside Baileys' message lock, so a later stanza that finds the mapping already stored overtakes the
 * earlier ones (seen as "msg 9, msg 0, msg 1…" in a new chat). The stanzas themselves come off the socket in
 * order, so the session notes each one as it arrives (`arrived`) and this releases upserted messages per
 * sender in that order. A stanza that never becomes an upsert (ignored by Baileys) stops holding the ones
 * behind it after `maxWaitMs`; a message that was not noted on arrival (our own sends) passes straight on.
 */
export class ArrivalOrder<T> {
  private readonly queues = new Map<string, Pending<T>[]>();
  private readonly senderOf = new Map<string, string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly release: (item: T) => void,
    private readonly maxWaitMs = 5_000,
  ) {}

  /** A `<message>` stanza came off the socket (called synchronously, in socket order). */
  arrived(from: string | undefined, id: string | undefined): void {
    if (!from || !id || this.senderOf.has(id)) return; // a resend of one still pending keeps its place
    this.senderOf.set(id, from);
    const queue = this.queues.get(from) ?? [];
    queue.push({ id, arrivedAt: Date.now() });
    this.queues.set(from, queue);
    this.schedule(from);
  }

  /** Baileys upserted the message with this id: release it now, or once the ones that arrived before it are. */
  upserted(id: string | null | undefined, item: T): void {
    const from = id ? this.senderOf.get(id) : undefined;
    const entry = from ? this.queues.get(from)?.find((pending) => pending.id === id && !pending.item) : undefined;
    if (!from || !entry) return this.release(item);
    entry.item = item;
    this.drain(from);
  }

  /** Releases everything still held, in order (the connection is closing). */
  flush(): void {
    for (const from of [...this.queues.keys()]) this.drain(from, Number.POSITIVE_INFINITY);
  }

  private drain(from: string, now = Date.now()): void {
    const queue = this.queues.get(from) ?? [];
    while (queue.length > 0) {
      const head = queue[0]!;
      if (head.item === undefined && now - head.arrivedAt < this.maxWaitMs) break;
      queue.shift();
      this.senderOf.delete(head.id);
      if (head.item !== undefined) this.release(head.item);
    }
    if (queue.length === 0) this.queues.delete(from);
    this.schedule(from);
  }

  /** One timer per sender, due when its oldest pending stanza stops holding the others. */
  private schedule(from: string): void {
    clearTimeout(this.timers.get(from));
    this.timers.delete(from);
    const head = this.queues.get(from)?.[0];
    if (!head) return;
    const due = Math.max(0, head.arrivedAt + this.maxWaitMs - Date.now());
    const timer = setTimeout(() => this.drain(from), due);
    timer.unref();
    this.timers.set(from, timer);
  }
}
