import type Bull from 'bull';
import { ctx } from '../../context.js';
import { lockCampaignPacing } from '../../db/campaignPacing.js';
import {
  advanceShippings,
  connectionsWithActiveCampaigns,
  failShippingsOfMessage,
  failWithdrawnShippings,
  finishDoneCampaigns,
  markShippingsReplied,
  startDueCampaigns,
  takenShippingsInFlight,
  type CampaignRef,
} from '../../db/campaignShippings.js';
import { domainEvents } from '../../events/bus.js';
import type { DomainEvents } from '../../events/payloads.js';
import { KeyedQueue } from '../../lib/keyedQueue.js';
import { logger } from '../../lib/logger.js';
import { createQueue } from '../../queues/createQueue.js';
import { Limiter } from '../../whatsapp/media/limiter.js';
import { advanceCampaignShippings } from './advanceCampaignShippings.js';
import { sendNextCampaignMessage } from './sendNextCampaignMessage.js';

// The campaign engine: when each connection takes its next turn (sendNextCampaignMessage.ts), and how a shipping
// follows its message (acks, the customer's reply, the outbound queue giving up). The tables are the truth; Bull
// delayed jobs, one per connection and time, are the alarm clock (the job id is derived from both: setting the
// same alarm twice adds nothing). What wakes a connection: an alarm, `campaign.changed` (started, resumed…), the
// ack of its message in flight, and the sweep — at boot, every 30 s and when Redis is back — which also catches
// up on what a crash lost (acks, due schedules, finished campaigns). Turns of one connection run one at a time
// in a process, and across processes they serialise on the connection's pacing row.

interface AlarmJob {
  whatsappId: number;
  at: number;
}

const SWEEP_EVERY_MS = 30_000;
/** Count moves of a campaign are announced at most this often (status changes at once). */
const ANNOUNCE_EVERY_MS = 1_000;
/** An alarm rung early (clocks) waits in the process for its time rather than being set again under the same id. */
const EARLY_TOLERANCE_MS = 2_000;
/**
 * The engine's transactions at once in a process (turns, acks): however many connections run campaigns, the
 * database pool (DATABASE_POOL_MAX, 10 by default) stays open to requests and the outbound queue. An ack's
 * transaction waits for its connection's pacing lock: unbounded, they could hold the whole pool while waiting.
 */
const transactions = new Limiter(4);

interface Engine {
  queue: Bull.Queue<AlarmJob>;
  lanes: KeyedQueue;
  /** Connections with a turn queued in `lanes` that has not started: a wake then adds nothing. */
  queued: Set<number>;
  /** Windows of the throttled announcements, per campaign. */
  windows: Map<number, { timer: NodeJS.Timeout; dirty?: CampaignRef }>;
  timers: Set<NodeJS.Timeout>;
  /** The engine's own announcements: its `campaign.changed` listener does not wake on them. */
  own: WeakSet<object>;
  stopped: boolean;
}

let engine: Engine | undefined;

function announce(ref: CampaignRef, statusChanged: boolean): void {
  const e = engine;
  if (!e || e.stopped) return;
  const window = e.windows.get(ref.id);
  if (window && !statusChanged) {
    window.dirty = ref;
    return;
  }
  const payload: DomainEvents['campaign.changed'] = { companyId: ref.companyId, action: 'updated', campaignId: ref.id, whatsappId: ref.whatsappId };
  e.own.add(payload);
  domainEvents.publish('campaign.changed', payload);
  if (window) {
    window.dirty = undefined;
    return;
  }
  const timer = setTimeout(() => {
    const dirty = e.windows.get(ref.id)?.dirty;
    e.windows.delete(ref.id);
    if (dirty) announce(dirty, false);
  }, ANNOUNCE_EVERY_MS);
  timer.unref();
  e.windows.set(ref.id, { timer });
}

/** Runs a turn of the connection now (in this process), unless one is already waiting to run. */
export function wakeCampaigns(whatsappId: number): Promise<void> {
  const e = engine;
  if (!e || e.stopped || e.queued.has(whatsappId)) return Promise.resolve();
  e.queued.add(whatsappId);
  return e.lanes.run(String(whatsappId), async () => {
    e.queued.delete(whatsappId);
    if (!e.stopped) await takeTurn(e, whatsappId);
  });
}

async function takeTurn(e: Engine, whatsappId: number): Promise<void> {
  try {
    const turn = await transactions.run(() => sendNextCampaignMessage(whatsappId));
    for (const ref of turn.statusChanged) announce(ref, true);
    for (const ref of turn.countsMoved) announce(ref, false);
    if (turn.wakeAt) setAlarm(e, whatsappId, turn.wakeAt);
  } catch (err) {
    if (e.stopped) return;
    logger.warn('campaign turn failed; its alarm tries again', { whatsappId, err: String(err) });
    setAlarm(e, whatsappId, new Date(Date.now() + 2_000));
  }
}

function setAlarm(e: Engine, whatsappId: number, at: Date): void {
  if (e.stopped) return;
  const time = at.getTime();
  e.queue
    .add({ whatsappId, at: time }, { jobId: `campaign:${whatsappId}:${time}`, delay: Math.max(0, time - Date.now()) })
    .catch((err: unknown) => logger.warn('campaign alarm not set; the sweep sets it', { whatsappId, err: String(err) }));
}

