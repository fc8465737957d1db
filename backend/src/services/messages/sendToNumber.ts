import type { SentMessageView } from '@atende/contract';
import { createHash } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { relative } from 'node:path';
import { ctx } from '../../context.js';
import { claimIdempotencyKey, idempotentAnswer, saveIdempotentAnswer } from '../../db/apiIdempotencyKeys.js';
import { lockContactOfNumber } from '../../db/contactOfNumber.js';
import { messageIdOfChat } from '../../db/messages.js';
import { defaultWhatsappIdOf } from '../../db/ticketTargets.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { domainEvents } from '../../events/bus.js';
import { normalizePhoneNumber } from '../../lib/phoneNumber.js';
import { safeFileName } from '../../lib/safeFileName.js';
import { presentSentMessage } from '../../presenters/sentMessage.js';
import { findContactInCompany } from '../contacts/findContactInCompany.js';
import { invalidNumber } from '../contacts/createContact.js';
import { getSettings } from '../settings/getSettings.js';
import { pickTicketForMessage } from '../tickets/pickTicketForMessage.js';
import { findWhatsappInCompany } from '../whatsapps/findWhatsappInCompany.js';
import { classifyUpload } from './classifyUpload.js';
import { fetchMediaUrl } from './fetchMediaUrl.js';
import { messagePreview } from './messagePreview.js';
import type { OutgoingMedia } from './writeOutgoingMessage.js';
import { writeOutgoingMessage } from './writeOutgoingMessage.js';

/** A file to send: uploaded with the request (already on disk), or at a URL Atende fetches. */
export type MediaSource = { kind: 'upload'; path: string; declaredMime: string; originalName: string; size: number } | { kind: 'url'; url: string };

export interface SendToNumberInput {
  actor: UserRecord;
  number: string;
  body: string;
  /** The connection; the company's default one when omitted. */
  whatsappId?: number;
  /** The WhatsApp id of a message of this chat to reply to. */
  quotedWid?: string;
  /** Overrides the company's apiSendTicketMode: true — history only ('logOnly'), false — a waiting ticket ('open'). */
  closeTicket?: boolean;
  media?: MediaSource;
  idempotencyKey?: string;
}

export interface SendToNumberResult {
  message: SentMessageView;
  /** The answer stored under the Idempotency-Key: nothing was sent this time. */
  replayed: boolean;
}

/** The route idempotency keys are kept under (a key names one request to one route). */
const ROUTE = 'POST /api/messages/send';

/**
 * Sends to a phone number rather than a ticket (the send API, issue 16): the number normalised (either form of a
 * Brazilian mobile is one contact), the contact found or made, the message written where the company's
 * apiSendTicketMode puts it (pickTicketForMessage, as campaigns do: the active ticket continued, otherwise a
 * waiting ticket or history only) as Atende's own message, then queued on the normal outbound path.
 *
 * Idempotency-Key: the key's row is the transaction's first write, and the answer is stored with the message; a
 * retry of a committed request answers what it answered (with nothing sent), and a concurrent one waits on the
 * key's row and then does the same. A key reused for a different request is refused (like Stripe's).
 */
