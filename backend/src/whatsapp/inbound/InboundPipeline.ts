import type { WAMessage } from '@whiskeysockets/baileys';
import type { Sequelize } from 'sequelize';
import { domainEvents } from '../../events/bus.js';
import { KeyedQueue } from '../../lib/keyedQueue.js';
import { logger } from '../../lib/logger.js';
import { saveInboundMessage } from './saveInboundMessage.js';
import { toInboundMessage } from './toInboundMessage.js';

export interface InboundTarget {
  companyId: number;
  whatsappId: number;
}

/**
 * The inbound path as named steps: map (skip status/groups/protocol) → save atomically (contact, ticket,
 * message; duplicates dropped by the unique index) → publish. Serialised per chat, parallel across chats.
 */
export class InboundPipeline {
  private readonly chats = new KeyedQueue();

  constructor(private readonly sequelize: Sequelize) {}

  accept(target: InboundTarget, message: WAMessage): Promise<void> {
    const inbound = toInboundMessage(message);
    if (!inbound) return Promise.resolve();
    return this.chats.run(`${target.whatsappId}:${inbound.number}`, async () => {
      try {
        const saved = await saveInboundMessage(this.sequelize, target, inbound);
        if (!saved) return;
        domainEvents.publish('message.created', { companyId: target.companyId, whatsappId: target.whatsappId, ...saved });
      } catch (err) {
        logger.error('inbound message not stored', { whatsappId: target.whatsappId, wid: inbound.wid, err: String(err) });
      }
    });
  }
}
