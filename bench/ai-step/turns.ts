// The clock of the AI step benchmark: every customer message carries a token ("#a17"), the fake model answers
// "Resposta #a17", and the moments of each turn are taken where they happen — the inbound row committed and
// the reply row committed (domain events, published after commit), the request's arrival and the answer's
// departure at the fake server (its own records). One clock for all: epoch ms from performance.now(), as the
// fake server stamps its records, in this one process.
import { performance } from 'node:perf_hooks';
import type { WAMessage } from '@whiskeysockets/baileys';
import type { ChatCall, ChatResponder, RecordedRequest } from '../../simulator/src/index.js';
import { agentReply } from '../../simulator/src/index.js';
import { domainEvents } from '../../backend/src/events/bus.js';
import type { InboundPipeline } from '../../backend/src/whatsapp/inbound/InboundPipeline.js';
import { sleep } from '../lib/stats.js';

export const epochNow = (): number => performance.timeOrigin + performance.now();

export interface Turn {
  token: string;
  whatsappId: number;
  number: string;
  /** The customer's message handed to the inbound pipeline (as Baileys would, after decryption). */
  acceptedAt: number;
  /** Its row committed (message.created). */
  storedAt?: number;
  /** The model's request received by the fake server (body read). */
  request?: RecordedRequest;
  /** The reply's outbound row committed (message.created, fromMe). */
  repliedAt?: number;
}

const TOKEN = /#([a-z0-9]+)\b/;
const REPLY_PREFIX = 'Resposta #';

/** Follows every turn of a run; `model` sets how long the fake model takes for the next requests. */
export class TurnLog {
  readonly turns = new Map<string, Turn>();
  modelMs = 0;
  private readonly waiters = new Map<string, () => void>();
  private off: (() => void) | undefined;

  /** Subscribes to the domain events (again after a backend restart: closing one clears the bus). */
  listen(): void {
    this.off?.();
    this.off = domainEvents.subscribe('message.created', ({ message }) => {
      const at = epochNow();
      const token = TOKEN.exec(message.body)?.[1];
      const turn = token ? this.turns.get(token) : undefined;
      if (!turn) return;
      if (!message.fromMe) turn.storedAt ??= at;
      else if (message.body.startsWith(REPLY_PREFIX)) {
        turn.repliedAt ??= at;
        this.waiters.get(turn.token)?.();
      }
    });
  }

  /** The fake model's answer: the agent's JSON when asked for it, plain text otherwise (the naive listener). */
  readonly responder: ChatResponder = (call: ChatCall) => {
    const token = TOKEN.exec(call.lastUser)?.[1];
    const turn = token ? this.turns.get(token) : undefined;
    if (turn) turn.request ??= call.record;
    const reply = `${REPLY_PREFIX}${token ?? '?'}: o corte custa R$ 50,00.`;
    return { ...(call.jsonMode ? { json: agentReply({ reply }) } : { text: reply }), delayMs: this.modelMs };
  };

  /** Hands one customer message to the pipeline; resolves once its reply row is stored. */
  async send(pipeline: InboundPipeline, companyId: number, turn: Omit<Turn, 'acceptedAt'>, timeoutMs = 60_000): Promise<Turn> {
    const replied = this.replied(turn.token, timeoutMs);
    const t = this.accept(pipeline, companyId, turn);
    await replied;
    return t;
  }

  /** Hands a message over without waiting for the reply. */
  accept(pipeline: InboundPipeline, companyId: number, turn: Omit<Turn, 'acceptedAt'>): Turn {
    const t: Turn = { ...turn, acceptedAt: epochNow() };
    this.turns.set(t.token, t);
    void pipeline.accept({ companyId, whatsappId: turn.whatsappId }, waMessage(t));
    return t;
  }

  /** Resolves once the reply to `token` is stored. */
  replied(token: string, timeoutMs: number): Promise<void> {
    if (this.turns.get(token)?.repliedAt !== undefined) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(token);
        reject(new Error(`no reply to #${token} stored within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(token, () => {
        clearTimeout(timer);
        this.waiters.delete(token);
        resolve();
      });
    });
  }

  /** Waits until every given turn has its reply (checked, not slept on: a poll of what the events wrote). */
  async allReplied(turns: Turn[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (turns.some((t) => t.repliedAt === undefined)) {
      if (Date.now() > deadline)
        throw new Error(`${turns.filter((t) => t.repliedAt === undefined).length} of ${turns.length} chats unanswered after ${timeoutMs} ms`);
      await sleep(5);
    }
  }
}

let seq = 0;
/** A text message as Baileys hands it over after decryption. */
function waMessage(turn: Turn): WAMessage {
  return {
    key: { id: `3EB0BENCHAI${(seq++).toString(16).toUpperCase().padStart(10, '0')}`, remoteJid: `${turn.number}@s.whatsapp.net`, fromMe: false },
    message: { conversation: `Oi, quanto custa o corte? #${turn.token}` },
    pushName: `Cliente ${turn.number.slice(-4)}`,
    messageTimestamp: Math.floor(Date.now() / 1000),
  };
}

/** A WhatsApp number for chat `i` of a phase (`base` keeps phases apart). */
export const numberFor = (base: number, i: number): string => `5511${String(base + i).padStart(9, '0')}`;
