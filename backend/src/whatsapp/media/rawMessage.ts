import { proto, type WAMessage } from '@whiskeysockets/baileys';

/** The WhatsApp message as kept in Messages.raw for media rows: what a later download retry needs (keys, url). */
export interface RawMessage {
  waMessage: string;
}

export function encodeRawMessage(message: WAMessage): RawMessage {
  return { waMessage: Buffer.from(proto.WebMessageInfo.encode(message).finish()).toString('base64') };
}

export function decodeRawMessage(raw: unknown): WAMessage | null {
  const encoded = (raw as Partial<RawMessage> | null)?.waMessage;
  if (typeof encoded !== 'string') return null;
  const message = proto.WebMessageInfo.decode(Buffer.from(encoded, 'base64'));
  return message.key ? (message as WAMessage) : null;
}
