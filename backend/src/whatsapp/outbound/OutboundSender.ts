import { isAbsolute, join } from 'node:path';
import type Bull from 'bull';
import { ctx, type OutboundQueue } from '../../context.js';
import { signedText } from '../../lib/signature.js';
import { isUnsent, lockUnsent, unsentMessages } from '../../db/outbound.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { closeQueue, createQueue } from '../../queues/createQueue.js';
import { applyAck } from './applyAck.js';
import { buildContent } from './buildContent.js';

interface OutboundJob {
  messageId: string;
}

export interface OutboundOptions {
  /** How long one job waits for a disconnected connection before Bull retries it. */
  waitForConnectionMs: number;
  /** Jobs waiting this long while this process's worker takes none: the worker is rebuilt (see Lane). */
  stuckAfterMs?: number;
}

/**
 * One connection's queue and its worker, and what this process saw the worker do. Bull 4's worker can stop
 * taking jobs after Redis restarts in the middle of its loop (jobs wait, nothing runs — reproduced by the
 * Redis-restart case of test/campaigns/campaignRestart.test.ts; the Bull "stuck after reconnect" family):
 * so a lane is rebuilt, new Bull objects and a fresh loop, when Redis comes back, and by the watchdog when
 * jobs wait while no handler has run for `stuckAfterMs`. Rebuilding cannot send twice: the abandoned worker's
 * handler, if one is still running, and the new one both send under the row's lock and only while its ack is 0.
 */
interface Lane {
  queue: Bull.Queue<OutboundJob>;
  running: number;
  lastActivityAt: number;
}

/**
 * Sends stored messages through Bull: one queue per connection, one job at a time, so messages leave in
 * the order they were written — also after the connection was down for a while, since the job at the
 * head waits for the connection instead of letting later ones overtake it. A job carries only the
 * message id; the row is the truth, and sending reuses the row's WhatsApp id, so a retried job is
 * recognised by WhatsApp instead of duplicated.
 */
export class OutboundSender implements OutboundQueue {
  private readonly lanes = new Map<number, Lane>();
  private sweeper?: NodeJS.Timeout;
  private watchdog?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private closed = false;

  constructor(private readonly options: OutboundOptions) {}

  private queueFor(whatsappId: number): Bull.Queue<OutboundJob> {
    return (this.lanes.get(whatsappId) ?? this.openLane(whatsappId)).queue;
  }

  private openLane(whatsappId: number): Lane {
    const queue = createQueue<OutboundJob>(`outbound:${whatsappId}`, { attempts: 20 });
    const lane: Lane = { queue, running: 0, lastActivityAt: Date.now() };
    void queue.process(1, async (job) => {
      lane.running += 1;
      lane.lastActivityAt = Date.now();
      try {
        await this.send(whatsappId, job.data.messageId);
      } finally {
        lane.running -= 1;
        lane.lastActivityAt = Date.now();
      }
    });
    // Its last attempt failed: the message stays unsent (and its job id keeps the sweep from queueing it again);
    // whoever wrote it is told (a campaign marks its recipient failed).
    queue.on('failed', (job, err) => {
      if (job.attemptsMade >= (job.opts.attempts ?? 1))
        domainEvents.publish('message.sendFailed', { whatsappId, messageId: job.data.messageId, reason: err.message || 'ERR_SEND_FAILED' });
    });
    // Back from an outage: a fresh worker, and what could not be queued meanwhile is queued now, not at the next
    // periodic sweep.
    let lost = false;
    queue.client.on('reconnecting', () => (lost = true));
    queue.client.on('ready', () => {
      if (!lost) return;
      lost = false;
      this.rebuildLane(whatsappId, lane, 'Redis came back');
    });
    this.lanes.set(whatsappId, lane);
    return lane;
  }

  private rebuildLane(whatsappId: number, lane: Lane, why: string): void {
    if (this.closed || this.lanes.get(whatsappId) !== lane) return;
    logger.warn('outbound worker rebuilt', { whatsappId, why });
    this.lanes.delete(whatsappId);
    // Not waiting for its active job: a handler still running finishes its send on its own (the row decides).
    void closeQueue(lane.queue).catch(() => undefined);
    this.openLane(whatsappId);
    void this.sweepUnsent().catch(() => undefined);
  }

