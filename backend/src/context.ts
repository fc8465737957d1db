import type { Sequelize } from 'sequelize';
import type { Config } from './config/index.js';
import type { RedisClient } from './lib/redis.js';
import type { WhatsappSessions } from './whatsapp/WhatsappSessions.js';
import type { OutboundSender } from './whatsapp/outbound/OutboundSender.js';

/** What the running process shares: set once at boot by startAtende(), read by services. */
export interface AppContext {
  config: Config;
  sequelize: Sequelize;
  redis: RedisClient;
  whatsappSessions: WhatsappSessions;
  outbound: OutboundSender;
}

let current: AppContext | undefined;

export function setContext(context: AppContext | undefined): void {
  current = context;
}

export function ctx(): AppContext {
  if (!current) throw new Error('Atende context used before boot');
  return current;
}
