// Feeds planned messages to a handler (the real pipeline or the Whaticket-style path) and times each one
// from the moment it enters the handler to the moment its `appMessage` reaches a connected socket.io client.
import { performance } from 'node:perf_hooks';
import type { WAMessage } from '@whiskeysockets/baileys';
import type { Socket } from 'socket.io-client';
import type { InboundTarget } from '../../backend/src/whatsapp/inbound/InboundPipeline.js';
import { sleep, summary } from '../lib/stats.js';
import type { PlannedMessage } from './messages.js';

export type Handler = (target: InboundTarget, message: WAMessage) => Promise<void>;

/** One way of storing inbound messages, with a count of the messages it stored and announced so far. */
export interface InboundPath {
  name: string;
  handle: Handler;
  published(): number;
}

export interface RunResult {
  offered: number;
  /** Messages the path stored and announced (an `appMessage` emitted). */
  published: number;
  /** `appMessage` events received by the socket for messages of this run. */
  arrived: number;
  /** Handler calls that threw (the Whaticket-style path; the real pipeline logs and drops instead). */
  failed: number;
  /** Stored messages per second: arrivals over the time from the first message in to the last event out. */
  rate: number;
  latency: { p50: number; p95: number; p99: number; max: number };
}

/** Listens once per run; `appMessage` payloads are matched to their start time by WhatsApp message id. */
class Tracker {
  private readonly started = new Map<string, number>();
  readonly latencies: number[] = [];
  private readonly published0: number;
  firstStart = Number.POSITIVE_INFINITY;
  lastArrival = 0;
  private readonly offSocket: () => void;

  constructor(
    socket: Socket,
    private readonly path: InboundPath,
  ) {
    this.published0 = path.published();
    const onMessage = (payload: { message?: { wid?: string } }) => {
      const now = performance.now();
      const start = this.started.get(payload.message?.wid ?? '');
      if (start === undefined) return;
      this.started.delete(payload.message!.wid!);
      this.latencies.push(now - start);
      this.lastArrival = now;
    };
    socket.on('appMessage', onMessage);
    this.offSocket = () => socket.off('appMessage', onMessage);
  }

  start(wid: string, at: number): void {
    this.started.set(wid, at);
    if (at < this.firstStart) this.firstStart = at;
  }

  async finish(offered: number, failed: number): Promise<RunResult> {
    // Every handler has settled; events still travelling get a bounded grace period.
    const published = this.path.published() - this.published0;
    const deadline = performance.now() + 10_000;
    while (this.latencies.length < published && performance.now() < deadline) await sleep(5);
    this.offSocket();
    const arrived = this.latencies.length;
    return { offered, published, arrived, failed, rate: arrived / ((this.lastArrival - this.firstStart) / 1000), latency: summary(this.latencies) };
  }
}

/** The longest a run keeps offering messages: the whole suite must stay under 5 minutes even on a busy box. */
const MAX_OFFER_MS = 15_000;

const target = (companyId: number, p: PlannedMessage): InboundTarget => ({ companyId, whatsappId: p.whatsappId });

/**
 * Open loop at a fixed offered rate, like customers who do not wait for the server. Latency counts from
 * when each message was due, so a stalled event loop shows up in the figures instead of hiding them.
 */
export async function runPaced(path: InboundPath, plan: PlannedMessage[], perSecond: number, socket: Socket, companyId: number): Promise<RunResult> {
  plan = plan.slice(0, Math.ceil((perSecond * MAX_OFFER_MS) / 1000));
  const tracker = new Tracker(socket, path);
  const interval = 1000 / perSecond;
  const pending: Promise<void>[] = [];
  let failed = 0;
  const t0 = performance.now() + 10;
  let next = 0;
  while (next < plan.length) {
    const now = performance.now();
    for (; next < plan.length && t0 + next * interval <= now; next++) {
      const p = plan[next]!;
      tracker.start(p.message.key.id!, t0 + next * interval);
      pending.push(path.handle(target(companyId, p), p.message).catch(() => void failed++));
    }
    await sleep(1);
  }
  await Promise.all(pending);
  return tracker.finish(plan.length, failed);
}

/**
 * As fast as it goes, with `window` messages in flight (decrypted and handed over, not yet stored). Stops
 * taking new messages after MAX_OFFER_MS, so a busy machine shortens the run instead of overrunning it.
 */
export async function runWindowed(path: InboundPath, plan: PlannedMessage[], window: number, socket: Socket, companyId: number): Promise<RunResult> {
  const tracker = new Tracker(socket, path);
  let failed = 0;
  let next = 0;
  const stopAt = performance.now() + MAX_OFFER_MS;
  const worker = async () => {
    while (next < plan.length && performance.now() < stopAt) {
      const p = plan[next++]!;
      tracker.start(p.message.key.id!, performance.now());
      await path.handle(target(companyId, p), p.message).catch(() => void failed++);
    }
  };
  await Promise.all(Array.from({ length: window }, worker));
  return tracker.finish(next, failed);
}