export async function sendToNumber(input: SendToNumberInput): Promise<SendToNumberResult> {
  const { actor, idempotencyKey: key } = input;
  const { companyId } = actor;
  let stored: string | undefined = input.media?.kind === 'upload' ? input.media.path : undefined;
  try {
    const number = normalizePhoneNumber(input.number);
    if (!number) throw invalidNumber();
    const fingerprint = await fingerprintOf(input, number);
    if (key !== undefined) {
      const earlier = await idempotentAnswer(companyId, ROUTE, key);
      if (earlier) return replay(earlier.response, fingerprint);
    }
    const whatsappId = await connectionOf(companyId, input.whatsappId);
    if (!input.body.trim() && !input.media) throw AppError.badRequest('ERR_EMPTY_MESSAGE', 'Write something or attach a file');
    const settings = await getSettings(companyId);
    let media: OutgoingMedia | undefined;
    if (input.media) {
      const source = input.media;
      const file =
        source.kind === 'upload'
          ? { ...source, fileName: safeFileName(source.originalName) }
          : await fetchMediaUrl(companyId, source.url, settings.apiAllowLocalMediaUrls);
      stored = file.path;
      media = {
        path: relative(ctx().config.mediaDir, file.path),
        ...(await classifyUpload(file.path, file.declaredMime)),
        size: file.size,
        fileName: file.fileName,
      };
    }
    const mode = (input.closeTicket ?? settings.apiSendTicketMode === 'logOnly') ? 'log' : 'open';
    const outcome = await ctx().sequelize.transaction(async (transaction) => {
      if (key !== undefined && !(await claimIdempotencyKey(transaction, companyId, ROUTE, key))) {
        const earlier = await idempotentAnswer(companyId, ROUTE, key, transaction);
        if (!earlier) throw AppError.conflict('ERR_IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed');
        return { earlier: earlier.response };
      }
      const contact = await lockContactOfNumber(transaction, companyId, number);
      if (contact.isGroup) throw invalidNumber();
      const at = { companyId, contactId: contact.id, whatsappId };
      const quotedMsgId = input.quotedWid === undefined ? undefined : await messageIdOfChat(transaction, { ...at, wid: input.quotedWid });
      if (input.quotedWid !== undefined && quotedMsgId === undefined)
        throw AppError.badRequest('ERR_QUOTED_MESSAGE_NOT_FOUND', 'The quoted message is not in this chat');
      const preview = messagePreview({ body: input.body, mediaType: media?.mediaType ?? 'text' });
      const { ticketId, ticketCreated } = await pickTicketForMessage(transaction, at, { mode, queueId: null, preview });
      const target = { ...at, ticketId, contactName: contact.name, number: contact.number };
      const row = await writeOutgoingMessage(transaction, target, { body: input.body, media, quotedMsgId, automatic: true, ticketCreated });
      if (contact.created) {
        const created = await findContactInCompany(companyId, contact.id, { transaction });
        domainEvents.publishAfterCommit(transaction, 'contact.created', { companyId, contact: created });
      }
      const message = presentSentMessage(row);
      if (key !== undefined) await saveIdempotentAnswer(transaction, companyId, ROUTE, key, { statusCode: 201, response: { fingerprint, message } });
      return { message, whatsappId, messageId: row.id };
    });
    if ('earlier' in outcome) return replay(outcome.earlier, fingerprint);
    stored = undefined; // the message owns the file now
    // Committed: the answer never waits on Redis (OutboundSender.enqueue); the outbound sweep has it otherwise.
    ctx().outbound.enqueue(outcome.whatsappId, outcome.messageId);
    return { message: outcome.message, replayed: false };
  } finally {
    // A refused, failed or replayed request leaves no file behind.
    if (stored !== undefined) await unlink(stored).catch(() => undefined);
  }
}

async function connectionOf(companyId: number, whatsappId: number | undefined): Promise<number> {
  if (whatsappId !== undefined) return (await findWhatsappInCompany(companyId, whatsappId)).id;
  const fallback = await defaultWhatsappIdOf(companyId);
  if (fallback === undefined) throw AppError.notFound('ERR_WHATSAPP_NOT_FOUND', 'Connection not found');
  return fallback;
}

/** What the request asks, hashed: the same key with another request is a client bug, not a retry. */
async function fingerprintOf(input: SendToNumberInput, number: string): Promise<string> {
  const hash = createHash('sha256');
  const media = input.media;
  const file =
    media?.kind === 'upload'
      ? createHash('sha256')
          .update(await readFile(media.path))
          .digest('hex')
      : null;
  const asked = { number, body: input.body, whatsappId: input.whatsappId ?? null, quotedWid: input.quotedWid ?? null, closeTicket: input.closeTicket ?? null };
  hash.update(JSON.stringify({ ...asked, mediaUrl: media?.kind === 'url' ? media.url : null, file }));
  return hash.digest('hex');
}

function replay(response: unknown, fingerprint: string): SendToNumberResult {
  const stored = response as { fingerprint: string; message: SentMessageView };
  if (stored.fingerprint !== fingerprint) throw new AppError('ERR_IDEMPOTENCY_KEY_REUSED', 422, 'This Idempotency-Key was used for a different request');
  return { message: stored.message, replayed: true };
}
