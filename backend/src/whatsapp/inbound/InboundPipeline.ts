import type { WACallEvent, WAMessage, WASocket } from '@whiskeysockets/baileys';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import { KeyedQueue } from '../../lib/keyedQueue.js';
import { logger } from '../../lib/logger.js';
import type { MessageRow } from '../../db/messages.js';
import { downloadInboundMedia } from '../media/downloadInboundMedia.js';
import { Limiter } from '../media/limiter.js';
import { encodeRawMessage } from '../media/rawMessage.js';
import { refreshTicketPreview } from '../../services/tickets/refreshTicketPreview.js';
import { applyMessageUpdate } from './applyMessageUpdate.js';
import { refreshProfilePicture } from './refreshProfilePicture.js';
import { saveInboundMessage } from './saveInboundMessage.js';
import { answerIncomingCall } from '../../services/calls/answerIncomingCall.js';
import { toInboundCall, toInboundEvent, type InboundEvent, type InboundMessage } from './toInboundMessage.js';
import { withPhoneNumber } from './withPhoneNumber.js';

export interface InboundTarget {
  companyId: number;
  whatsappId: number;
}

export interface InboundOptions {
  /** The connection's live socket (profile pictures, media re-upload); the app's sessions when not given. */
  socketOf?: (whatsappId: number) => WASocket | undefined;
}

/**
 * The inbound path as named steps: map (skip status/groups/protocol noise) → new message: save atomically
 * (contact, ticket, message; duplicates dropped by the unique index) → publish → media and profile picture
 * off the chat's queue; edit/delete/reaction: update the target row → publish. Serialised per chat (so an
 * edit never overtakes the message it edits), parallel across chats.
 */
export class InboundPipeline {
  private readonly chats = new KeyedQueue();
  // Downloads run beside the chat queues: a big video must not hold back the next text of its chat.
  private readonly downloads = new Limiter(4);
  private readonly background = new Set<Promise<unknown>>();

  constructor(private readonly options: InboundOptions = {}) {}

  accept(target: InboundTarget, received: WAMessage): Promise<void> {
    const chat = received.key.remoteJid;
    if (!chat || !received.message) return Promise.resolve();
    // Keyed by the chat as WhatsApp addresses it, so a LID-addressed chat keeps its order while its
    // number is looked up.
    return this.chats.run(`${target.whatsappId}:${chat}`, async () => {
      let event: InboundEvent | null = null;
      try {
        const message = await withPhoneNumber(received, { companyId: target.companyId, sock: this.socketOf(target.whatsappId) });
        event = toInboundEvent(message);
        if (event?.kind === 'message') await this.store(target, event.message, message);
        else if (event) await this.update(target, event);
      } catch (err) {
        logger.error('inbound message not stored', { whatsappId: target.whatsappId, wid: received.key.id, kind: event?.kind, err: String(err) });
      }
    });
  }

  /**
   * A customer calling (Baileys' `call` event, status 'offer'; groups are not customers): stored in the chat like
   * an inbound message — a call alone continues, reopens or opens the contact's ticket, since a caller is a
   * customer waiting for an answer — then, when the company turned it on, answered with its call message.
   * Other statuses (terminate, reject…) of the same call add nothing. On the chat's queue, like its messages.
   * `pushName` is the caller's name from the offer stanza (the session reads it; Baileys' event has none).
   */
  acceptCall(target: InboundTarget, call: WACallEvent, pushName?: string): Promise<void> {
    if (call.status !== 'offer' || call.isGroup || !call.from) return Promise.resolve();
    const remoteJid = call.from;
    const received: WAMessage = {
      key: { remoteJid, remoteJidAlt: call.callerPn, id: call.id, fromMe: false },
      messageTimestamp: Math.floor(call.date.getTime() / 1000),
      pushName: pushName ?? null,
    };
    return this.chats.run(`${target.whatsappId}:${remoteJid}`, async () => {
      try {
        const message = await withPhoneNumber(received, { companyId: target.companyId, sock: this.socketOf(target.whatsappId) });
        const inbound = toInboundCall(message, call.isVideo === true);
        if (!inbound) return;
        const saved = await saveInboundMessage(target, inbound);
        if (!saved) return; // the same offer again (a redelivery): answered already
        domainEvents.publish('message.created', { ...target, ...saved });
        await answerIncomingCall(target.companyId, saved.message.ticketId);
      } catch (err) {
        logger.error('inbound call not stored', { whatsappId: target.whatsappId, callId: call.id, err: String(err) });
      }
    });
  }

  /** Resolves when the media downloads and profile lookups started so far have finished (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.background.size > 0) await Promise.allSettled([...this.background]);
  }

  private async store(target: InboundTarget, inbound: InboundMessage, waMessage: WAMessage): Promise<void> {
    const raw = inbound.media ? encodeRawMessage(waMessage) : null;
    const saved = await saveInboundMessage(target, inbound, raw);
    if (!saved) return; // a redelivery, or the echo of a message Atende sent itself
    domainEvents.publish('message.created', { ...target, ...saved });
    const sock = this.socketOf(target.whatsappId);
    if (inbound.media) {
      const download = () =>
        downloadInboundMedia({
          companyId: target.companyId,
          messageId: saved.message.id,
          waMessage,
          reuploadRequest: sock ? (m) => sock.updateMediaMessage(m) : undefined,
        });
      this.track(this.downloads.run(download).then((row) => this.published(target, row)));
    }
    this.track(refreshProfilePicture(sock, saved.contact.id, saved.contact.number));
  }

  private async update(target: InboundTarget, event: Exclude<InboundEvent, { kind: 'message' }>): Promise<void> {
    const row = await applyMessageUpdate(target, event);
    this.published(target, row);
    if (row && event.kind !== 'reaction') await refreshTicketPreview(target.companyId, row);
  }

  private published(target: InboundTarget, row: MessageRow | null): void {
    if (row) domainEvents.publish('message.updated', { companyId: target.companyId, ticketId: row.ticketId, message: row });
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch((err: unknown) => logger.error('inbound background step failed', { err: String(err) }));
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }

  private socketOf(whatsappId: number): WASocket | undefined {
    if (this.options.socketOf) return this.options.socketOf(whatsappId);
    try {
      return ctx().whatsappSessions.get(whatsappId)?.socket;
    } catch {
      return undefined; // used outside a booted app (benchmarks): no live socket to ask
    }
  }
}
