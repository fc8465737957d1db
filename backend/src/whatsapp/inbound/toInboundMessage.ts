import { normalizeMessageContent, proto, type WAMessage } from '@whiskeysockets/baileys';
import { editedText, messageContent, type MessageContent } from './messageContent.js';
import { sentAtOf } from './sentAt.js';

/** The chat a WhatsApp message belongs to, from Atende's side: one contact on one connection. */
export interface ChatRef {
  wid: string;
  /** The customer's phone number (digits only), the contact's identity. */
  number: string;
  lid: string | null;
  /** Sent by this account (Atende itself or the account's own phone), not by the contact. */
  fromMe: boolean;
  pushName: string | null;
  sentAt: Date;
}

export interface InboundMessage extends ChatRef, MessageContent {}

/** What one upserted WhatsApp message means for Atende: a new row, or a change to an existing one. */
export type InboundEvent =
  | { kind: 'message'; message: InboundMessage }
  /** emoji '' removes the sender's reaction. `at` (ms) orders a sender's reactions. */
  | { kind: 'reaction'; chat: ChatRef; targetWid: string; emoji: string; at: number }
  | { kind: 'edit'; chat: ChatRef; targetWid: string; body: string; editedAt: Date }
  | { kind: 'revoke'; chat: ChatRef; targetWid: string };

const digits = (jid: string) => jid.split('@')[0]!.split(':')[0]!;

function chatOf(message: WAMessage): ChatRef | null {
  const { key } = message;
  if (!key.id || !key.remoteJid) return null;
  const jids = [key.remoteJid, key.remoteJidAlt].filter((j): j is string => typeof j === 'string');
  if (jids.some((j) => j === 'status@broadcast' || j.endsWith('@g.us') || j.endsWith('@newsletter') || j.endsWith('@broadcast'))) return null;
  const pn = jids.find((j) => j.endsWith('@s.whatsapp.net'));
  if (!pn) return null; // a LID with no phone number known yet: nothing to tie a contact to
  const seconds = Number(message.messageTimestamp ?? 0);
  return {
    wid: key.id,
    number: digits(pn),
    lid: jids.find((j) => j.endsWith('@lid')) ?? null,
    fromMe: key.fromMe === true,
    pushName: key.fromMe ? null : (message.pushName ?? null),
    sentAt: sentAtOf(seconds),
  };
}

const ms = (value: number | { toNumber(): number } | null | undefined) => (value === null || value === undefined ? 0 : Number(value));

function protocolEvent(chat: ChatRef, p: proto.Message.IProtocolMessage): InboundEvent | null {
  const targetWid = p.key?.id;
  if (!targetWid) return null;
  if (p.type === proto.Message.ProtocolMessage.Type.REVOKE) return { kind: 'revoke', chat, targetWid };
  if (p.type === proto.Message.ProtocolMessage.Type.MESSAGE_EDIT) {
    const body = editedText(p.editedMessage);
    if (body === null) return null;
    const at = ms(p.timestampMs);
    return { kind: 'edit', chat, targetWid, body, editedAt: at > 0 ? new Date(at) : chat.sentAt };
  }
  return null; // key shares, history sync notices, ephemeral settings: nothing for a ticket
}

/**
 * Maps a Baileys message to what the pipeline does with it, or null for what Atende skips (status,
 * groups, newsletters, protocol noise, unsupported content).
 */
export function toInboundEvent(message: WAMessage): InboundEvent | null {
  const chat = chatOf(message);
  // Unwraps ephemeral, view-once and `editedMessage` envelopes (newer clients wrap edits in one).
  const m = normalizeMessageContent(message.message);
  if (!chat || !m) return null;
  if (m.protocolMessage) return protocolEvent(chat, m.protocolMessage);
  if (m.reactionMessage) {
    const r = m.reactionMessage;
    if (!r.key?.id) return null;
    return { kind: 'reaction', chat, targetWid: r.key.id, emoji: (r.text ?? '').slice(0, 32), at: ms(r.senderTimestampMs) || chat.sentAt.getTime() };
  }
  const content = messageContent(m);
  return content ? { kind: 'message', message: { ...chat, ...content } } : null;
}

/** Kept for callers that only care about new rows (the benchmark replays plain messages). */
export function toInboundMessage(message: WAMessage): InboundMessage | null {
  const event = toInboundEvent(message);
  return event?.kind === 'message' ? event.message : null;
}

/**
 * A customer's call (the phone rang on a linked device; Atende cannot answer it), as a message row of its own:
 * mediaType 'call', no text, `content.call.video` for a video call. The call id is its `wid`, so a redelivered
 * offer is stored once. Null for the account's own calls and chats with no phone number known.
 */
export function toInboundCall(message: WAMessage, video: boolean): InboundMessage | null {
  const chat = chatOf(message);
  if (!chat || chat.fromMe) return null;
  return { ...chat, body: '', mediaType: 'call', media: null, content: { call: { video } }, quotedWid: null };
}