async function ring(e: Engine, job: AlarmJob): Promise<void> {
  const early = job.at - Date.now();
  if (early > 0 && early <= EARLY_TOLERANCE_MS) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        e.timers.delete(timer);
        resolve();
      }, early);
      e.timers.add(timer);
    });
  }
  await wakeCampaigns(job.whatsappId);
}

async function sweep(): Promise<void> {
  for (const ref of await startDueCampaigns(new Date())) announce(ref, true);
  for (const moved of await advanceShippings()) announce({ id: moved.campaignId, companyId: moved.companyId, whatsappId: moved.whatsappId }, false);
  for (const { whatsappId, messageId } of await takenShippingsInFlight()) await settleAck(whatsappId, messageId);
  for (const ref of await failWithdrawnShippings()) announce(ref, false);
  for (const ref of await finishDoneCampaigns()) announce(ref, true);
  for (const whatsappId of await connectionsWithActiveCampaigns()) void wakeCampaigns(whatsappId);
}

/**
 * A campaign message's ack: its shipping moves on — under the connection's pacing lock, so the pace is pushed
 * before any turn can claim the next one — and once it has left, the connection's next turn may come.
 */
async function settleAck(whatsappId: number, messageId: string | number): Promise<void> {
  const moved = await transactions.run(() =>
    ctx().sequelize.transaction(async (transaction) => {
      await lockCampaignPacing(transaction, whatsappId, new Date());
      return advanceCampaignShippings(transaction, messageId);
    }),
  );
  for (const shipping of moved) {
    announce({ id: shipping.campaignId, companyId: shipping.companyId, whatsappId: shipping.whatsappId }, false);
    if (shipping.previous !== 'sending') continue;
    for (const done of await finishDoneCampaigns(shipping.campaignId)) announce(done, true);
    void wakeCampaigns(whatsappId);
  }
}

async function advanceReceipts(messageId: string | number): Promise<void> {
  for (const moved of await advanceShippings(messageId, undefined, { leavingSending: false }))
    announce({ id: moved.campaignId, companyId: moved.companyId, whatsappId: moved.whatsappId }, false);
}

async function onSendFailed({ whatsappId, messageId, reason }: DomainEvents['message.sendFailed']): Promise<void> {
  for (const ref of await failShippingsOfMessage(messageId, reason)) {
    announce(ref, false);
    for (const done of await finishDoneCampaigns(ref.id)) announce(done, true);
  }
  void wakeCampaigns(whatsappId);
}

/** Starts the alarms' queue, the listeners and the sweep (now, then every 30 s). Returns the stop, which waits for running turns. */
export function startCampaignEngine(): () => Promise<void> {
  const queue = createQueue<AlarmJob>('campaign-alarms', { attempts: 3 });
  const e: Engine = { queue, lanes: new KeyedQueue(), queued: new Set(), windows: new Map(), timers: new Set(), own: new WeakSet(), stopped: false };
  engine = e;
  void queue.process(4, (job) => ring(e, job.data));
  const run = () => void sweep().catch((err: unknown) => logger.warn('campaign sweep failed', { err: String(err) }));
  // Back from a Redis outage (its alarms may be gone with it): look at every connection at once.
  let lost = false;
  queue.client.on('reconnecting', () => (lost = true));
  queue.client.on('ready', () => {
    if (lost && !e.stopped) run();
    lost = false;
  });
  const offs = [
    domainEvents.subscribe('campaign.changed', (payload) => {
      if (!e.own.has(payload) && payload.whatsappId !== null && payload.action !== 'deleted') void wakeCampaigns(payload.whatsappId);
    }),
    // Campaign messages are written as automatic ones: the acks of every other message are not looked at.
    domainEvents.subscribe('message.updated', ({ message }) => {
      if (!message.fromMe || !message.automatic || message.whatsappId === null) return;
      // Ack 1 (the outbound queue sent it) takes the shipping out of 'sending': under the pacing lock. Later
      // receipts only move shippings already out of it (one still 'sending' is moved by its own ack 1, or a turn).
      if (message.ack === 1) return settleAck(message.whatsappId, message.id);
      if (message.ack > 1) return advanceReceipts(message.id);
    }),
    domainEvents.subscribe('message.created', async ({ whatsappId, contact, message }) => {
      if (message.fromMe) return;
      for (const ref of await markShippingsReplied(contact.id, whatsappId)) announce(ref, false);
    }),
    domainEvents.subscribe('message.sendFailed', onSendFailed),
  ];
  run();
  const sweeper = setInterval(run, SWEEP_EVERY_MS);
  sweeper.unref();
  return async () => {
    e.stopped = true;
    clearInterval(sweeper);
    for (const off of offs) off();
    for (const timer of e.timers) clearTimeout(timer);
    for (const { timer } of e.windows.values()) clearTimeout(timer);
    e.windows.clear();
    await e.lanes.settled();
    if (engine === e) engine = undefined;
  };
}