  /** Rebuilds the lanes whose jobs wait while no handler ran for `stuckAfterMs` (see Lane). */
  private async checkLanes(): Promise<void> {
    const stuckAfterMs = this.options.stuckAfterMs ?? 20_000;
    for (const [whatsappId, lane] of [...this.lanes]) {
      if (lane.running > 0 || Date.now() - lane.lastActivityAt < stuckAfterMs) continue;
      const waiting = await lane.queue.getWaitingCount().catch(() => 0);
      if (waiting > 0) this.rebuildLane(whatsappId, lane, `${waiting} jobs waiting, none taken for ${stuckAfterMs} ms`);
    }
  }

  /**
   * Queues a committed reply without making the caller wait on Redis: while Redis is away, Bull's client holds
   * the add until it is back (or gives up after its retries), and the sweep queues whatever is still unsent
   * then. The job id is the message id and the row's ack is the truth, so no reply goes out twice.
   */
  enqueue(whatsappId: number, messageId: number | string): void {
    this.add(whatsappId, String(messageId)).catch((err: unknown) =>
      logger.warn('message stored but not queued yet; the sweep queues it once Redis is back', { whatsappId, messageId: String(messageId), err: String(err) }),
    );
  }

  private async add(whatsappId: number, messageId: string): Promise<void> {
    await this.queueFor(whatsappId).add({ messageId }, { jobId: `message:${messageId}` });
  }

  /**
   * Queues every reply still waiting in the database (ack 0) — at boot, periodically, and when Redis comes back
   * — for a row whose add failed. Job ids are message ids, so a reply already queued is not queued twice. One
   * sweep at a time: while Redis is away, a sweep waits on its first add.
   */
  sweepUnsent(): Promise<void> {
    this.sweeping ??= this.sweep().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async sweep(): Promise<void> {
    for (const row of await unsentMessages()) await this.add(row.whatsappId, row.id);
  }

  startSweeping(everyMs = 60_000, checkEveryMs = 5_000): void {
    this.sweeper = setInterval(() => void this.sweepUnsent().catch(() => undefined), everyMs);
    this.sweeper.unref();
    this.watchdog = setInterval(() => void this.checkLanes().catch(() => undefined), checkEveryMs);
    this.watchdog.unref();
  }

  private async send(whatsappId: number, messageId: string): Promise<void> {
    if (!(await isUnsent(whatsappId, messageId))) return; // sent by an earlier attempt, or withdrawn

    const { sequelize, whatsappSessions, config } = ctx();
    const session = whatsappSessions.get(whatsappId);
    if (!session) throw new Error(`whatsapp ${whatsappId} has no session`);
    await session.waitUntilConnected(this.options.waitForConnectionMs);

    // What goes out is the row as it stands at the moment of sending, read and sent under its lock. An edit or
    // a delete takes the same lock, so it lands either before (the new text goes out, a deleted reply not at
    // all) or after (ack 1: a change of a sent message, told to WhatsApp) — never in between.
    await sequelize.transaction(async (transaction) => {
      const row = await lockUnsent(transaction, whatsappId, messageId);
      if (!row) return;
      const sock = session.socket;
      if (!sock) throw new Error(`whatsapp ${whatsappId} lost its socket`);
      const jid = `${row.number}@s.whatsapp.net`;
      const file = row.mediaPath ? (isAbsolute(row.mediaPath) ? row.mediaPath : join(config.mediaDir, row.mediaPath)) : null;
      const quoted = row.quotedWid
        ? { key: { remoteJid: jid, id: row.quotedWid, fromMe: row.quotedFromMe === true }, message: { conversation: row.quotedBody ?? '' } }
        : undefined;
      await sock.sendMessage(jid, buildContent({ ...row, body: signedText(row.body, row.signature), file }), { messageId: row.wid, ...(quoted && { quoted }) });
      await applyAck(whatsappId, row.wid, 1, transaction);
    });
  }

  close(): void {
    this.closed = true;
    clearInterval(this.sweeper);
    clearInterval(this.watchdog);
    this.lanes.clear();
  }
}
