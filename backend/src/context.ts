import type { WASocket } from '@whiskeysockets/baileys';
import type { Sequelize } from 'sequelize';
import type { Config } from './config/index.js';
import type { RedisClient } from './lib/redis.js';

// What services need of the WhatsApp side, as small interfaces: context.ts imports no session or queue code
// (they import this module to reach the database), so the import map has no circle through it.

/** One connection's live socket, as a use case sees it. */
export interface LiveSession {
  /** The open Baileys socket; undefined while connecting or stopped. */
  readonly socket: WASocket | undefined;
  /** Resolves once the connection is open (now, or after a reconnect); rejects after `timeoutMs`. */
  waitUntilConnected(timeoutMs: number): Promise<void>;
}

/** The WhatsApp sessions this process owns, one per connection (implemented by whatsapp/WhatsappSessions.ts). */
export interface SessionControl {
  get(whatsappId: number): LiveSession | undefined;
  /** Starts the connection, or restarts it when it is already running. */
  start(whatsappId: number): Promise<void>;
  logout(whatsappId: number): Promise<void>;
}

/** Where committed replies wait to be sent (implemented by whatsapp/outbound/OutboundSender.ts). */
export interface OutboundQueue {
  /** Queues a committed reply; never makes the caller wait on Redis. */
  enqueue(whatsappId: number, messageId: number | string): void;
  /** Queues every reply still unsent in the database. */
  sweepUnsent(): Promise<void>;
}

/** What the running process shares: set once at boot by startAtende(), read by services. */
export interface AppContext {
  config: Config;
  sequelize: Sequelize;
  redis: RedisClient;
  whatsappSessions: SessionControl;
  outbound: OutboundQueue;
}

let current: AppContext | undefined;

export function setContext(context: AppContext | undefined): void {
  current = context;
}

export function ctx(): AppContext {
  if (!current) throw new Error('Atende context used before boot');
  return current;
}
