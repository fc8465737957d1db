import type { WAMessage, proto } from '@whiskeysockets/baileys';

export interface InboundMessage {
  wid: string;
  /** The customer's phone number (digits only), the contact's identity. */
  number: string;
  lid: string | null;
  fromMe: boolean;
  pushName: string | null;
  body: string;
  mediaType: string;
  sentAt: Date;
}

const digits = (jid: string) => jid.split('@')[0]!.split(':')[0]!;

/** The content types Atende keeps, with the text shown for each (captions, file names, placeholders). */
function bodyAndType(m: proto.IMessage): { body: string; mediaType: string } | null {
  if (m.conversation) return { body: m.conversation, mediaType: 'text' };
  if (m.extendedTextMessage?.text) return { body: m.extendedTextMessage.text, mediaType: 'text' };
  if (m.imageMessage) return { body: m.imageMessage.caption ?? '', mediaType: 'image' };
  if (m.videoMessage) return { body: m.videoMessage.caption ?? '', mediaType: 'video' };
  if (m.audioMessage) return { body: '', mediaType: m.audioMessage.ptt ? 'voice' : 'audio' };
  if (m.documentMessage) return { body: m.documentMessage.fileName ?? m.documentMessage.caption ?? '', mediaType: 'document' };
  if (m.stickerMessage) return { body: '', mediaType: 'sticker' };
  if (m.locationMessage) return { body: `${m.locationMessage.degreesLatitude},${m.locationMessage.degreesLongitude}`, mediaType: 'location' };
  if (m.contactMessage) return { body: m.contactMessage.displayName ?? '', mediaType: 'contact' };
  return null;
}

/** Maps a Baileys message to what the pipeline stores, or null for what Atende skips (status, groups, protocol). */
export function toInboundMessage(message: WAMessage): InboundMessage | null {
  const { key } = message;
  if (!key.id || !key.remoteJid || !message.message) return null;
  const jids = [key.remoteJid, key.remoteJidAlt].filter((j): j is string => typeof j === 'string');
  if (jids.some((j) => j === 'status@broadcast' || j.endsWith('@g.us') || j.endsWith('@newsletter'))) return null;
  const pn = jids.find((j) => j.endsWith('@s.whatsapp.net'));
  if (!pn) return null; // a LID with no phone number known yet: nothing to tie a contact to
  const content = bodyAndType(message.message);
  if (!content) return null;
  const seconds = Number(message.messageTimestamp ?? 0);
  return {
    wid: key.id,
    number: digits(pn),
    lid: jids.find((j) => j.endsWith('@lid')) ?? null,
    fromMe: key.fromMe === true,
    pushName: key.fromMe ? null : (message.pushName ?? null),
    ...content,
    sentAt: seconds > 0 ? new Date(seconds * 1000) : new Date(),
  };
}
