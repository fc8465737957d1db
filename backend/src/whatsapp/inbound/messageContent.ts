import { getContentType, proto } from '@whiskeysockets/baileys';
import type { ContactCard, StructuredContent } from '@atende/contract';
import { parseVcard } from './vcard.js';

export type MediaKind = 'image' | 'video' | 'audio' | 'voice' | 'document' | 'sticker';

/** What the download step needs to know before it has the file (all declared by the sender). */
export interface DeclaredMedia {
  mimeType: string | null;
  fileName: string | null;
  size: number | null;
}

export interface MessageContent {
  body: string;
  mediaType: 'text' | MediaKind | 'location' | 'contact' | 'call';
  media: DeclaredMedia | null;
  content: StructuredContent | null;
  /** The WhatsApp id of the message this one replies to (contextInfo.stanzaId). */
  quotedWid: string | null;
}

type MediaMessage = {
  mimetype?: string | null;
  fileLength?: number | Long | null;
  caption?: string | null;
  fileName?: string | null;
};
type Long = { toNumber(): number };

const declared = (m: MediaMessage, fileName: string | null = null): DeclaredMedia => ({
  mimeType: m.mimetype ?? null,
  fileName,
  size: m.fileLength === null || m.fileLength === undefined ? null : Number(m.fileLength),
});

function location(m: proto.Message.ILocationMessage & { caption?: string | null }, live: boolean): Pick<MessageContent, 'body' | 'content'> {
  const latitude = Number(m.degreesLatitude ?? 0);
  const longitude = Number(m.degreesLongitude ?? 0);
  const name = ('name' in m && m.name) || null;
  const address = ('address' in m && m.address) || null;
  const body = [name, address].filter(Boolean).join(' — ') || `${latitude},${longitude}`;
  return { body, content: { location: { latitude, longitude, name, address, live } } };
}

function contacts(cards: ContactCard[]): Pick<MessageContent, 'body' | 'content'> {
  const body = cards.map((c) => [c.name, ...c.numbers].filter(Boolean).join(' ')).join('; ');
  return { body, content: { contacts: cards } };
}

/** The types Atende keeps, with the text shown for each; null for what it does not keep (polls, protocol, …). */
function mapContent(m: proto.IMessage): Omit<MessageContent, 'quotedWid'> | null {
  const none = { media: null, content: null };
  if (m.conversation) return { body: m.conversation, mediaType: 'text', ...none };
  if (m.extendedTextMessage?.text) return { body: m.extendedTextMessage.text, mediaType: 'text', ...none };
  if (m.imageMessage) return { body: m.imageMessage.caption ?? '', mediaType: 'image', media: declared(m.imageMessage), content: null };
  if (m.videoMessage) return { body: m.videoMessage.caption ?? '', mediaType: 'video', media: declared(m.videoMessage), content: null };
  if (m.ptvMessage) return { body: '', mediaType: 'video', media: declared(m.ptvMessage), content: null };
  if (m.audioMessage) return { body: '', mediaType: m.audioMessage.ptt ? 'voice' : 'audio', media: declared(m.audioMessage), content: null };
  if (m.documentMessage) {
    const d = m.documentMessage;
    return { body: d.caption || d.fileName || '', mediaType: 'document', media: declared(d, d.fileName ?? null), content: null };
  }
  if (m.stickerMessage) return { body: '', mediaType: 'sticker', media: declared(m.stickerMessage), content: null };
  if (m.locationMessage) return { mediaType: 'location', media: null, ...location(m.locationMessage, false) };
  if (m.liveLocationMessage) return { mediaType: 'location', media: null, ...location(m.liveLocationMessage, true) };
  if (m.contactMessage) {
    return { mediaType: 'contact', media: null, ...contacts([parseVcard(m.contactMessage.vcard, m.contactMessage.displayName)]) };
  }
  if (m.contactsArrayMessage?.contacts?.length) {
    const cards = m.contactsArrayMessage.contacts.slice(0, 20).map((c) => parseVcard(c.vcard, c.displayName));
    return { mediaType: 'contact', media: null, ...contacts(cards) };
  }
  return null;
}

/** Maps normalised message content (wrappers already removed) to what a Messages row keeps. */
export function messageContent(m: proto.IMessage): MessageContent | null {
  const mapped = mapContent(m);
  if (!mapped) return null;
  const type = getContentType(m);
  const inner = type ? (m[type] as { contextInfo?: proto.IContextInfo | null } | string | null | undefined) : undefined;
  const quotedWid = (typeof inner === 'object' && inner?.contextInfo?.stanzaId) || null;
  return { ...mapped, quotedWid };
}

/** The text of an edited message's new content (the caption for media). */
export function editedText(m: proto.IMessage | null | undefined): string | null {
  if (!m) return null;
  return m.conversation ?? m.extendedTextMessage?.text ?? m.imageMessage?.caption ?? m.videoMessage?.caption ?? m.documentMessage?.caption ?? null;
}
