import { downloadMediaMessage, getContentType, normalizeMessageContent, type WAMessage } from '@whiskeysockets/baileys';
import pino from 'pino';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ctx } from '../../context.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { recordMediaDownload } from '../../db/messageMedia.js';
import type { MessageRow } from '../../db/messages.js';
import { MediaRejected, saveMediaStream } from './saveMediaStream.js';

/** WhatsApp's own ceiling for documents is 2 GB; a support inbox has no use for more than this. */
export const MAX_INBOUND_MEDIA_BYTES = 256 * 1024 * 1024;

export interface MediaDownload {
  companyId: number;
  messageId: number | string;
  waMessage: WAMessage;
  /** Asks the phone to upload expired media again (Baileys' sock.updateMediaMessage), when connected. */
  reuploadRequest?: (message: WAMessage) => Promise<WAMessage>;
}

type MediaFields = { mimetype?: string | null; fileSha256?: Uint8Array | null; fileLength?: unknown };

const quiet = pino({ level: 'silent' });

/**
 * Downloads a message's media to disk and marks the row ready; on any failure the row is kept with
 * mediaStatus 'failed' (its `raw` still holds what a retry needs). Returns the changed row, for an event.
 */
export async function downloadInboundMedia(d: MediaDownload): Promise<MessageRow | null> {
  const content = normalizeMessageContent(d.waMessage.message);
  const type = getContentType(content);
  const media = (type && content ? content[type] : null) as MediaFields | null;
  try {
    if (!media || typeof media !== 'object') throw new Error('not a media message');
    if (Number(media.fileLength ?? 0) > MAX_INBOUND_MEDIA_BYTES) throw new MediaRejected('too_large');
    const reupload = d.reuploadRequest ? { reuploadRequest: d.reuploadRequest, logger: quiet } : undefined;
    const source = await downloadMediaMessage(d.waMessage, 'stream', {}, reupload);
    const { mediaDir } = ctx().config;
    const stored = await saveMediaStream({
      source,
      mediaDir,
      companyId: d.companyId,
      declaredMime: media.mimetype ?? null,
      expectedSha256: media.fileSha256 ? Buffer.from(media.fileSha256) : null,
      maxBytes: MAX_INBOUND_MEDIA_BYTES,
    });
    const row = (await recordMediaDownload(d, stored)) ?? null;
    // The row is gone (ticket deleted) or another attempt won: this copy is an orphan.
    if (!row) await rm(join(mediaDir, stored.mediaPath), { force: true });
    else domainEvents.publish('message.mediaStored', { companyId: d.companyId, ticketId: row.ticketId, message: row });
    return row;
  } catch (err) {
    logger.warn('inbound media not downloaded; kept as failed (retriable)', { messageId: String(d.messageId), err: String(err) });
    return (await recordMediaDownload(d, 'failed')) ?? null;
  }
}
